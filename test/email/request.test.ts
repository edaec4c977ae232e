/** @module The email route's requests: both body types, the 5 MB limit before parsing, every 4xx, keys, limits and usage, the work caps, and no message in logs or storage. */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../src/core/email/index.ts';
import { createApiKey } from '../../src/db/api-keys.ts';
import { storedInputsOf, usageOf } from '../../src/db/usage.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ usage: { storeInputs: true } });
});
afterAll(() => ctx.close());

const PATH = '/api/v1/check/email';
const corpus = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(new URL(`./corpus/${name}`, import.meta.url)));
const postAs = (type: string | null, body: BodyInit, headers: Record<string, string> = {}, query = '') =>
  ctx.app.request(`${PATH}${query}`, { method: 'POST', headers: { ...(type ? { 'content-type': type } : {}), ...headers }, body });
const postJson = (body: unknown, headers: Record<string, string> = {}) => postAs('application/json', typeof body === 'string' ? body : JSON.stringify(body), headers);

async function expectError(res: Response, status: number, code: string): Promise<string> {
  expect(res.status).toBe(status);
  const body = await res.json();
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  return body.error.message;
}

/** A message of about `bytes` bytes: valid headers, then a long body. */
const messageOf = (bytes: number): string => `From: a@shop.example\r\nSubject: big\r\n\r\n${'x'.repeat(bytes)}`;

