/** @module `npm start` for real: the Node server on a loopback port, the sample registry, and hot swaps within 5 s. */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibsql } from '../src/db/libsql.ts';
import { usageOf } from '../src/db/usage.ts';
import { startNodeServer, type NodeServer } from './support/node-server.ts';
import { runCli, start } from './support/spawn.ts';

let server: NodeServer;
let dir: string;
let base: string;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startNodeServer({ USAGE_FLUSH_MS: '200' });
  ({ dir, base, env } = server);
});

afterAll(() => server?.close());

describe('the Node server', () => {
  it('loads the sample registry into an empty database, signed with a development key, and answers', async () => {
    const health = await (await fetch(`${base}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', registry: { version: 1 }, warnings: [expect.stringContaining('development key')] });
    const jwks = await (await fetch(`${base}/.well-known/jwks.json`)).json();
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' })]);
    expect(existsSync(join(dir, 'data', 'signing-key.dev.jwk.json'))).toBe(true);
    const res = await fetch(`${base}/api/v1/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: 'https://t.me/binanceexchange' }),
    });
    expect(await res.json()).toMatchObject({ verdict: 'official', organization: { slug: 'binance' } });
  });

  it('takes a key made by the CLI, answers with its RateLimit headers, and writes its usage on its flush interval', async () => {
    const created = await runCli(['keys', 'create', '--name', 'server test', '--rate-limit', '50'], env);
    expect(created.code).toBe(0);
    const key = created.stdout.trim().split(/\s+/).pop()!;
    const res = await fetch(`${base}/api/v1/check/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ items: [{ input: 'binance.com' }, { input: 'binance.info' }] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-policy')).toBe('"key";q=50;w=60');
    const { db, client } = await openLibsql(env.DATABASE_URL!);
    try {
      let days: Awaited<ReturnType<typeof usageOf>> = [];
      for (let i = 0; i < 50 && !days.length; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        days = await usageOf(db, 1);
      }
      expect(days).toEqual([{ day: expect.any(String), counts: { official: 1, revoked: 1 } }]);
    } finally {
      client.close();
    }
  });

  it('serves the check page and its static files from public/', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<form');
    for (const [path, type] of [['/verify.css', 'text/css'], ['/verify.js', 'javascript']]) {
      const file = await fetch(`${base}${path}`);
      expect(file.status, path).toBe(200);
      expect(file.headers.get('content-type'), path).toContain(type);
    }
  });

  it('serves /widget.js to any origin with the headers public/_headers gives it, and never _headers itself', async () => {
    const widget = await fetch(`${base}/widget.js`, { headers: { origin: 'https://partner.example' } });
    expect(widget.status).toBe(200);
    expect(widget.headers.get('content-type')).toContain('javascript');
    expect(widget.headers.get('access-control-allow-origin')).toBe('*');
    expect(widget.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=86400');
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await fetch(`${base}/_headers`)).status).toBe(404);
    // Other files keep their plain answers.
    expect((await fetch(`${base}/verify.js`)).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rate-limits public lookups per client address with 429 and Retry-After', async () => {
    // The default limit is 60 a minute; the earlier tests used a few of them.
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await fetch(`${base}/api/v1/check?q=binance.com`)).status);
    const refused = await fetch(`${base}/api/v1/check?q=binance.com`);
    expect(statuses.slice(0, 55).every((s) => s === 200)).toBe(true);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('notices a version published by another process within 5 seconds', async () => {
    const file = join(dir, 'acme.json');
    writeFileSync(file, JSON.stringify({ organizations: [{ slug: 'acme', name: 'Acme', channels: [{ kind: 'domain', value: 'acme.example' }] }] }));
    const imported = await runCli(['import', file], env);
    expect(imported.code).toBe(0);
    const deadline = Date.now() + 5000;
    let version = 1;
    while (Date.now() < deadline && version !== 2) {
      version = (await (await fetch(`${base}/healthz`)).json()).registry.version;
      if (version !== 2) await new Promise((r) => setTimeout(r, 200));
    }
    expect(version).toBe(2);
  });

  it('refuses to start with a bad setting, naming the variable', async () => {
    const bad = start('src/node.ts', [], { ...env, PORT: 'eighty' });
    let stderr = '';
    bad.stderr!.on('data', (d) => (stderr += d));
    const code = await new Promise((resolve) => bad.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('PORT');
  });
});
