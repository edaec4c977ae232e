/** @module A real app for tests: a libSQL file database in a temp folder, the sample registry imported and published (signed with the test key). */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp, type AppDeps } from '../../src/app.ts';
import { createApiKey } from '../../src/db/api-keys.ts';
import { UsageRecorder, type UsageRecorderOptions } from '../../src/partner/usage-recorder.ts';
import { importRegistry } from '../../src/db/import-registry.ts';
import { openLibsql, type LibsqlHandle } from '../../src/db/libsql.ts';
import type { SigningKey } from '../../src/core/signing/signing-key.ts';
import { RegistryHolder } from '../../src/registry-holder.ts';
import type { Signing } from '../../src/signing.ts';
import { testKey, testSigning } from './signing.ts';

export const SAMPLE_PATH = new URL('../../src/sample/registry.json', import.meta.url);

export async function readSample(): Promise<any> {
  return JSON.parse(await readFile(SAMPLE_PATH, 'utf8'));
}

export interface TestContext {
  app: Hono;
  handle: LibsqlHandle;
  registry: RegistryHolder;
  /** The server's signing setup: the test key, trusted alone, unless `options.signing` says otherwise. */
  signing: Signing;
  /** The key the registry is published with. */
  key: SigningKey;
  /** What publish and importRegistry need: `publish(ctx.handle.db, ctx.publishing)`. */
  publishing: { key: SigningKey };
  /** A partner key (100,000 requests a minute), for routes that need one: `X-API-Key: ctx.apiKey`. */
  apiKey: string;
  /** The app's usage recorder: tests flush it instead of waiting for an interval. */
  usage: UsageRecorder;
  dir: string;
  url: string;
  close(): void;
}

/** Opens a fresh database file, optionally imports a registry (the sample by default), and builds the app. */
export async function createTestContext(
  options: { registry?: unknown | null; deps?: Partial<AppDeps>; signing?: Signing; usage?: UsageRecorderOptions } = {},
): Promise<TestContext> {
  const dir = mkdtempSync(join(tmpdir(), 'verify-test-'));
  const url = `file:${join(dir, 'verify.db')}`;
  const handle = await openLibsql(url);
  const signing = options.signing ?? (await testSigning());
  // A server given only public keys still needs its registry published by someone: the test key.
  const key = signing.key ?? (await testKey()).key;
  const publishing = { key };
  const registryJson = options.registry === undefined ? await readSample() : options.registry;
  if (registryJson !== null) {
    const result = await importRegistry(handle.db, registryJson, publishing);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
  }
  const registry = new RegistryHolder(handle.db, signing.jwks);
  await registry.refresh();
  const { key: apiKey } = await createApiKey(handle.db, 'Acme Wallet', 100_000);
  const usage = new UsageRecorder(handle.db, options.usage);
  const app = createApp({
    registry,
    db: handle.db,
    signing,
    publicRateLimit: 1_000_000,
    reportRateLimit: 1_000_000,
    clientAddress: (c) => c.req.header('x-test-client') ?? 'test',
    usage,
    ...options.deps,
  });
  return {
    app, handle, registry, signing, key, publishing, apiKey, usage, dir, url,
    close() {
      handle.client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
