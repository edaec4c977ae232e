/** @module Reading and writing the editable registry (organizations, channels, scams) in the database. */
import { sql, type SQL } from 'drizzle-orm';
import { channelKey, type ChannelEntry, type OrganizationEntry, type RegistryContent, type ScamEntry } from '../core/registry/entries.ts';
import type { AppDatabase, TransactionalDatabase } from './database.ts';
import { channels, organizations, scams } from './schema.ts';

/**
 * Rows travel as one JSON text per page, expanded and built by SQLite's JSON functions. Binding or
 * reading values one by one costs about 40 µs a row in the libSQL client: 200,000 channels took 18 s to
 * write and 8 s to read that way, against about a second each like this.
 */
const ROWS_PER_PAGE = 5000;

export interface WriteOptions {
  /** Replace the whole registry instead of merging into it. */
  replace?: boolean;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

/** Drops nulls and turns SQLite's 0/1 flags back into booleans, so entries look as the file wrote them. */
function entryFrom<T>(row: Record<string, unknown>, flags: string[] = []): T {
  const entry: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === '') continue;
    entry[key] = flags.includes(key) ? value === 1 || value === true : value;
  }
  return entry as T;
}

/** Reads a whole table as JSON objects, a page at a time (ordered by `id` or `slug`). */
async function readPages<T>(db: AppDatabase, table: string, order: 'id' | 'slug', object: SQL): Promise<T[]> {
  const out: T[] = [];
  for (let after: string | number = order === 'id' ? 0 : ''; ; ) {
    const [page] = await db.all<{ rows: string; last: string | number | null }>(sql`
      SELECT json_group_array(json(obj)) AS rows, max(k) AS last
      FROM (SELECT ${sql.raw(order)} AS k, ${object} AS obj FROM ${sql.raw(table)}
            WHERE ${sql.raw(order)} > ${after} ORDER BY ${sql.raw(order)} LIMIT ${ROWS_PER_PAGE})`);
    if (!page || page.last === null) return out;
    for (const row of JSON.parse(page.rows) as T[]) out.push(row);
    after = page.last;
  }
}

/** Reads the whole editable registry. */
export async function readContent(db: AppDatabase): Promise<RegistryContent> {
  const orgRows = await readPages<Record<string, unknown>>(db, 'organizations', 'slug', sql`json_object(
    'slug', slug, 'name', name, 'website', website, 'advice', json(advice),
    'legitimateLookalikes', json(legitimate_lookalikes), 'aliases', json(aliases),
    'publicNetwork', CASE WHEN public_network THEN 1 END, 'ecosystemNames', json(ecosystem_names), 'coinedNames', json(coined_names))`);
  const channelRows = await readPages<Record<string, unknown>>(db, 'channels', 'id', sql`json_object(
    'organization', organization, 'kind', kind, 'platform', platform, 'value', value, 'display', display,
    'accountId', account_id, 'label', label, 'subdomains', subdomains, 'usage', json(usage),
    'localPartCaseSensitive', local_part_case_sensitive, 'status', status, 'reason', reason, 'revokedAt', revoked_at)`);
  const scamRows = await readPages<Record<string, unknown>>(db, 'scams', 'id', sql`json_object(
    'kind', kind, 'platform', platform, 'value', value, 'display', display, 'target', target, 'reason', reason)`);
  return {
    organizations: orgRows.map((r) => entryFrom<OrganizationEntry>(r, ['publicNetwork'])),
    channels: channelRows.map((r) => entryFrom<ChannelEntry>(r, ['subdomains', 'localPartCaseSensitive'])),
    scams: scamRows.map((r) => entryFrom<ScamEntry>(r)),
  };
}

function pages<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_PAGE) out.push(items.slice(i, i + ROWS_PER_PAGE));
  return out;
}

/** Revocation dates already stored, so a merge that repeats "revoked" keeps the original date. */
async function storedRevocations(db: AppDatabase): Promise<Map<string, string>> {
  const rows = await db.all<{ key: string; revokedAt: string }>(sql`
    SELECT organization || '|' || kind || '|' || platform || '|' || value AS key, revoked_at AS revokedAt
    FROM channels WHERE status = 'revoked' AND revoked_at IS NOT NULL`);
  return new Map(rows.map((r) => [r.key, r.revokedAt]));
}

