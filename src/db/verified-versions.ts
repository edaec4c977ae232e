/** @module Loading a stored version only once it verifies: stored digest, signature, canonical form, chain and expiry. */
import { snapshotJws, verifySnapshot, type SnapshotCheck } from '../core/registry/signed-snapshot.ts';
import { sha256Hex } from '../core/registry/snapshot.ts';
import type { FlattenedJws } from '../core/signing/jws.ts';
import type { JsonWebKeySet } from '../core/signing/jwks.ts';
import type { AppDatabase } from './database.ts';
import { latestVersion, readStoredVersion } from './registry-versions.ts';

export interface LoadOptions {
  now: Date;
  /** Serve-time loads check the chain; archive reads (an old version for a partner) need not. */
  checkChain: boolean;
  allowExpired?: boolean;
  /** A version already verified, whose digest saves reading it again when it is the previous one. */
  known?: { version: number; digest: string };
}

export type VersionCheck = (SnapshotCheck & { ok: true; jws: FlattenedJws }) | { ok: false; reason: string };

/** Reads and verifies one stored version; null when there is no such version. */
export async function loadVerifiedVersion(db: AppDatabase, version: number, jwks: JsonWebKeySet, options: LoadOptions): Promise<VersionCheck | null> {
  const stored = await readStoredVersion(db, version);
  if (!stored) return null;
  const { row, text } = stored;
  if (!row.jwsProtected || !row.jwsSignature) {
    return { ok: false, reason: `version ${version} is not signed (published before signatures existed): publish again` };
  }
  // Cheapest first, and the clearest reason when the stored text was edited.
  if ((await sha256Hex(text)) !== row.digest) return { ok: false, reason: `version ${version} does not match its digest` };
  let previousDigest: string | null | undefined;
  if (options.checkChain) {
    const previous = await previousDigestOf(db, version, jwks, options);
    if (!previous.ok) return previous;
    previousDigest = previous.digest;
  }
  const jws = snapshotJws(text, row.jwsProtected, row.jwsSignature);
  const check = await verifySnapshot(jws, jwks, { now: options.now, version, previousDigest, allowExpired: options.allowExpired });
  return check.ok ? { ...check, jws } : check;
}

/**
 * The verified digest of the version before `version`: the chain link its snapshot must name. The previous
 * version need not be current (it may have expired), but it must be signed and intact.
 */
async function previousDigestOf(
  db: AppDatabase,
  version: number,
  jwks: JsonWebKeySet,
  options: LoadOptions,
): Promise<{ ok: true; digest: string | null } | { ok: false; reason: string }> {
  if (version === 1) return { ok: true, digest: null };
  if (options.known?.version === version - 1) return { ok: true, digest: options.known.digest };
  const previous = await loadVerifiedVersion(db, version - 1, jwks, { now: options.now, checkChain: false, allowExpired: true });
  if (!previous) return { ok: false, reason: `version ${version - 1}, the previous link of the chain, is missing` };
  if (!previous.ok) return { ok: false, reason: `the chain cannot be checked: version ${version - 1}: ${previous.reason}` };
  return { ok: true, digest: previous.digest };
}

/**
 * Why the newest stored version does not verify, or null when it does (or none exists). Publishers check
 * first: chaining onto a forged or damaged version would make every later version unservable.
 */
export async function newestVersionProblem(db: AppDatabase, jwks: JsonWebKeySet): Promise<string | null> {
  const newest = await latestVersion(db);
  if (newest === null) return null;
  const loaded = await loadVerifiedVersion(db, newest, jwks, { now: new Date(), checkChain: false, allowExpired: true });
  return loaded && !loaded.ok ? `version ${newest}: ${loaded.reason}` : null;
}
