/** @module Reading the draft (the editable tables) a page at a time, for the admin API. */
import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import type { AppDatabase } from './database.ts';
import { channelEntry, organizationEntry, scamEntry, type DraftChannel, type DraftScam } from './draft-rows.ts';
import { channels, organizations, scams } from './schema.ts';

export interface Page<T> {
  items: T[];
  /** The cursor of the next page (`after=`), or null on the last one. */
  next: string | null;
}

export type DraftOrganization = ReturnType<typeof organizationEntry> & { channels: DraftChannel[] };

/** Organizations in slug order after `after`, each with all its channels. */
export async function listDraftOrganizations(db: AppDatabase, page: { limit: number; after?: string }): Promise<Page<DraftOrganization>> {
  const rows = await db
    .select()
    .from(organizations)
    .where(page.after === undefined ? undefined : gt(organizations.slug, page.after))
    .orderBy(asc(organizations.slug))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const channelRows = shown.length
    ? await db.select().from(channels).where(inArray(channels.organization, shown.map((r) => r.slug))).orderBy(asc(channels.id))
    : [];
  const items = shown.map((row) => ({
    ...organizationEntry(row),
    channels: channelRows.filter((c) => c.organization === row.slug).map(channelEntry),
  }));
  return { items, next: rows.length > page.limit ? shown.at(-1)!.slug : null };
}

export async function getDraftOrganization(db: AppDatabase, slug: string): Promise<DraftOrganization | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  if (!row) return null;
  const channelRows = await db.select().from(channels).where(eq(channels.organization, slug)).orderBy(asc(channels.id));
  return { ...organizationEntry(row), channels: channelRows.map(channelEntry) };
}

export async function getDraftChannel(db: AppDatabase, slug: string, id: number): Promise<DraftChannel | null> {
  const [row] = await db.select().from(channels).where(and(eq(channels.id, id), eq(channels.organization, slug)));
  return row ? channelEntry(row) : null;
}

/** Scam entries in id order after id `after`. */
export async function listDraftScams(db: AppDatabase, page: { limit: number; after?: number }): Promise<Page<DraftScam>> {
  const rows = await db
    .select()
    .from(scams)
    .where(page.after === undefined ? undefined : gt(scams.id, page.after))
    .orderBy(asc(scams.id))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  return { items: shown.map(scamEntry), next: rows.length > page.limit ? String(shown.at(-1)!.id) : null };
}

export async function getDraftScam(db: AppDatabase, id: number): Promise<DraftScam | null> {
  const [row] = await db.select().from(scams).where(eq(scams.id, id));
  return row ? scamEntry(row) : null;
}

export async function draftCounts(db: AppDatabase): Promise<{ organizations: number; channels: number; scams: number }> {
  const [[o], [c], [s]] = await Promise.all([
    db.select({ n: count() }).from(organizations),
    db.select({ n: count() }).from(channels),
    db.select({ n: count() }).from(scams),
  ]);
  return { organizations: o?.n ?? 0, channels: c?.n ?? 0, scams: s?.n ?? 0 };
}

/** The scam entry with this identity (kind, platform, normalized value), if the draft lists it. */
export async function findDraftScam(db: AppDatabase, scam: Pick<DraftScam, 'kind' | 'platform' | 'value'>): Promise<DraftScam | null> {
  const [row] = await db.select().from(scams).where(and(eq(scams.kind, scam.kind), eq(scams.platform, scam.platform ?? ''), eq(scams.value, scam.value)));
  return row ? scamEntry(row) : null;
}
