/** @module The draft against the newest published version: what publishing now would add, change, revoke and remove. */
import { emptyContent } from '../core/registry/entries.ts';
import { registryChanges, type RegistryChanges } from '../core/registry/registry-changes.ts';
import type { JsonWebKeySet } from '../core/signing/jwks.ts';
import type { AppDatabase } from './database.ts';
import { readContent } from './registry-content.ts';
import { latestVersion } from './registry-versions.ts';
import { loadVerifiedVersion } from './verified-versions.ts';

export type DraftDiff =
  | ({ ok: true; base: { version: number; digest: string } | null } & RegistryChanges)
  | { ok: false; reason: string };

/**
 * Compares the draft with the newest published version, read only once it verifies: a forged version
 * must not hide a change from the person about to publish.
 */
export async function draftDiff(db: AppDatabase, jwks: JsonWebKeySet): Promise<DraftDiff> {
  const newest = await latestVersion(db);
  const draft = await readContent(db);
  if (newest === null) return { ok: true, base: null, ...registryChanges(emptyContent(), draft) };
  const loaded = await loadVerifiedVersion(db, newest, jwks, { now: new Date(), checkChain: false, allowExpired: true });
  if (!loaded?.ok) return { ok: false, reason: `version ${newest} does not verify: ${loaded?.reason ?? 'missing'}` };
  return { ok: true, base: { version: newest, digest: loaded.digest }, ...registryChanges(loaded.snapshot, draft) };
}
