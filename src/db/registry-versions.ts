/** @module Published registry versions: storing a snapshot in chunks and loading the newest one back. */
import { asc, desc, eq } from 'drizzle-orm';
import { canonicalJson, createSnapshot, sha256Hex, type RegistrySnapshot } from '../core/registry/snapshot.ts';
import type { AppDatabase } from './database.ts';
import { readContent } from './registry-content.ts';
import { registrySnapshotChunks, registryVersions } from './schema.ts';

/** Characters per stored chunk: D1 limits a value to 2 MB, and UTF-8 may take up to 4 bytes a character. */
const CHUNK_CHARS = 400_000;
const PUBLISH_ATTEMPTS = 5;

export interface PublishedVersion {
  version: number;
  digest: string;
  issuedAt: string;
  counts: { organizations: number; channels: number; scams: number };
}

/** The newest published version number, or null before the first publish. A one-row primary-key read. */
export async function latestVersion(db: AppDatabase): Promise<number | null> {
  const [row] = await db.select({ version: registryVersions.version }).from(registryVersions).orderBy(desc(registryVersions.version)).limit(1);
  return row?.version ?? null;
}

/** Stores a snapshot as the next version. Fails if another process took that version number first. */
export async function storeSnapshot(db: AppDatabase, snapshot: RegistrySnapshot): Promise<PublishedVersion> {
  const text = canonicalJson(snapshot);
  const digest = await sha256Hex(text);
  const counts = { organizations: snapshot.organizations.length, channels: snapshot.channels.length, scams: snapshot.scams.length };
  const chunkRows = [];
  for (let seq = 0, i = 0; i < text.length || seq === 0; seq++, i += CHUNK_CHARS) {
    chunkRows.push(db.insert(registrySnapshotChunks).values({ version: snapshot.version, seq, data: text.slice(i, i + CHUNK_CHARS) }));
  }
  await db.batch([
    db.insert(registryVersions).values({
      version: snapshot.version, digest, previousDigest: snapshot.previousDigest, issuedAt: snapshot.issuedAt, ...counts,
    }),
    ...chunkRows,
  ]);
  return { version: snapshot.version, digest, issuedAt: snapshot.issuedAt, counts };
}

/**
 * Publishes the current editable registry as version N+1, chained to version N's digest.
 * Concurrent publishers retry with the next number, so versions stay consecutive.
 */
export async function publish(db: AppDatabase, now: () => Date = () => new Date()): Promise<PublishedVersion> {
  const content = await readContent(db);
  for (let attempt = 1; ; attempt++) {
    const [last] = await db.select().from(registryVersions).orderBy(desc(registryVersions.version)).limit(1);
    const snapshot = createSnapshot(content, {
      version: (last?.version ?? 0) + 1,
      issuedAt: now().toISOString(),
      previousDigest: last?.digest ?? null,
    });
    try {
      return await storeSnapshot(db, snapshot);
    } catch (error) {
      if (attempt >= PUBLISH_ATTEMPTS) throw error;
    }
  }
}

export interface LoadedSnapshot {
  snapshot: RegistrySnapshot;
  digest: string;
}

/** A stored version's row and its snapshot text, exactly as stored (not yet verified); null when absent. */
export async function readStoredVersion(db: AppDatabase, version: number) {
  const [row] = await db.select().from(registryVersions).where(eq(registryVersions.version, version));
  if (!row) return null;
  const parts = await db
    .select({ data: registrySnapshotChunks.data })
    .from(registrySnapshotChunks)
    .where(eq(registrySnapshotChunks.version, version))
    .orderBy(asc(registrySnapshotChunks.seq));
  return { row, text: parts.map((p) => p.data).join('') };
}

/** Loads a published version (the newest by default) and checks its digest; null when there is none. */
export async function loadSnapshot(db: AppDatabase, version?: number): Promise<LoadedSnapshot | null> {
  const number = version ?? (await latestVersion(db));
  const stored = number === null ? null : await readStoredVersion(db, number);
  if (!stored) return null;
  const digest = await sha256Hex(stored.text);
  if (digest !== stored.row.digest) throw new Error(`registry version ${number} does not match its digest; refusing to load it`);
  return { snapshot: JSON.parse(stored.text) as RegistrySnapshot, digest };
}
