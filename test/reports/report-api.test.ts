/** @module POST /api/v1/reports through the real app: the receipt, what is stored (and what is not), repeats, official channels, bad input and the per-address limit. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listReports, MAX_NOTES_PER_REPORT } from '../../src/db/reports.ts';
import { PRIVACY_STATEMENT } from '../../src/routes/report-spec.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(() => ctx.close());

async function report(body: unknown, headers: Record<string, string> = {}, app = ctx.app) {
  const res = await app.request('/api/v1/reports', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

const stored = async () => (await listReports(ctx.handle.db, { status: 'received', limit: 100 })).items;

describe('POST /api/v1/reports', () => {
  it('answers 201 with the id, the canonical channel and the privacy statement, and stores nothing else', async () => {
    const input = 'https://Binance-Verify-Login.com/secure?email=victim@example.org';
    const answer = await report({ input, note: '  Sent by SMS.  ', contact: 'reporter@example.org', ignored: 'not stored' });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ id: expect.any(Number), status: 'received', channel: { kind: 'domain', value: 'binance-verify-login.com' }, privacy: PRIVACY_STATEMENT });
    const [row] = await stored();
    expect(row).toMatchObject({ id: answer.body.id, kind: 'domain', value: 'binance-verify-login.com', count: 1, suggestedTarget: 'binance' });
    expect(row!.notes).toEqual([{ at: expect.any(String), note: 'Sent by SMS.', contact: 'reporter@example.org' }]);
    // Neither the text as sent (with someone's address in it), nor the client's address, nor unknown fields reach the database.
    const everything = JSON.stringify(await ctx.handle.client.execute('SELECT * FROM reports').then((r) => r.rows));
    for (const absent of ['victim@example.org', 'secure', 'not stored', 'test']) expect(everything).not.toContain(absent);
  });

  it('adds repeated reports of a channel to its open report, in any form it is written', async () => {
    const first = await report({ input: 'https://t.me/s/Binance_Helpdesk', note: 'Asked for my seed phrase' });
    const again = await report({ input: '@binance_helpdesk', platform: 'telegram' });
    const third = await report({ input: 'tg://resolve?domain=BINANCE_HELPDESK', contact: 'me@example.org' });
    expect([first.status, again.status, third.status]).toEqual([201, 201, 201]);
    expect(new Set([first.body.id, again.body.id, third.body.id]).size).toBe(1);
    const [row, ...others] = await stored();
    expect(others).toEqual([]);
    expect(row).toMatchObject({ kind: 'social', platform: 'telegram', value: 'binance_helpdesk', count: 3, suggestedTarget: 'binance' });
    expect(row!.notes.map((n) => n.note ?? n.contact)).toEqual(['Asked for my seed phrase', 'me@example.org']);
    expect(row!.lastReportedAt >= row!.firstReportedAt).toBe(true);
  });

  it(`keeps at most ${MAX_NOTES_PER_REPORT} notes per report, and still counts every report`, async () => {
    for (let i = 0; i < MAX_NOTES_PER_REPORT + 5; i++) await report({ input: 'okx-airdrop-claim.com', note: `note ${i}` });
    const [row] = await stored();
    expect(row!.count).toBe(MAX_NOTES_PER_REPORT + 5);
    expect(row!.notes).toHaveLength(MAX_NOTES_PER_REPORT);
    expect(row!.notes.at(-1)!.note).toBe(`note ${MAX_NOTES_PER_REPORT - 1}`);
  });

  it('refuses official channels with 422, subdomains and registered senders included, and stores nothing for them', async () => {
    for (const body of [{ input: 'binance.com' }, { input: 'https://accounts.binance.com/login' }, { input: '@binanceexchange', platform: 'telegram' }, { input: 'support@binance.com' }]) {
      const answer = await report(body);
      expect(answer.status, body.input).toBe(422);
      expect(answer.body.error).toEqual({ code: 'official_channel', message: expect.stringContaining('official channel of Binance') });
    }
    expect(await stored()).toEqual([]);
  });

  it('accepts revoked channels and known scams, naming their organization as the suggested target', async () => {
    expect((await report({ input: 'binance.info' })).status).toBe(201);
    expect((await report({ input: '+1 415 555 0199' })).status).toBe(201);
    expect((await stored()).map((r) => [r.value, r.suggestedTarget])).toEqual([['binance.info', 'binance'], ['+14155550199', 'binance']]);
  });

  it('suggests no target when the verdict names no organization', async () => {
    expect((await report({ input: 'my-local-bakery.example' })).status).toBe(201);
    expect((await stored())[0]!.suggestedTarget).toBeNull();
  });

  it.each([
    [{ input: '' }, 400, 'empty_input'],
    [{ input: 'x'.repeat(2049) + '.com' }, 400, 'input_too_long'],
    [{ input: 'a\u0000b.com' }, 400, 'invalid_characters'],
    [{ input: '@someone' }, 400, 'platform_required'],
    [{ input: '(415) 555-0100' }, 400, 'phone_country_required'],
    [{ input: 'http://10.0.0.1/' }, 400, 'invalid_domain'],
    [{ input: 'https://x.com/home' }, 400, 'not_a_profile'],
    [{}, 400, 'invalid_request'],
    [{ input: 42 }, 400, 'invalid_request'],
    [{ input: 'a.example', platform: 'myspace' }, 400, 'invalid_request'],
    [{ input: 'a.example', note: 'n'.repeat(1001) }, 400, 'invalid_request'],
    [{ input: 'a.example', contact: 'c'.repeat(201) }, 400, 'invalid_request'],
    [{ input: 'a.example', note: 'ring \u001b[31mred' }, 400, 'invalid_request'],
    [{ input: 'a.example', contact: 'two\nlines' }, 400, 'invalid_request'],
    [{ input: 'a.example', note: 12 }, 400, 'invalid_request'],
    ['{"input": ', 400, 'invalid_json'],
    ['[]', 400, 'invalid_request'],
  ])('answers %j with %i %s', async (body, status, code) => {
    const answer = await report(body);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toEqual({ code, message: expect.any(String) });
    expect(await stored()).toEqual([]);
  });

  it('keeps a note of 1,000 characters with its lines, and takes empty texts as not given', async () => {
    const note = `${'n'.repeat(990)}\nline two`;
    expect((await report({ input: 'a.example', note, contact: '   ' })).status).toBe(201);
    expect((await report({ input: 'a.example', note: '', contact: '' })).status).toBe(201);
    const [row] = await stored();
    expect(row!.notes).toEqual([{ at: expect.any(String), note: note.slice(0, 1000) }]);
  });

  it('refuses other body types (415) and bodies over 16 KB (413)', async () => {
    const asText = await ctx.app.request('/api/v1/reports', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"input":"a.example"}' });
    expect(asText.status).toBe(415);
    expect((await asText.json()).error.code).toBe('unsupported_media_type');
    const big = await report({ input: 'a.example', note: 'n'.repeat(17 * 1024) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
    expect((await ctx.app.request('/api/v1/reports')).status).toBe(404);
  });

  it('answers CORS preflights for widgets on other sites', async () => {
    const res = await ctx.app.request('/api/v1/reports', { method: 'OPTIONS', headers: { origin: 'https://wallet.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    const posted = await report({ input: 'a.example' }, { origin: 'https://wallet.example' });
    expect(posted.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('the per-address report limit', () => {
  it('allows REPORT_RATE_LIMIT reports an hour per address, then answers 429 with Retry-After, apart from the lookup limit', async () => {
    const limited = await createTestContext({ registry: null, deps: { reportRateLimit: 2, publicRateLimit: 1_000_000 } });
    try {
      const from = (address: string) => ({ 'x-test-client': address });
      expect((await report({ input: 'a.example' }, from('198.51.100.7'), limited.app)).status).toBe(201);
      expect((await report({ input: 'b.example' }, from('198.51.100.7'), limited.app)).status).toBe(201);
      const refused = await report({ input: 'c.example' }, from('198.51.100.7'), limited.app);
      expect(refused.status).toBe(429);
      expect(refused.body.error).toEqual({ code: 'rate_limited', message: expect.stringContaining('at most 2 an hour') });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
      expect((await report({ input: 'c.example' }, from('203.0.113.9'), limited.app)).status).toBe(201);
      const lookup = await limited.app.request('/api/v1/check?q=a.example', { headers: from('198.51.100.7') });
      expect(lookup.status).toBe(200);
    } finally {
      limited.close();
    }
  });
});
