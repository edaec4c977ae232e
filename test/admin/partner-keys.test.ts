/** @module Partner keys through the admin API: the list, and each key's usage per day and verdict as `keys usage` prints it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminToken } from '../../src/db/admin-tokens.ts';
import { createApiKey, revokeApiKey } from '../../src/db/api-keys.ts';
import { adminClient } from '../support/admin.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
let admin: ReturnType<typeof adminClient>;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = adminClient(ctx.app, (await createAdminToken(ctx.handle.db, 'auditor', 'viewer')).token);
});
afterAll(() => ctx.close());

describe('partner keys in the admin API', () => {
  it('lists every key without the key itself, revoked ones marked', async () => {
    const { record, key } = await createApiKey(ctx.handle.db, 'Help desk', 1200);
    await revokeApiKey(ctx.handle.db, record.id);
    const answer = await admin.get('/keys');
    expect(answer.status).toBe(200);
    const listed = answer.body.keys.find((k: { id: number }) => k.id === record.id);
    expect(listed).toMatchObject({ name: 'Help desk', rateLimit: 1200, prefix: key.slice(0, listed.prefix.length), revokedAt: expect.any(String) });
    expect(JSON.stringify(answer.body)).not.toContain(key);
  });

  it('gives a key\'s lookups per day and verdict, with the day\'s total', async () => {
    const { record, key } = await createApiKey(ctx.handle.db, 'Wallet');
    for (const q of ['binance.com', 'binance.com', 'bіnance.com', 'nobody-here.net']) {
      await ctx.app.request(`/api/v1/check?q=${encodeURIComponent(q)}`, { headers: { 'x-api-key': key } });
    }
    await ctx.usage.flush();
    const answer = await admin.get(`/keys/${record.id}/usage`);
    expect(answer.status).toBe(200);
    expect(answer.body.key).toMatchObject({ id: record.id, name: 'Wallet' });
    expect(answer.body.days).toEqual([{ day: new Date().toISOString().slice(0, 10), total: 4, counts: { official: 2, lookalike: 1, not_official: 1 } }]);
  });

  it('answers an unknown key with 404 and a bad id with 400, as JSON errors', async () => {
    expect(await admin.get('/keys/999/usage')).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(await admin.get('/keys/abc/usage')).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });
});
