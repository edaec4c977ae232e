/** @module API keys over the real app and database: where they are needed, both headers, unknown and revoked keys, hashing at rest. */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, findActiveKey, revokeApiKey } from '../../src/db/api-keys.ts';
import { generateApiKey, keyFromHeaders } from '../../src/partner/api-key.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const batch = (headers: Record<string, string>) =>
  ctx.app.request('/api/v1/check/batch', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ items: [{ input: 'binance.com' }] }) });

describe('/api/v1/check/batch needs a key', () => {
  it('answers 401 with the JSON error shape and WWW-Authenticate without one', async () => {
    const res = await batch({});
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.stringContaining('API key') } });
  });

  it('accepts the key as a Bearer token and as X-API-Key', async () => {
    const bearer = await batch({ authorization: `Bearer ${ctx.apiKey}` });
    expect(bearer.status).toBe(200);
    expect((await bearer.json()).results[0].verdict).toBe('official');
    expect((await batch({ 'x-api-key': ctx.apiKey })).status).toBe(200);
  });

  it('answers 401 for an unknown key, on the batch and on a single check', async () => {
    const unknown = generateApiKey();
    const res = await batch({ authorization: `Bearer ${unknown}` });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
    expect((await ctx.app.request('/api/v1/check?q=binance.com', { headers: { 'x-api-key': unknown } })).status).toBe(401);
  });

  it('refuses a revoked key', async () => {
    const { record, key } = await createApiKey(ctx.handle.db, 'to revoke');
    expect((await batch({ 'x-api-key': key })).status).toBe(200);
    expect(await revokeApiKey(ctx.handle.db, record.id)).toBe(true);
    expect(await revokeApiKey(ctx.handle.db, record.id)).toBe(false);
    expect(await findActiveKey(ctx.handle.db, key)).toBeNull();
    // A server caches keys for 5 s; a fresh app (as after that time) refuses the revoked key.
    const fresh = await createTestContext({ registry: null });
    try {
      const { record: other, key: otherKey } = await createApiKey(fresh.handle.db, 'fresh');
      await revokeApiKey(fresh.handle.db, other.id);
      const res = await fresh.app.request('/api/v1/check/batch', { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': otherKey }, body: '{"items":[{"input":"a.com"}]}' });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: 'The API key is unknown or has been revoked.' } });
    } finally {
      fresh.close();
    }
  });
});

describe('/api/v1/check works with and without a key', () => {
  it('answers publicly without a key and with the key\'s limit headers with one', async () => {
    const open = await ctx.app.request('/api/v1/check?q=binance.com');
    expect(open.status).toBe(200);
    expect(open.headers.get('ratelimit')).toBeNull();
    const keyed = await ctx.app.request('/api/v1/check?q=binance.com', { headers: { authorization: `Bearer ${ctx.apiKey}` } });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('ratelimit-policy')).toBe('"key";q=100000;w=60');
  });
});

describe('keys at rest', () => {
  it('stores only the SHA-256 of a key, never the key', async () => {
    const { record, key } = await createApiKey(ctx.handle.db, 'at rest', 42);
    expect(key).toMatch(/^vk_[A-Za-z0-9_-]{43}$/);
    const rows = await ctx.handle.client.execute({ sql: 'SELECT * FROM api_keys WHERE id = ?', args: [record.id] });
    const row = rows.rows[0]!;
    expect(row.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
    expect(Object.values(row).some((v) => typeof v === 'string' && v.includes(key))).toBe(false);
    expect(row.prefix).toBe(key.slice(0, 10));
    expect(await findActiveKey(ctx.handle.db, key)).toEqual({ id: record.id, name: 'at rest', rateLimit: 42 });
  });

  it('generates distinct 256-bit keys', () => {
    const keys = new Set(Array.from({ length: 1000 }, generateApiKey));
    expect(keys.size).toBe(1000);
  });

  it('reads the key from both headers', () => {
    expect(keyFromHeaders('Bearer vk_x', undefined)).toBe('vk_x');
    expect(keyFromHeaders('bearer  vk_x ', undefined)).toBe('vk_x');
    expect(keyFromHeaders(undefined, ' vk_y ')).toBe('vk_y');
    expect(keyFromHeaders('Basic abc', undefined)).toBeNull();
    expect(keyFromHeaders(undefined, '')).toBeNull();
  });
});
