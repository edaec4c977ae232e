/** @module Published registry versions: signing and storing a snapshot in chunks, reading stored versions back. */
import { asc, desc, eq, lt } from 'drizzle-orm';
import { DAY_MS, signSnapshot, type SignedSnapshot } from '../core/registry/signed-snapshot.ts';
import { createSnapshot, type RegistrySnapshot } from '../core/registry/snapshot.ts';
import type { SigningKey } from '../core/signing/signing-key.ts';
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
  expiresAt: string;
  counts: { organizations: number; channels: number; scams: number };
}

/** The newest published version number, or null before the first publish. A one-row primary-key read. */
export async function latestVersion(db: AppDatabase): Promise<number | null> {
  const [row] = await db.select({ version: registryVersions.version }).from(registryVersions).orderBy(desc(registryVersions.version)).limit(1);
  return row?.version ?? null;
}

/** Stores a signed snapshot as its version. Fails if another process took that version number first. */
export async function storeSnapshot(db: AppDatabase, snapshot: RegistrySnapshot, signed: SignedSnapshot): Promise<PublishedVersion> {
  const { text, digest, jws } = signed;
  const counts = { organizations: snapshot.organizations.length, channels: snapshot.channels.length, scams: snapshot.scams.length };
  const chunkRows = [];
  for (let seq = 0, i = 0; i < text.length || seq === 0; seq++, i += CHUNK_CHARS) {
    chunkRows.push(db.insert(registrySnapshotChunks).values({ version: snapshot.version, seq, data: text.slice(i, i + CHUNK_CHARS) }));
  }
  await db.batch([
    db.insert(registryVersions).values({
      version: snapshot.version, digest, previousDigest: snapshot.previousDigest, issuedAt: snapshot.issuedAt,
      expiresAt: snapshot.expiresAt, jwsProtected: jws.protected, jwsSignature: jws.signature, ...counts,
    }),
    ...chunkRows,
  ]);
  return { version: snapshot.version, digest, issuedAt: snapshot.issuedAt, expiresAt: snapshot.expiresAt, counts };
}

export interface PublishOptions {
  /** The private key from REGISTRY_SIGNING_KEY (or the development key); it signs and is never stored. */
  key: SigningKey;
  now?: () => Date;
  /** Days until the snapshot expires (REGISTRY_EXPIRY_DAYS, default 30). */
  expiryDays?: number;
}

export const DEFAULT_EXPIRY_DAYS = 30;

/**
 * Publishes the current editable registry as version N+1, signed and chained to version N's digest.
 * Concurrent publishers retry with the next number, so versions stay consecutive.
 */
export async function publish(db: AppDatabase, options: PublishOptions): Promise<PublishedVersion> {
  const now = options.now ?? (() => new Date());
  const content = await readContent(db);
  for (let attempt = 1; ; attempt++) {
    const [last] = await db.select().from(registryVersions).orderBy(desc(registryVersions.version)).limit(1);
    const issued = now();
    const snapshot = createSnapshot(content, {
      version: (last?.version ?? 0) + 1,
      issuedAt: issued.toISOString(),
      expiresAt: new Date(issued.getTime() + (options.expiryDays ?? DEFAULT_EXPIRY_DAYS) * DAY_MS).toISOString(),
      previousDigest: last?.digest ?? null,
    });
    try {
      return await storeSnapshot(db, snapshot, await signSnapshot(snapshot, options.key));
    } catch (error) {
      if (attempt >= PUBLISH_ATTEMPTS) throw error;
    }
  }
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

export interface VersionSummary extends PublishedVersion {
  previousDigest: string | null;
}

/** Published versions, newest first, as their rows describe them (the signed snapshots are the proof). */
export async function listVersions(db: AppDatabase, options: { limit: number; before?: number }): Promise<VersionSummary[]> {
  const rows = await db
    .select()
    .from(registryVersions)
    .where(options.before === undefined ? undefined : lt(registryVersions.version, options.before))
    .orderBy(desc(registryVersions.version))
    .limit(options.limit);
  return rows.map((r) => ({
    version: r.version, digest: r.digest, previousDigest: r.previousDigest, issuedAt: r.issuedAt, expiresAt: r.expiresAt ?? '',
    counts: { organizations: r.organizations, channels: r.channels, scams: r.scams },
  }));
}
