/** @module Reading and writing the editable registry (organizations, channels, scams) in the database. */
import { asc, eq, sql } from 'drizzle-orm';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import { channelKey, type ChannelEntry, type RegistryContent, type ScamEntry } from '../core/registry/entries.ts';
import type { PhoneUsage, Platform } from '../core/types.ts';
import type { AppDatabase } from './database.ts';
import { channels, organizations, scams } from './schema.ts';

/** Rows per insert statement: well under SQLite's 32,766 bound variables at 16 columns a row. */
const ROWS_PER_STATEMENT = 500;

export interface WriteOptions {
  /** Replace the whole registry instead of merging into it. */
  replace?: boolean;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

const definedOnly = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

/** Reads the whole editable registry. */
export async function readContent(db: AppDatabase): Promise<RegistryContent> {
  const [orgRows, channelRows, scamRows] = await Promise.all([
    db.select().from(organizations).orderBy(asc(organizations.slug)),
    db.select().from(channels).orderBy(asc(channels.id)),
    db.select().from(scams).orderBy(asc(scams.id)),
  ]);
  return {
    organizations: orgRows.map(({ createdAt: _c, updatedAt: _u, ...o }) => definedOnly(o) as RegistryContent['organizations'][number]),
    channels: channelRows.map(({ id: _id, createdAt: _c, updatedAt: _u, platform, usage, ...c }) =>
      definedOnly({ ...c, platform: (platform || undefined) as Platform | undefined, usage: usage as PhoneUsage[] | null }) as ChannelEntry,
    ),
    scams: scamRows.map(({ id: _id, createdAt: _c, updatedAt: _u, platform, ...s }) =>
      definedOnly({ ...s, platform: (platform || undefined) as Platform | undefined }) as ScamEntry,
    ),
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Revocation dates already stored, so a merge that repeats "revoked" keeps the original date. */
async function storedRevocations(db: AppDatabase): Promise<Map<string, string>> {
  const rows = await db
    .select({ organization: channels.organization, kind: channels.kind, platform: channels.platform, value: channels.value, revokedAt: channels.revokedAt })
    .from(channels)
    .where(eq(channels.status, 'revoked'));
  return new Map(rows.map((r) => [channelKey({ ...r, platform: (r.platform || undefined) as Platform | undefined }), r.revokedAt ?? '']));
}

const excluded = (column: string) => sql.raw(`excluded.${column}`);

/**
 * Writes registry content in one transaction: all of it or nothing. Merging matches channels by
 * (organization, kind, platform, normalized value) and scam entries by (kind, platform, value).
 */
export async function writeContent(db: LibSQLDatabase<any>, content: RegistryContent, options: WriteOptions = {}): Promise<void> {
  const now = (options.now ?? new Date()).toISOString();
  const revoked = options.replace ? new Map<string, string>() : await storedRevocations(db as unknown as AppDatabase);
  const total = content.organizations.length + content.channels.length + content.scams.length;
  let done = 0;
  const progress = (n: number) => options.onProgress?.((done += n), total);

  await db.transaction(async (tx) => {
    if (options.replace) {
      await tx.delete(scams);
      await tx.delete(channels);
      await tx.delete(organizations);
    }
    for (const batch of chunks(content.organizations, ROWS_PER_STATEMENT)) {
      await tx
        .insert(organizations)
        .values(batch.map((o) => ({ ...o, website: o.website ?? null, advice: o.advice ?? null, updatedAt: now })))
        .onConflictDoUpdate({
          target: organizations.slug,
          set: { name: excluded('name'), website: excluded('website'), advice: excluded('advice'), updatedAt: now },
        });
      progress(batch.length);
    }
    for (const batch of chunks(content.channels, ROWS_PER_STATEMENT)) {
      const rows = batch.map((c) => ({
        organization: c.organization, kind: c.kind, platform: c.platform ?? '', value: c.value, display: c.display,
        accountId: c.accountId ?? null, label: c.label ?? null, subdomains: c.subdomains ?? null,
        usage: c.usage ?? null, localPartCaseSensitive: c.localPartCaseSensitive ?? null, status: c.status,
        reason: c.reason ?? null,
        revokedAt: c.status === 'revoked' ? c.revokedAt ?? (revoked.get(channelKey(c)) || now) : null,
        updatedAt: now,
      }));
      const set = Object.fromEntries(
        ['display', 'account_id', 'label', 'subdomains', 'usage', 'local_part_case_sensitive', 'status', 'reason', 'revoked_at']
          .map((column) => [column.replace(/_(.)/g, (_, ch: string) => ch.toUpperCase()), excluded(column)]),
      );
      await tx.insert(channels).values(rows).onConflictDoUpdate({
        target: [channels.organization, channels.kind, channels.platform, channels.value],
        set: { ...set, updatedAt: now },
      });
      progress(batch.length);
    }
    for (const batch of chunks(content.scams, ROWS_PER_STATEMENT)) {
      await tx
        .insert(scams)
        .values(batch.map((s) => ({ ...s, platform: s.platform ?? '', updatedAt: now })))
        .onConflictDoUpdate({
          target: [scams.kind, scams.platform, scams.value],
          set: { display: excluded('display'), target: excluded('target'), reason: excluded('reason'), updatedAt: now },
        });
      progress(batch.length);
    }
  });
}

/** Slugs already in the registry, which scam entries of a merged file may target. */
export async function storedSlugs(db: AppDatabase): Promise<Set<string>> {
  const rows = await db.select({ slug: organizations.slug }).from(organizations);
  return new Set(rows.map((r) => r.slug));
}
