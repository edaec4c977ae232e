/** @module The lookup API end to end: the real app over a real libSQL database holding the sample registry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const get = (q: string, extra = '') => ctx.app.request(`/api/v1/check?q=${encodeURIComponent(q)}${extra}`);
// Batches need a partner key; single checks are tested without one (the public path).
const post = (body: unknown, path = '/api/v1/check', type = 'application/json') =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': type, ...(path.endsWith('/batch') ? { 'x-api-key': ctx.apiKey } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** [input, extra query, verdict, organization slug] */
const verdicts: Array<[string, string, string, string | undefined]> = [
  ['https://www.binance.com/en/login', '', 'official', 'binance'],
  ['BINANCE.COM', '', 'official', 'binance'],
  ['accounts.binance.com', '', 'official', 'binance'],
  ['binance.info', '', 'revoked', 'binance'],
  ['www.binance.info', '', 'revoked', 'binance'],
  ['binance-support.xyz', '', 'known_scam', 'binance'],
  ['login.binance-support.xyz', '', 'known_scam', 'binance'],
  ['https://binance.com@evil.example/', '', 'lookalike', 'binance'], // opens evil.example: the official domain is only the user name
  ['binance.com.login-secure.xyz', '', 'lookalike', 'binance'],
  ['example.org', '', 'official', 'example-bank'],
  ['www.example.org', '', 'not_official', undefined],
  ['xn--bcher-kva.example', '', 'official', 'example-bank'],
  ['support@binance.com', '', 'official', 'binance'],
  ['"Binance" <SUPPORT@Binance.com>', '', 'official', 'binance'],
  ['news@mail.binance.com', '', 'not_official', undefined],
  ['Do-Not-Reply@post.binance.com', '', 'official', 'binance'],
  ['alerts@news.mail.crypto.com', '', 'official', 'crypto-com'],
  ['Security@example.com', '', 'official', 'example-bank'],
  ['security@example.com', '', 'not_official', undefined],
  ['security@binance-alerts.com', '', 'known_scam', 'binance'],
  ['Security@Binance-Alerts.com', '', 'known_scam', 'binance'], // a scam address matches in any case, as official ones do
  ['anyone@binance-support.xyz', '', 'known_scam', 'binance'],
  ['binance.support@gmail.com', '', 'lookalike', 'binance'],
  ['+1 (415) 555-0100', '', 'official', 'binance'],
  ['tel:+14155550100', '', 'official', 'binance'],
  ['(415) 555-0100', '&country=US', 'official', 'binance'],
  ['+1 415 555 0199', '', 'known_scam', 'binance'],
  ['+1 202 555 0199', '', 'revoked', 'example-bank'],
  ['https://wa.me/12125550142', '', 'official', 'okx'],
  ['+44 20 7946 0100', '', 'official', 'binance'],
  ['https://t.me/binanceexchange', '', 'official', 'binance'],
  ['https://t.me/s/BinanceExchange', '', 'official', 'binance'],
  ['@binanceexchange', '&platform=telegram', 'official', 'binance'],
  ['@binance_support_desk', '&platform=telegram', 'known_scam', 'binance'],
  ['https://x.com/binance/status/1', '', 'official', 'binance'],
  ['https://mobile.twitter.com/Binance', '', 'official', 'binance'],
  ['x.com/i/user/877807935493033984', '', 'official', 'binance'],
  ['877807935493033984', '&platform=x', 'official', 'binance'],
  ['@binance', '', 'official', 'binance'],
  ['@okx_help_desk', '&platform=x', 'known_scam', 'okx'],
  ['https://www.youtube.com/@Binance', '', 'official', 'binance'],
  ['https://www.reddit.com/r/Binance/', '', 'official', 'binance'],
  ['linkedin.com/company/okx', '', 'official', 'okx'],
  ['discord.gg/binanceofficial', '', 'official', 'binance'],
  ['@binanceexchange', '&platform=x', 'lookalike', 'binance'],
  ['google.com', '', 'not_official', undefined],
  // A redirect link is answered for where it ends.
  ['https://www.google.com/url?q=https://www.binance.com/en&sa=D', '', 'official', 'binance'],
  ['https://l.facebook.com/l.php?u=https%3A%2F%2Fbinance-support.xyz%2F', '', 'known_scam', 'binance'],
  ['https://www.google.com/url?q=https://binance.com.login-secure.xyz/', '', 'lookalike', 'binance'],
  ['@nobody-registered-this', '', 'not_official', undefined],
];

