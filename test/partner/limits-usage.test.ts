/** @module Per-key limits (RateLimit headers, 429 bodies), usage counts by verdict, the inputs switch, and conditional lookups. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/db/api-keys.ts';
import { publish } from '../../src/db/registry-versions.ts';
import { storedInputsOf, usageOf } from '../../src/db/usage.ts';
import { createMemoryLimiter } from '../../src/partner/key-limiter.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const keyed = (key: string, path: string, init: RequestInit = {}) =>
  ctx.app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${key}` } });
const batch = (key: string, inputs: string[]) =>
  keyed(key, '/api/v1/check/batch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items: inputs.map((input) => ({ input })) }) });

describe('per-key limits', () => {
  it('counts down in RateLimit, then answers 429 with Retry-After and a JSON error', async () => {
    const { key } = await createApiKey(ctx.handle.db, 'three a minute', 3);
    for (const remaining of [2, 1, 0]) {
      const res = await keyed(key, '/api/v1/check?q=binance.com');
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-policy')).toBe('"key";q=3;w=60');
      expect(res.headers.get('ratelimit')).toMatch(new RegExp(`^"key";r=${remaining};t=\\d+$`));
    }
    const limited = await keyed(key, '/api/v1/check?q=binance.com');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('ratelimit')).toMatch(/^"key";r=0;t=\d+$/);
    expect(await limited.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining('at most 3 a minute') } });
    // Another key, and the public path, are not affected.
    expect((await ctx.app.request('/api/v1/check?q=binance.com')).status).toBe(200);
    expect((await keyed(ctx.apiKey, '/api/v1/check?q=binance.com')).status).toBe(200);
  });

  it('puts the headers on error answers too', async () => {
    const res = await keyed(ctx.apiKey, '/api/v1/check?q=');
    expect(res.status).toBe(400);
    expect(res.headers.get('ratelimit-policy')).toBe('"key";q=100000;w=60');
  });

  it('keeps the public per-address limit for requests without a key', async () => {
    const limited = await createTestContext({ registry: null, deps: { publicRateLimit: 1 } });
    try {
      expect((await limited.app.request('/api/v1/check?q=a.com')).status).toBe(200);
      expect((await limited.app.request('/api/v1/check?q=a.com')).status).toBe(429);
      // A keyed request is counted against its key, not the address.
      expect((await limited.app.request('/api/v1/check?q=a.com', { headers: { 'x-api-key': limited.apiKey } })).status).toBe(200);
    } finally {
      limited.close();
    }
  });

  it('starts a new window after a minute', () => {
    let t = 0;
    const limiter = createMemoryLimiter(() => t);
    expect(limiter.take('k', 1)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 60 });
    t = 30_000;
    expect(limiter.take('k', 1)).toMatchObject({ allowed: false, resetSeconds: 30 });
    t = 60_000;
    expect(limiter.take('k', 1)).toMatchObject({ allowed: true });
  });
});

describe('usage', () => {
  it('counts every keyed lookup by day and verdict, batches per item, and stores no inputs by default', async () => {
    const { record, key } = await createApiKey(ctx.handle.db, 'usage');
    await keyed(key, '/api/v1/check?q=binance.com');
    await keyed(key, '/api/v1/check?q=binance.info');
    await keyed(key, '/api/v1/check?q=' + encodeURIComponent('https://x.com/home'));
    await batch(key, ['binance.com', 'binance-support.xyz', 'binance.com.login-secure.xyz', 'example.net', '']);
    await ctx.app.request('/api/v1/check?q=binance.com'); // public: not counted anywhere
    expect(ctx.usage.pending).toBeGreaterThan(0);
    await ctx.usage.flush();
    const day = new Date().toISOString().slice(0, 10);
    expect(await usageOf(ctx.handle.db, record.id)).toEqual([
      { day, counts: { official: 2, revoked: 1, known_scam: 1, lookalike: 1, not_official: 1, invalid: 2 } },
    ]);
    // Counts accumulate across flushes.
    await keyed(key, '/api/v1/check?q=binance.com');
    await ctx.usage.flush();
    expect((await usageOf(ctx.handle.db, record.id))[0]!.counts.official).toBe(3);
    expect(await storedInputsOf(ctx.handle.db, record.id)).toEqual([]);
  });

  it('stores raw inputs only when the operator turns it on, and prunes them after the retention', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const storing = await createTestContext({ usage: { storeInputs: true, retentionDays: 2, now: () => now } });
    try {
      const { record, key } = await createApiKey(storing.handle.db, 'inputs');
      await storing.app.request('/api/v1/check?q=binance.com', { headers: { 'x-api-key': key } });
      await storing.usage.flush();
      expect(await storedInputsOf(storing.handle.db, record.id)).toEqual([{ keyId: record.id, at: now.toISOString(), input: 'binance.com', verdict: 'official' }]);
      now = new Date('2026-01-05T00:00:00Z');
      await storing.app.request('/api/v1/check?q=binance.info', { headers: { 'x-api-key': key } });
      await storing.usage.flush();
      expect((await storedInputsOf(storing.handle.db, record.id)).map((r) => r.input)).toEqual(['binance.info']);
    } finally {
      storing.close();
    }
  });
});

describe('conditional lookups', () => {
  it('tags answers with the registry version and answers 304 to If-None-Match until the input or version changes', async () => {
    const first = await ctx.app.request('/api/v1/check?q=binance.com');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"v1-[0-9a-f]{16}-[0-9a-f]{8}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const again = await ctx.app.request('/api/v1/check?q=binance.com', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await ctx.app.request('/api/v1/check?q=binance.info', { headers: { 'if-none-match': etag } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
    const signed = await ctx.app.request('/api/v1/check?q=binance.com', { headers: { 'if-none-match': etag, accept: 'application/jose+json' } });
    expect(signed.status).toBe(200);
    const keyedAnswer = await keyed(ctx.apiKey, '/api/v1/check?q=binance.com');
    expect(keyedAnswer.headers.get('cache-control')).toBe('private, max-age=60');

    await publish(ctx.handle.db, ctx.publishing);
    await ctx.registry.refresh();
    const republished = await ctx.app.request('/api/v1/check?q=binance.com', { headers: { 'if-none-match': etag } });
    expect(republished.status).toBe(200);
    expect(republished.headers.get('etag')).toMatch(/^W\/"v2-/);
  });
});