const field = (name: string) => sql.raw(`json_extract(j.value, '$.${name}')`);

/**
 * Writes registry content in one transaction: all of it or nothing. Merging matches organizations by
 * slug, channels by (organization, kind, platform, normalized value), scam entries by (kind, platform, value).
 */
export async function writeContent(db: TransactionalDatabase, content: RegistryContent, options: WriteOptions = {}): Promise<void> {
  const now = (options.now ?? new Date()).toISOString();
  const revoked = options.replace ? new Map<string, string>() : await storedRevocations(db);
  const total = content.organizations.length + content.channels.length + content.scams.length;
  let done = 0;
  const progress = (n: number) => options.onProgress?.((done += n), total);

  await db.transaction(async (tx) => {
    if (options.replace) {
      await tx.delete(scams);
      await tx.delete(channels);
      await tx.delete(organizations);
    }
    for (const page of pages(content.organizations)) {
      await tx.run(sql`
        INSERT INTO organizations (slug, name, website, advice, legitimate_lookalikes, aliases, public_network, ecosystem_names, coined_names, updated_at)
        SELECT ${field('slug')}, ${field('name')}, ${field('website')}, ${field('advice')}, ${field('legitimateLookalikes')},
          ${field('aliases')}, NULLIF(${field('publicNetwork')}, 0), ${field('ecosystemNames')}, ${field('coinedNames')}, ${now}
        FROM json_each(${JSON.stringify(page)}) AS j WHERE true
        ON CONFLICT (slug) DO UPDATE SET name = excluded.name, website = excluded.website,
          advice = excluded.advice, legitimate_lookalikes = excluded.legitimate_lookalikes, aliases = excluded.aliases,
          public_network = excluded.public_network, ecosystem_names = excluded.ecosystem_names, coined_names = excluded.coined_names,
          updated_at = excluded.updated_at`);
      progress(page.length);
    }
    for (const page of pages(content.channels)) {
      const rows = page.map((c) => ({
        ...c,
        platform: c.platform ?? '',
        revokedAt: c.status === 'revoked' ? c.revokedAt ?? revoked.get(channelKey(c)) ?? now : null,
      }));
      await tx.run(sql`
        INSERT INTO channels (organization, kind, platform, value, display, account_id, label, subdomains, usage,
          local_part_case_sensitive, status, reason, revoked_at, updated_at)
        SELECT ${field('organization')}, ${field('kind')}, ${field('platform')}, ${field('value')}, ${field('display')},
          ${field('accountId')}, ${field('label')}, ${field('subdomains')}, ${field('usage')},
          ${field('localPartCaseSensitive')}, ${field('status')}, ${field('reason')}, ${field('revokedAt')}, ${now}
        FROM json_each(${JSON.stringify(rows)}) AS j WHERE true
        ON CONFLICT (organization, kind, platform, value) DO UPDATE SET display = excluded.display,
          account_id = excluded.account_id, label = excluded.label, subdomains = excluded.subdomains,
          usage = excluded.usage, local_part_case_sensitive = excluded.local_part_case_sensitive,
          status = excluded.status, reason = excluded.reason, revoked_at = excluded.revoked_at,
          updated_at = excluded.updated_at`);
      progress(page.length);
    }
    for (const page of pages(content.scams)) {
      const rows = page.map((s) => ({ ...s, platform: s.platform ?? '' }));
      await tx.run(sql`
        INSERT INTO scams (kind, platform, value, display, target, reason, updated_at)
        SELECT ${field('kind')}, ${field('platform')}, ${field('value')}, ${field('display')}, ${field('target')},
          ${field('reason')}, ${now}
        FROM json_each(${JSON.stringify(rows)}) AS j WHERE true
        ON CONFLICT (kind, platform, value) DO UPDATE SET display = excluded.display, target = excluded.target,
          reason = excluded.reason, updated_at = excluded.updated_at`);
      progress(page.length);
    }
  });
}

/** Slugs already in the registry, which scam entries of a merged file may target. */
export async function storedSlugs(db: AppDatabase): Promise<Set<string>> {
  const rows = await db.select({ slug: organizations.slug }).from(organizations);
  return new Set(rows.map((r) => r.slug));
}