describe('GET /api/v1/check', () => {
  it.each(verdicts)('%s%s → %s (%s)', async (input, extra, verdict, slug) => {
    const res = await get(input, extra);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.verdict).toBe(verdict);
    expect(body.organization?.slug).toBe(slug);
    expect(body.input).toBe(input);
    expect(body.registry).toEqual({ version: 1, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    if (verdict !== 'lookalike') expect(body.matches).toEqual([]);
    else expect(body.matches[0].organization.slug).toBe(slug);
    expect(Date.parse(body.checkedAt)).not.toBeNaN();
  });

  it("says of an unlisted sender on an organization's own domain whose domain it is, and that it is not listed", async () => {
    const body = await (await get('news@mail.binance.com')).json();
    expect(body).toMatchObject({ verdict: 'not_official', matches: [] });
    expect(body.message).toBe(
      "This address is on Binance's domain mail.binance.com, but Binance does not list it among its email senders. A sender's address can be forged: trust it only when your mail provider shows the message as verified.",
    );
    expect(body.note).toEqual({ code: 'unlisted_sender', organization: { slug: 'binance', name: 'Binance' }, domain: 'mail.binance.com' });
    const none = await (await get('someone@random-site.example')).json();
    expect(none.message).toBe('This is not an official channel of any organization in this registry.');
    expect(none).not.toHaveProperty('note');
  });

  it('says of a page published where anyone can publish which product it is on', async () => {
    const body = await (await get('https://docs.google.com/forms/d/e/1FAIpQLSdXyz/viewform')).json();
    expect(body).toMatchObject({ verdict: 'not_official', matches: [], note: { code: 'user_content_page', product: 'Google Docs', host: 'docs.google.com' } });
  });

  it('says first which redirect pages a link goes through, and answers for where it ends', async () => {
    const body = await (await get('https://www.google.com/url?q=https://l.facebook.com/l.php?u%3Dhttps://t.me/binanceexchange')).json();
    expect(body).toMatchObject({
      verdict: 'official',
      type: 'social',
      normalized: { platform: 'telegram', value: 'binanceexchange', redirects: ['www.google.com', 'l.facebook.com'] },
    });
    expect(body.message).toBe(
      'This link goes through the redirect pages of www.google.com, then l.facebook.com to a Telegram account binanceexchange. This is an official Binance account on Telegram.',
    );
  });

  it("reads a page shown through Google Translate's proxy as the site it shows", async () => {
    const body = await (await get('https://www-binance-com.translate.goog/en/login?_x_tr_sl=en&_x_tr_tl=fr')).json();
    expect(body).toMatchObject({ verdict: 'official', type: 'domain', normalized: { value: 'www.binance.com', path: '/en/login', redirects: ['www-binance-com.translate.goog'] } });
    expect(body.message).toMatch(/^This link goes through Google Translate's proxy at www-binance-com\.translate\.goog to www\.binance\.com\. /);
    const lookalike = await (await get('binance--login-example.translate.goog')).json();
    expect(lookalike).toMatchObject({ verdict: 'lookalike', normalized: { value: 'binance-login.example' }, matches: [{ organization: { slug: 'binance' } }] });
  });

  it('answers the full shape, with the channel, the organization advice and a message', async () => {
    const body = await (await get('https://www.binance.com/en/login')).json();
    expect(body).toMatchObject({
      type: 'domain',
      normalized: { value: 'www.binance.com', registrableDomain: 'binance.com', ip: false },
      verdict: 'official',
      organization: { slug: 'binance', name: 'Binance' },
      channel: { kind: 'domain', value: 'binance.com', normalized: 'binance.com', status: 'active' },
      message: 'This is an official Binance website.',
    });
    expect(body.advice[0]).toMatch(/never ask for your password/);
  });

  it('gives the reason and date of a revocation', async () => {
    const body = await (await get('binance.info')).json();
    expect(body.channel).toMatchObject({ status: 'revoked', reason: 'Retired domain', revokedAt: '2024-03-01T00:00:00.000Z' });
  });

  it('names the impersonated organization of a known scam', async () => {
    const body = await (await get('binance-support.xyz')).json();
    expect(body.scam).toEqual({ reason: 'Phishing site collecting logins (sample)', target: { slug: 'binance', name: 'Binance' } });
  });

  it('answers a bare handle for every platform where it is registered', async () => {
    const body = await (await get('@binance')).json();
    const platforms = body.channels.map((c: { platform: string }) => c.platform).sort();
    expect(platforms).toEqual(['facebook', 'github', 'instagram', 'tiktok', 'x', 'youtube']);
    expect(body.message).toMatch(/On any other platform, the same name is not official/);
  });

  it('says when a phone number needs a country', async () => {
    const res = await get('(415) 555-0100');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('phone_country_required');
  });

  it.each([
    ['', 'empty_input'],
    ['   ', 'empty_input'],
    ['a'.repeat(10 * 1024), 'input_too_long'],
    ['binance.com\u0000', 'invalid_characters'],
    ['\u0007bell', 'invalid_characters'],
    ['not a contact at all!', 'invalid_handle'],
  ])('refuses %j with 400 %s', async (input, code) => {
    const res = await get(input);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
  });

  it('refuses a missing q, an unknown type, platform or country', async () => {
    for (const path of ['/api/v1/check', '/api/v1/check?q=x&type=fax', '/api/v1/check?q=x&platform=myspace', '/api/v1/check?q=1&country=ZZ']) {
      const res = await ctx.app.request(path);
      expect(res.status, path).toBe(400);
      expect((await res.json()).error.code).toMatch(/^(missing_input|invalid_request)$/);
    }
  });

  it('allows any origin (CORS) so widgets on other sites can call it', async () => {
    const res = await ctx.app.request('/api/v1/check?q=binance.com', { headers: { origin: 'https://help.partner.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await ctx.app.request('/api/v1/check', {
      method: 'OPTIONS',
      headers: { origin: 'https://help.partner.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });
});

describe('POST /api/v1/check', () => {
  it('answers like GET', async () => {
    const res = await post({ input: '@binanceexchange', platform: 'telegram' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ verdict: 'official', type: 'social', normalized: { platform: 'telegram', value: 'binanceexchange' } });
  });

  it('honours type and country', async () => {
    expect((await (await post({ input: '020 7946 0000', country: 'gb' })).json()).verdict).toBe('official');
    expect((await (await post({ input: 't.me', type: 'domain' })).json()).type).toBe('domain');
  });

  it.each([
    ['not json', 'application/json', 400, 'invalid_json'],
    ['{"input": "binance.com"', 'application/json', 400, 'invalid_json'],
    ['{"input": "binance.com"}', 'text/plain', 415, 'unsupported_media_type'],
    ['input=binance.com', 'application/x-www-form-urlencoded', 415, 'unsupported_media_type'],
    ['[]', 'application/json', 400, 'invalid_request'],
    ['null', 'application/json', 400, 'invalid_request'],
    ['{}', 'application/json', 400, 'invalid_request'],
    ['{"input": 42}', 'application/json', 400, 'invalid_request'],
    ['{"input": ""}', 'application/json', 400, 'empty_input'],
    [JSON.stringify({ input: 'x'.repeat(10_240) }), 'application/json', 400, 'input_too_long'],
    [JSON.stringify({ input: 'x'.repeat(100_000) }), 'application/json', 413, 'payload_too_large'],
  ])('refuses %s (%s) with %i %s', async (body, type, status, code) => {
    const res = await post(body, '/api/v1/check', type);
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });
});

describe('POST /api/v1/check/batch', () => {
  it('answers every item in order, invalid ones in place', async () => {
    const res = await post(
      { items: [{ input: 'binance.com' }, { input: '' }, { input: 'binance-support.xyz' }, { nope: 1 }, 'junk', { input: '415 555 0100' }, { input: '@binanceexchange', platform: 'telegram' }] },
      '/api/v1/check/batch',
    );
    expect(res.status).toBe(200);
    const { results } = await res.json();
    expect(results.map((r: { verdict: string }) => r.verdict)).toEqual(['official', 'invalid', 'known_scam', 'invalid', 'invalid', 'invalid', 'official']);
    expect(results[1].error.code).toBe('empty_input');
    expect(results[3].error.code).toBe('invalid_request');
    expect(results[5].error.code).toBe('phone_country_required');
    expect(results[0].input).toBe('binance.com');
  });

  it('takes 1,000 items and refuses 1,001', async () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ input: `site-${i}.example` }));
    const ok = await post({ items: items(1000) }, '/api/v1/check/batch');
    expect(ok.status).toBe(200);
    expect((await ok.json()).results).toHaveLength(1000);
    const tooMany = await post({ items: items(1001) }, '/api/v1/check/batch');
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error).toMatchObject({ code: 'invalid_request', message: expect.stringContaining('1000') });
  });

  it('refuses bodies that are not a batch', async () => {
    for (const body of ['{}', '{"items": "binance.com"}', '{"items": []}', 'nope']) {
      const res = await post(body, '/api/v1/check/batch');
      expect(res.status, body).toBe(400);
      expect((await res.json()).error.code).toMatch(/^invalid_(request|json)$/);
    }
  });
});
