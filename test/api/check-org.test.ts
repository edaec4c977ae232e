/** @module `org` on the lookup API: "is this one of ours?" answered for one organization, as its widget asks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const get = (q: string, org: string) => ctx.app.request(`/api/v1/check?q=${encodeURIComponent(q)}&org=${encodeURIComponent(org)}`);

/** [input, org, verdict, organization named in the answer] */
const scoped: Array<[string, string, string, string | undefined]> = [
  ['binance.com', 'binance', 'official', 'binance'],
  ['binance.info', 'binance', 'revoked', 'binance'],
  ['binance-support.xyz', 'binance', 'known_scam', 'binance'],
  ['bіnance.com', 'binance', 'lookalike', 'binance'],
  ['wikipedia.org', 'binance', 'not_official', undefined],
  // Another organization's channel is real, only not Binance's: never a lookalike of it.
  ['okx.com', 'binance', 'not_official', undefined],
  ['coinbase.com', 'binance', 'not_official', undefined],
  // A scam or lookalike aimed at someone else is not Binance's to answer for.
  ['https://x.com/OKX_Help_Desk', 'binance', 'not_official', undefined],
  ['https://x.com/OKX_Help_Desk', 'okx', 'known_scam', 'okx'],
  ['c0inbase.com', 'binance', 'not_official', undefined],
  ['c0inbase.com', 'coinbase', 'lookalike', 'coinbase'],
  ['okx.com', 'okx', 'official', 'okx'],
];

describe('GET /api/v1/check?org=', () => {
  it.each(scoped)('%s for %s is %s', async (input, org, verdict, organization) => {
    const res = await get(input, org);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.verdict).toBe(verdict);
    expect(body.organization?.slug).toBe(organization);
    expect(body.scope).toEqual({ slug: org, name: expect.any(String) });
    for (const match of body.matches) expect(match.organization.slug).toBe(org);
  });

  it('says "not one of ours" in its message, with the organization\'s advice', async () => {
    const body = await (await get('okx.com', 'binance')).json();
    expect(body.message).toBe('This is not an official channel of Binance.');
    expect(body.advice.length).toBeGreaterThan(0);
    expect(body.scope).toEqual({ slug: 'binance', name: 'Binance' });
  });

  it('answers without org as before (no scope), and an empty org= is no org', async () => {
    const plain = await (await ctx.app.request('/api/v1/check?q=okx.com')).json();
    const empty = await (await ctx.app.request('/api/v1/check?q=okx.com&org=')).json();
    for (const body of [plain, empty]) {
      expect(body.verdict).toBe('official');
      expect(body.scope).toBeUndefined();
    }
  });

  it('answers an unknown organization 404 and an overlong one 400', async () => {
    const unknown = await get('binance.com', 'acme');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'organization_not_found', message: 'No organization "acme" in this registry.' } });
    const long = await get('binance.com', 'a'.repeat(101));
    expect(long.status).toBe(400);
    expect((await long.json()).error.code).toBe('invalid_request');
  });

  it('gives each organization\'s question its own ETag', async () => {
    const tags = await Promise.all(['', '&org=binance', '&org=okx'].map(async (extra) => (await ctx.app.request(`/api/v1/check?q=okx.com${extra}`)).headers.get('etag')));
    expect(new Set(tags).size).toBe(3);
  });
});

describe('org in POST bodies', () => {
  const post = (path: string, body: unknown) =>
    ctx.app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': ctx.apiKey }, body: JSON.stringify(body) });

  it('scopes a single check', async () => {
    const body = await (await post('/api/v1/check', { input: 'okx.com', org: 'binance' })).json();
    expect(body).toMatchObject({ verdict: 'not_official', scope: { slug: 'binance' } });
  });

  it('scopes batch items one by one; an unknown organization makes its item invalid', async () => {
    const { results } = await (await post('/api/v1/check/batch', { items: [{ input: 'okx.com', org: 'binance' }, { input: 'okx.com' }, { input: 'okx.com', org: 'acme' }] })).json();
    expect(results.map((r: { verdict: string }) => r.verdict)).toEqual(['not_official', 'official', 'invalid']);
    expect(results[2].error.code).toBe('organization_not_found');
  });
});
