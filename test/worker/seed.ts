/** @module Seeds a Worker test's D1: the sample registry as version 1 (signed with the Worker's own key) and partner keys, through the same code the CLI uses. */
import { drizzle } from 'drizzle-orm/d1';
import { readRegistryFile } from '../../src/core/registry/file.ts';
import { DAY_MS, signSnapshot } from '../../src/core/registry/signed-snapshot.ts';
import { createSnapshot } from '../../src/core/registry/snapshot.ts';
import { importSigningKey } from '../../src/core/signing/signing-key.ts';
import { createApiKey } from '../../src/db/api-keys.ts';
import type { AppDatabase } from '../../src/db/database.ts';
import { storeSnapshot, type PublishedVersion } from '../../src/db/registry-versions.ts';
import * as schema from '../../src/db/schema.ts';
import sample from '../../src/sample/registry.json';

/** Stores the sample registry as published version 1 in `db`, signed with `keyText` (the Worker's REGISTRY_SIGNING_KEY). */
export async function seedSampleRegistry(db: D1Database, keyText: string): Promise<PublishedVersion> {
  const read = readRegistryFile(sample);
  if (!read.ok) throw new Error(`sample registry is invalid: ${JSON.stringify(read.problems.slice(0, 3))}`);
  const issued = Date.now();
  const snapshot = createSnapshot(read.content, {
    version: 1,
    issuedAt: new Date(issued).toISOString(),
    expiresAt: new Date(issued + 30 * DAY_MS).toISOString(),
    previousDigest: null,
  });
  const signed = await signSnapshot(snapshot, await importSigningKey(keyText));
  return storeSnapshot(drizzle(db, { schema }) as unknown as AppDatabase, snapshot, signed);
}

/** Creates a partner API key in `db` (as `keys create` would) and returns the key. */
export async function seedApiKey(db: D1Database, name: string, rateLimit: number): Promise<string> {
  return (await createApiKey(drizzle(db, { schema }) as unknown as AppDatabase, name, rateLimit)).key;
}
