/** @module Publishes the sample registry into a Worker test's D1 as version 1, through the same code the CLI uses. */
import { drizzle } from 'drizzle-orm/d1';
import { readRegistryFile } from '../../src/core/registry/file.ts';
import { createSnapshot } from '../../src/core/registry/snapshot.ts';
import type { AppDatabase } from '../../src/db/database.ts';
import { storeSnapshot, type PublishedVersion } from '../../src/db/registry-versions.ts';
import * as schema from '../../src/db/schema.ts';
import sample from '../../src/sample/registry.json';

/** Stores the sample registry as published version 1 in `db`. */
export async function seedSampleRegistry(db: D1Database): Promise<PublishedVersion> {
  const read = readRegistryFile(sample);
  if (!read.ok) throw new Error(`sample registry is invalid: ${JSON.stringify(read.problems.slice(0, 3))}`);
  const snapshot = createSnapshot(read.content, { version: 1, issuedAt: '2026-01-01T00:00:00.000Z', previousDigest: null });
  return storeSnapshot(drizzle(db, { schema }) as unknown as AppDatabase, snapshot);
}
