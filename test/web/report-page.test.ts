/** @module "Report this contact" through the real app without a script: the form on each result, the report posted and confirmed, refusals as pages, same-site posts only, the shared limit. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReports } from '../../src/db/reports.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { VERDICT_INPUTS } from '../support/sample-inputs.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** What a browser sends with a form posted from our own page. */
const SAME_SITE = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' };

const report = (fields: Record<string, string>, { path = '/report?lang=en', headers = SAME_SITE as Record<string, string>, app = ctx.app } = {}) =>
  app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers });

const checkPage = async (fields: Record<string, string>) =>
  (await ctx.app.request('/?lang=en', { method: 'POST', body: new URLSearchParams(fields), headers: SAME_SITE })).text();

const stored = async () => (await listReports(ctx.handle.db, { status: 'received', limit: 100 })).items;

describe('the report form on a result', () => {
  it.each(['revoked', 'known_scam', 'lookalike', 'not_official'] as const)('is offered on %s, with the input and the plain privacy statement', async (verdict) => {
    const html = await checkPage({ q: VERDICT_INPUTS[verdict] });
    expect(html).toContain('<summary>Report this contact</summary>');
    expect(html).toContain('action="/report?lang=en"');
    expect(html).toContain(`<input type="hidden" name="q" value="${VERDICT_INPUTS[verdict]}"/>`);
    expect(html).toContain('<label for="report-note">What happened? (optional)</label>');
    expect(html).toContain('We store only the contact you report, and your note and contact address if you give them. We never store your IP address.');
  });

  it.each(['official', 'invalid'] as const)('is never offered on %s', async (verdict) => {
    const html = await checkPage({ q: VERDICT_INPUTS[verdict] });
    expect(html).toContain(`data-verdict="${verdict}"`);
    expect(html).not.toContain('data-report-form');
    expect(html).not.toContain('Report this contact');
  });

  it('carries the platform a bare handle was checked on, and asks for one when it was checked on every platform', async () => {
    const onTelegram = await checkPage({ q: '@binance_helpdesk', platform: 'telegram' });
    expect(onTelegram).toContain('<input type="hidden" name="platform" value="telegram"/>');
    expect(onTelegram).not.toContain('id="report-platform"');
    const anywhere = await checkPage({ q: '@some_stranger', platform: '' });
    expect(anywhere).toContain('<select id="report-platform" name="platform" required="">');
  });

  it('escapes the input it carries', async () => {
    const html = await checkPage({ q: '"><b>x</b>.example.com' });
    expect(html).not.toContain('"><b>x</b>');
  });
});

describe('POST /report without JavaScript', () => {
  it('stores the report as the API does and answers a confirmation page with the channel, its number and what is stored', async () => {
    const res = await report({ q: 'bіnance.com', platform: '', note: 'A link in an SMS.', contact: 'me@example.org' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'nonce-");
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    const [received] = (await stored()).filter((r) => r.value === 'xn--bnance-pvf.com');
    expect(received).toMatchObject({ kind: 'domain', suggestedTarget: 'binance', notes: [{ note: 'A link in an SMS.', contact: 'me@example.org' }] });
    expect(html).toContain('<h1>Report received</h1>');
    expect(html).toContain(`data-report-id="${received!.id}"`);
    expect(html).toContain('Website: <bdi class="value" dir="ltr">xn--bnance-pvf.com</bdi>');
    expect(html).toContain('We never store your IP address.');
    expect(html).toContain(`href="/?lang=en&amp;q=b%D1%96nance.com">Back to the result</a>`);
  });

  it('confirms in the reader\'s language, and adds a repeat to the open report', async () => {
    const res = await report({ q: 'https://t.me/binance_helpdesk' }, { path: '/report?lang=es' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain('<h1>Denuncia recibida</h1>');
    expect(html).toContain('Cuenta de Telegram');
    const arabic = await report({ q: '@binance_helpdesk', platform: 'telegram' }, { path: '/report?lang=ar' });
    expect(await arabic.text()).toContain('<h1>تم استلام البلاغ</h1>');
    const [helpdesk] = (await stored()).filter((r) => r.value === 'binance_helpdesk');
    expect(helpdesk!.count).toBe(2);
    // Nothing given, nothing kept: no note, and never the address the form came from.
    expect(helpdesk!.notes).toEqual([]);
  });

  it('refuses an official contact with a 422 page that leads back to the result, and stores nothing', async () => {
    const before = (await stored()).length;
    const res = await report({ q: 'binance.com', note: 'hm' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('This is an official channel, so it cannot be reported as a scam.');
    expect(html).toContain('href="/?lang=en&amp;q=binance.com">Back to the check</a>');
    expect((await stored()).length).toBe(before);
  });

  it.each([
    ['a bare handle without its platform', { q: '@some_stranger', platform: '' }, 'Choose the platform this account is on'],
    ['a note over 1,000 characters', { q: 'bіnance.com', note: 'x'.repeat(1001) }, 'The note or contact address is too long'],
    ['a control character in the contact', { q: 'bіnance.com', contact: 'a\u0007b' }, 'contains characters that cannot be stored'],
    ['an empty input', { q: '' }, 'Enter a link, email address, phone number or handle.'],
    ['an unknown platform', { q: 'bіnance.com', platform: 'myspace' }, 'This request could not be understood.'],
    ['a bare IP address', { q: 'http://203.0.113.7/login' }, 'This is not a valid domain name.'],
  ])('answers 400 with a friendly page to %s', async (_label, fields, message) => {
    const res = await report(fields);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain(message);
  });

  it('answers a body over 16 KB with 413 as a page', async () => {
    const res = await report({ q: 'bіnance.com', note: 'x'.repeat(17 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('<h1>Something is wrong</h1>');
  });
});

describe('POST /report from elsewhere', () => {
  it('accepts our own origin, and refuses other sites and posts that say nothing, with a 403 page', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await report({ q: 'bіnance.com' }, { headers: { ...form, origin: 'http://localhost' } })).status).toBe(200);
    const before = (await stored()).length;
    for (const headers of [
      { ...form, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { ...form, 'sec-fetch-site': 'same-site' },
      form,
    ]) {
      const res = await report({ q: 'bіnance.com' }, { headers });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain('This report was not sent from the form on this site.');
    }
    expect((await stored()).length).toBe(before);
  });
});

describe('the report limit', () => {
  it('is the API\'s own hourly budget, shared by the page, and answered with a 429 page', async () => {
    const limited = await createTestContext({ deps: { reportRateLimit: 2 } });
    try {
      const client = { 'x-test-client': '198.51.100.4' };
      const api = await limited.app.request('/api/v1/reports', { method: 'POST', body: JSON.stringify({ input: 'bіnance.com' }), headers: { ...client, 'content-type': 'application/json' } });
      expect(api.status).toBe(201);
      expect((await report({ q: 'bіnance.com' }, { app: limited.app, headers: { ...SAME_SITE, ...client } })).status).toBe(200);
      const refused = await report({ q: 'bіnance.com' }, { app: limited.app, path: '/report?lang=tr', headers: { ...SAME_SITE, ...client } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.text()).toMatch(/Bağlantınızdan çok fazla bildirim geldi\. \d+ saniye sonra tekrar deneyin\./);
      // Lookups keep their own budget.
      expect((await limited.app.request('/?q=binance.com', { headers: client })).status).toBe(200);
    } finally {
      limited.close();
    }
  });
});
