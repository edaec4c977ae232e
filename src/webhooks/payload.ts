/** @module What a webhook delivery carries: `{version, digest, changes}` of a published version, signed like the registry. */
import { emptyContent } from '../core/registry/entries.ts';
import { registryChanges, type RegistryChanges } from '../core/registry/registry-changes.ts';
import { JWS_TYPES, signJson, type FlattenedJws } from '../core/signing/jws.ts';
import type { JsonWebKeySet } from '../core/signing/jwks.ts';
import type { SigningKey } from '../core/signing/signing-key.ts';
import type { AppDatabase } from '../db/database.ts';
import { loadVerifiedVersion } from '../db/verified-versions.ts';

export interface PublishedEvent {
  event: 'registry.published';
  version: number;
  digest: string;
  previousVersion: number | null;
  changes: RegistryChanges;
}

/**
 * Builds and signs the event for `version`: a flattened JWS (EdDSA, typ `verify-webhook+json`) with the
 * registry signing key, so receivers verify it with /.well-known/jwks.json. Null when the version does
 * not verify: Verify never announces what it would not serve.
 */
export async function signedPublishedEvent(db: AppDatabase, version: number, key: SigningKey, jwks: JsonWebKeySet, now = new Date()): Promise<{ event: PublishedEvent; jws: FlattenedJws } | null> {
  const options = { now, checkChain: false, allowExpired: false };
  const current = await loadVerifiedVersion(db, version, jwks, options);
  if (!current?.ok) return null;
  const previous = version > 1 ? await loadVerifiedVersion(db, version - 1, jwks, { ...options, allowExpired: true }) : null;
  const before = previous?.ok ? previous.snapshot : emptyContent();
  const event: PublishedEvent = {
    event: 'registry.published',
    version,
    digest: current.digest,
    previousVersion: previous?.ok ? version - 1 : null,
    changes: registryChanges(before, current.snapshot),
  };
  return { event, jws: await signJson(event, key, JWS_TYPES.webhook) };
}
