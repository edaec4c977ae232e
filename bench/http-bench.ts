/** @module HTTP throughput: the real app on a loopback port, loaded with autocannon, a lookup route next to /healthz. */
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import type { Hono } from 'hono';
import { createApp } from '../src/app.ts';
import type { RegistryContent } from '../src/core/registry/entries.ts';
import { signSnapshot } from '../src/core/registry/signed-snapshot.ts';
import { createSnapshot } from '../src/core/registry/snapshot.ts';
import { generateSigningJwk } from '../src/core/signing/signing-key.ts';
import { openLibsql } from '../src/db/libsql.ts';
import { storeSnapshot } from '../src/db/registry-versions.ts';
import { RegistryHolder } from '../src/registry-holder.ts';
import { createSigning } from '../src/signing.ts';
import type { Query } from './queries.ts';

export interface HttpRun {
  label: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers plus connection errors: anything but 0 means the figures measure failures. */
  failures: number;
}

export interface HttpOptions {
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

const checkPath = (q: Query): string =>
  `/api/v1/check?q=${encodeURIComponent(q.input)}${q.options.platform ? `&platform=${q.options.platform}` : ''}`;

/**
 * A real app over a libSQL file database holding the registry as a published version, loaded and
 * verified (signature, digest, expiry) by RegistryHolder as a server does. Servers read only published snapshots, so the
 * snapshot is stored directly: a second full import would add half a minute and is timed on its own.
 */
async function startApp(content: RegistryContent, dir: string) {
  const handle = await openLibsql(`file:${join(dir, 'verify.db')}`);
  const signing = await createSigning(JSON.stringify(await generateSigningJwk()));
  const issued = new Date();
  const expires = new Date(issued.getTime() + 86_400_000);
  const snapshot = createSnapshot(content, { version: 1, issuedAt: issued.toISOString(), expiresAt: expires.toISOString(), previousDigest: null });
  await storeSnapshot(handle.db, snapshot, await signSnapshot(snapshot, signing.key!));
  const registry = new RegistryHolder(handle.db, signing.jwks);
  await registry.refresh();
  if (registry.index.version !== 1) throw new Error(`registry not loaded: ${registry.status.problem}`);
  // One client address and a limit no run can reach: the limiter still runs, as in production, but never refuses.
  const app = createApp({ registry, db: handle.db, signing, publicRateLimit: 1_000_000_000, clientAddress: () => 'bench' });
  return { app, handle };
}

/** Asks each path once in process, so a run cannot silently measure 400s or wrong verdicts. */
async function checkAnswers(app: Hono, queries: Query[]): Promise<void> {
  for (const q of queries) {
    const response = await app.request(checkPath(q));
    const body = (await response.json()) as { verdict?: string };
    const hit = ['official', 'revoked', 'known_scam'].includes(body.verdict ?? '');
    if (response.status !== 200 || hit !== q.hit) throw new Error(`GET ${checkPath(q)} answered ${response.status} ${body.verdict}`);
  }
}

function listen(app: Hono): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ server: server as Server, url: `http://127.0.0.1:${info.port}` }),
    );
  });
}

async function load(url: string, label: string, paths: string[], seconds: number, connections: number): Promise<HttpRun> {
  // One worker thread fires the requests, so the load generator does not share the server's event loop.
  const result = await autocannon({
    url, connections, duration: seconds, workers: 1,
    requests: paths.map((path) => ({ method: 'GET' as const, path })),
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failures: result.non2xx + result.errors,
  };
}

/** Runs /api/v1/check (rotating through `queries`, which must fit `content`) and /healthz on one server, each after a warm-up. */
export async function benchHttp(
  content: RegistryContent,
  queries: Query[],
  options: HttpOptions,
): Promise<{ check: HttpRun; health: HttpRun; paths: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'verify-bench-http-'));
  const { app, handle } = await startApp(content, dir);
  const { server, url } = await listen(app);
  try {
    await checkAnswers(app, queries);
    const paths = queries.map(checkPath);
    const { connections, seconds, warmupSeconds } = options;
    await load(url, 'warm-up', paths, warmupSeconds, connections);
    const check = await load(url, 'GET /api/v1/check?q=…', paths, seconds, connections);
    await load(url, 'warm-up', ['/healthz'], warmupSeconds, connections);
    const health = await load(url, 'GET /healthz', ['/healthz'], seconds, connections);
    return { check, health, paths };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    handle.client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
