/** @module Import time: a large registry file through importRegistry into a fresh libSQL file database. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningJwk, importSigningKey } from '../src/core/signing/signing-key.ts';
import { importRegistry } from '../src/db/import-registry.ts';
import { openLibsql } from '../src/db/libsql.ts';
import { msSince } from './load-registry.ts';
import { createSyntheticRegistry } from './synthetic-registry.ts';

export interface ImportResult {
  channels: number;
  organizations: number;
  scams: number;
  /** importRegistry end to end: validate, normalize, write in one transaction, publish a snapshot. */
  importMs: number;
  version: number;
  databaseBytes: number;
}

/** Imports a synthetic registry of `channels` channels into a new database in a temp folder, removed afterwards. */
export async function benchImport(channels: number): Promise<ImportResult> {
  const dir = mkdtempSync(join(tmpdir(), 'verify-bench-import-'));
  const path = join(dir, 'verify.db');
  const handle = await openLibsql(`file:${path}`);
  const key = await importSigningKey(JSON.stringify(await generateSigningJwk()));
  try {
    const { file } = createSyntheticRegistry(channels, 3);
    const start = process.hrtime.bigint();
    const result = await importRegistry(handle.db, file, { replace: true, key });
    const importMs = msSince(start);
    if (!result.ok) throw new Error(`import rejected: ${JSON.stringify(result.problems.slice(0, 3))}`);
    // WAL mode: rows written since the last checkpoint live in the -wal file beside the database.
    const size = (p: string) => { try { return statSync(p).size; } catch { return 0; } };
    return { ...result.counts, importMs, version: result.published.version, databaseBytes: size(path) + size(`${path}-wal`) };
  } finally {
    handle.client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
