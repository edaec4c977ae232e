/** @module Organizations, health, unknown routes and the public rate limit, over the real app. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('GET /api/v1/organizations', () => {
  it('lists every organization with its channel counts', async () => {
    const res = await ctx.app.request('/api/v1/organizations');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.organizations.map((o: { slug: string }) => o.slug)).toEqual(['binance', 'coinbase', 'crypto-com', 'example-bank', 'kraken', 'okx']);
    expect(body.organizations[0]).toEqual({
      slug: 'binance', name: 'Binance', website: 'https://www.binance.com', channels: { active: 17, revoked: 1 },
    });
    expect(body.registry.version).toBe(1);
  });

  it('gives one organization with its official channels, revoked ones marked', async () => {
    const body = await (await ctx.app.request('/api/v1/organizations/binance')).json();
    expect(body.organization).toMatchObject({ slug: 'binance', name: 'Binance', advice: expect.any(Array) });
    const info = body.organization.channels.find((c: { value: string }) => c.value === 'binance.info');
    expect(info).toMatchObject({ kind: 'domain', status: 'revoked', reason: 'Retired domain' });
    const telegram = body.organization.channels.find((c: { value: string }) => c.value === 'binanceexchange');
    expect(telegram).toMatchObject({ kind: 'social', value: 'binanceexchange', normalized: 'binanceexchange' });
  });

  it('answers 404 as JSON for an unknown organization', async () => {
    const res = await ctx.app.request('/api/v1/organizations/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('organization_not_found');
  });
});

describe('GET /healthz', () => {
  it('reports the registry version served', async () => {
    const res = await ctx.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', registry: { version: 1, digest: expect.any(String) } });
  });

  it('is degraded before any version is published', async () => {
    const empty = await createTestContext({ registry: null });
    const body = await (await empty.app.request('/healthz')).json();
    expect(body).toMatchObject({ status: 'degraded', registry: { version: 0 }, problem: expect.any(String) });
    expect((await (await empty.app.request('/api/v1/check?q=binance.com')).json()).verdict).toBe('not_official');
    empty.close();
  });
});

describe('unknown routes', () => {
  it('answers 404 as JSON', async () => {
    const res = await ctx.app.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No route GET /api/v1/nothing-here.' } });
  });
});

describe('public rate limit', () => {
  it('answers 429 with Retry-After past the limit, per client address', async () => {
    const limited = await createTestContext({ deps: { publicRateLimit: 3 } });
    const as = (client: string) => limited.app.request('/api/v1/check?q=binance.com', { headers: { 'x-test-client': client } });
    for (let i = 0; i < 3; i++) expect((await as('1.2.3.4')).status).toBe(200);
    const refused = await as('1.2.3.4');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error.code).toBe('rate_limited');
    expect((await as('5.6.7.8')).status).toBe(200);
    expect((await limited.app.request('/healthz', { headers: { 'x-test-client': '1.2.3.4' } })).status).toBe(200);
    limited.close();
  });
});
