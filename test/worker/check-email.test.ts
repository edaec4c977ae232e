/** @module The email check inside workerd: postal-mime, htmlparser2 and linkifyjs run in the Worker, non-UTF-8 charsets included. */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedSampleRegistry } from './seed.ts';
import { testEnv, worker } from './worker-env.ts';

// Storage is isolated per test file: this file seeds its own D1 before the Worker's first request.
beforeAll(async () => {
  await seedSampleRegistry(testEnv.DB, testEnv.REGISTRY_SIGNING_KEY!);
});

const base64 = (bytes: number[]): string => btoa(String.fromCharCode(...bytes));
/** "Служба Binance" in Windows-1251, for the display name: workerd must decode it like Node does. */
const CP1251_NAME = base64([0xd1, 0xeb, 0xf3, 0xe6, 0xe1, 0xe0, 0x20, 0x42, 0x69, 0x6e, 0x61, 0x6e, 0x63, 0x65]);

const MESSAGE = [
  'Authentication-Results: mx.google.com; dkim=none; spf=pass smtp.mailfrom=notice@mailer.example; dmarc=none header.from=mailer.example',
  'Authentication-Results: binance.com; dmarc=pass header.from=binance.com',
  `From: =?windows-1251?B?${CP1251_NAME}?= <notice@mailer.example>`,
  'Subject: =?utf-8?Q?Confirm_your_login?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b"',
  '',
  '--b',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Support on Telegram: @binance_support_desk',
  '--b',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<p>Sign in at <a href=3D"https://evil.example/login">https://www.binance.com</a></p>',
  '--b--',
  '',
].join('\r\n');

describe('POST /api/v1/check/email on the Worker', () => {
  it('answers a raw message with its findings and summary verdict', async () => {
    const res = await worker.fetch('https://verify.test/api/v1/check/email', { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: MESSAGE });
    expect(res.status).toBe(200);
    const answer: any = await res.json();
    expect(answer).toMatchObject({ verdict: 'known_scam', organization: { slug: 'binance' }, reasons: ['handle_known_scam'], registry: { version: 1 } });
    expect(answer.findings.map((f: any) => f.code)).toEqual([
      'handle_known_scam', 'display_name_claim', 'link_text_mismatch', 'authentication_results_ignored', 'sender_not_official', 'dmarc_not_pass',
    ]);
    expect(answer.sender.displayName).toBe('Служба Binance');
    expect(answer.email.subject).toBe('Confirm your login');
    expect(answer.links).toEqual([expect.objectContaining({ input: 'https://evil.example/login', text: 'https://www.binance.com', source: 'html' })]);
  });

  it('refuses a message over 5 MB with a JSON 413', async () => {
    const res = await worker.fetch('https://verify.test/api/v1/check/email', { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: 'x'.repeat(5 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'payload_too_large', message: 'The message is larger than 5 MB.' } });
  });
});