describe('bodies', () => {
  it('answers the same for message/rfc822 bytes and JSON {"raw"}', async () => {
    const raw = corpus('dmarc-fail.eml');
    const asBytes = await (await postAs('message/rfc822', raw)).json();
    const asJson = await (await postJson({ raw: new TextDecoder().decode(raw) })).json();
    expect(asJson.verdict).toBe('not_official');
    expect({ ...asJson, checkedAt: null }).toEqual({ ...asBytes, checkedAt: null });
  });

  it('refuses a message over 5 MB with a 413, as bytes or in JSON', async () => {
    expect(await expectError(await postAs('message/rfc822', messageOf(MAX_MESSAGE_BYTES)), 413, 'payload_too_large')).toBe('The message is larger than 5 MB.');
    // The JSON body may be a little larger than the message (escaping); the message in it may not.
    await expectError(await postJson({ raw: messageOf(MAX_MESSAGE_BYTES) }), 413, 'payload_too_large');
    await expectError(await postJson({ raw: messageOf(MAX_MESSAGE_BYTES + 2 * 1024 * 1024) }), 413, 'payload_too_large');
    // Just under the limit is read.
    expect((await postAs('message/rfc822', messageOf(MAX_MESSAGE_BYTES - 100))).status).toBe(200);
  });

  it('refuses by the declared length before reading the body', async () => {
    const res = await postAs('message/rfc822', 'From: a@b.example\r\n\r\nsmall', { 'content-length': String(MAX_MESSAGE_BYTES + 1) });
    await expectError(res, 413, 'payload_too_large');
  });

  it('refuses other content types with a 415', async () => {
    await expectError(await postAs('text/plain', 'From: a@b.example\r\n\r\nhi'), 415, 'unsupported_media_type');
    await expectError(await postAs(null, 'From: a@b.example\r\n\r\nhi'), 415, 'unsupported_media_type');
  });

  it('answers every bad request with a JSON 400 and its code', async () => {
    await expectError(await postJson('{"raw": '), 400, 'invalid_json');
    expect(await expectError(await postJson({ message: 'x' }), 400, 'invalid_request')).toMatch(/^raw: /);
    await expectError(await postJson({ raw: 42 }), 400, 'invalid_request');
    expect(await expectError(await postJson({ raw: new TextDecoder().decode(corpus('official-aligned.eml')), country: 'ZZ' }), 400, 'invalid_request')).toMatch(/^country: /);
    expect(await expectError(await postAs('message/rfc822', corpus('official-aligned.eml'), {}, '?country=Narnia'), 400, 'invalid_request')).toMatch(/^country: /);
    await expectError(await postJson({ raw: '' }), 400, 'empty_message');
    await expectError(await postJson({ raw: '   \r\n ' }), 400, 'empty_message');
    await expectError(await postAs('message/rfc822', new Uint8Array()), 400, 'empty_message');
    expect(await expectError(await postAs('message/rfc822', corpus('not-an-email.txt')), 400, 'not_an_email')).toContain('Show original');
    await expectError(await postAs('message/rfc822', 'From: a@b.example\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n' + '--x\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n'.repeat(80)), 400, 'unreadable_message');
  });

  it('answers binary garbage without a 5xx', async () => {
    const bytes = new Uint8Array(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    expect((await postAs('message/rfc822', bytes)).status).toBeLessThan(500);
  });
});

describe('keys, limits and usage, as for /api/v1/check', () => {
  it('works without a key, and with one under its limit, counting one lookup per message by its verdict', async () => {
    expect((await postAs('message/rfc822', corpus('official-aligned.eml'))).status).toBe(200);
    const { record, key } = await createApiKey(ctx.handle.db, 'email usage', 50);
    const res = await postAs('message/rfc822', corpus('official-aligned.eml'), { authorization: `Bearer ${key}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-policy')).toBe('"key";q=50;w=60');
    await postAs('message/rfc822', corpus('windows-1251-base64.eml'), { 'x-api-key': key });
    await postAs('message/rfc822', corpus('not-an-email.txt'), { 'x-api-key': key });
    await ctx.usage.flush();
    const day = new Date().toISOString().slice(0, 10);
    expect(await usageOf(ctx.handle.db, record.id)).toEqual([{ day, counts: { official: 1, known_scam: 1, invalid: 1 } }]);
    // Even with STORE_LOOKUP_INPUTS on, the message itself is never stored.
    const stored = await storedInputsOf(ctx.handle.db, record.id);
    expect(stored.map((s) => s.input)).toEqual(['(email message, not stored)', '(email message, not stored)', '(email message, not stored)']);
  });

  it('refuses an unknown key with a 401, and past a key\'s limit answers 429', async () => {
    await expectError(await postAs('message/rfc822', corpus('dmarc-fail.eml'), { 'x-api-key': 'vk_unknown' }), 401, 'unauthorized');
    const { key } = await createApiKey(ctx.handle.db, 'one a minute', 1);
    expect((await postAs('message/rfc822', corpus('dmarc-fail.eml'), { 'x-api-key': key })).status).toBe(200);
    await expectError(await postAs('message/rfc822', corpus('dmarc-fail.eml'), { 'x-api-key': key }), 429, 'rate_limited');
  });
});

describe('limits on the work per message', () => {
  it('checks at most 100 distinct links, 20 numbers and 20 handles, and says how many were found', async () => {
    const links = Array.from({ length: 130 }, (_, i) => `https://site${i}.example/`).join(' ');
    const phones = Array.from({ length: 25 }, (_, i) => `+44 20 7946 ${String(1000 + i)}`).join(', ');
    const handles = Array.from({ length: 22 }, (_, i) => `@name${i}`).join(' ');
    const answer = await (await postJson({ raw: `From: a@shop.example\r\nSubject: many\r\n\r\n${links}\r\n${phones}\r\n${handles}\r\n` })).json();
    expect(answer.links).toHaveLength(100);
    expect(answer.phones).toHaveLength(20);
    expect(answer.handles).toHaveLength(20);
    expect(answer.limits).toEqual({
      links: { found: 130, checked: 100, max: 100 },
      phones: { found: 25, checked: 20, max: 20 },
      handles: { found: 22, checked: 20, max: 20 },
      textTruncated: false,
    });
    expect(answer.findings.find((f: any) => f.code === 'limits_reached')).toEqual({
      code: 'limits_reached',
      severity: 'info',
      explanation: 'Only the first 100 of 130 links, the first 20 of 25 phone numbers, the first 20 of 22 handles were checked.',
    });
  });

  it('reads the first 64 KB of each body\'s text, and says so', async () => {
    const raw = `From: a@shop.example\r\nSubject: long\r\n\r\n${'word '.repeat(20_000)} binance-support.xyz\r\n`;
    const answer = await (await postJson({ raw })).json();
    expect(answer.limits.textTruncated).toBe(true);
    expect(answer.links).toEqual([]);
    expect(answer.findings.at(-1)).toMatchObject({ code: 'limits_reached', explanation: 'Only the first 64 KB of each body\'s text were read.' });
  });
});

describe('privacy', () => {
  let output: string[];
  beforeEach(() => {
    output = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void output.push(args.map(String).join(' ')));
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes nothing about a message to the console, whatever its content', async () => {
    for (const name of ['official-aligned.eml', 'header-injection.eml', 'malformed-mime.eml', 'not-an-email.txt', 'windows-1251-base64.eml']) {
      await postAs('message/rfc822', corpus(name));
    }
    expect(output).toEqual([]);
  });
});
