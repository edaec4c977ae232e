/** @module The partner API inside workerd: keys on D1, RateLimit headers from the Workers limiter, usage written after the answer (waitUntil), OpenAPI. */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedApiKey, seedSampleRegistry } from './seed.ts';
import { testEnv, worker } from './worker-env.ts';

const BASE = 'https://verify.test';
let key: string;
let smallKey: string;

beforeAll(async () => {
  await seedSampleRegistry(testEnv.DB, testEnv.REGISTRY_SIGNING_KEY!);
  key = await seedApiKey(testEnv.DB, 'binding-limited', 600);
  smallKey = await seedApiKey(testEnv.DB, 'two a minute', 2);
});

const batch = (headers: Record<string, string>) =>
  worker.fetch(`${BASE}/api/v1/check/batch`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ items: [{ input: 'binance.com' }, { input: 'binance.info' }] }) });

describe('partner API on Workers', () => {
  it('needs a key for batches and answers 401 as JSON', async () => {
    const res = await batch({});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('answers keyed requests with RateLimit headers, and counts usage after the answer', async () => {
    const res = await batch({ authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-policy')).toBe('"key";q=600;w=60');
    expect(res.headers.get('ratelimit')).toMatch(/^"key";r=599;t=\d+$/);
    await res.json();
    // The flush runs in waitUntil: poll D1 briefly for it.
    let rows: Array<{ verdict: string; count: number }> = [];
    for (let i = 0; i < 50 && rows.length < 2; i++) {
      rows = (await testEnv.DB.prepare('SELECT verdict, count FROM api_key_usage ORDER BY verdict').all<{ verdict: string; count: number }>()).results;
      if (rows.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(rows).toEqual([{ verdict: 'official', count: 1 }, { verdict: 'revoked', count: 1 }]);
  });

  it("answers 429 with Retry-After past a key's limit (the isolate fallback for limits the binding does not hold)", async () => {
    const get = () => worker.fetch(`${BASE}/api/v1/check?q=binance.com`, { headers: { 'x-api-key': smallKey } });
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const doc = await worker.fetch(`${BASE}/api/v1/openapi.json`);
    expect(doc.status).toBe(200);
    expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
    const docs = await worker.fetch(`${BASE}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/api/v1/openapi.json');
  });
});
