/** @module The email check end to end: each message of the corpus (test/email/corpus, written for these tests) posted to the real app, its answer asserted finding by finding. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

interface Json {
  [key: string]: any;
}

const corpus = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(new URL(`./corpus/${name}`, import.meta.url)));

/** Posts a message as an .eml upload would: its bytes, unchanged, as message/rfc822. */
async function checkMessage(name: string): Promise<Json> {
  const res = await ctx.app.request('/api/v1/check/email', { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: corpus(name) });
  expect(res.status, name).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return res.json();
}

/** `code severity subject` per finding, in the answer's order: the deciding reasons first, then by severity. */
const findingsOf = (answer: Json): string[] => answer.findings.map((f: Json) => [f.code, f.severity, f.subject].filter(Boolean).join(' '));

const BINANCE = { slug: 'binance', name: 'Binance' };

describe('sender and authentication', () => {
  it('an official sender whose DMARC and aligned DKIM passed is official', async () => {
    const answer = await checkMessage('official-aligned.eml');
    expect(answer).toMatchObject({ verdict: 'official', organization: BINANCE, reasons: ['sender_official', 'dmarc_pass', 'dkim_aligned_pass'] });
    expect(answer.message).toBe('This email is from Binance: do-not-reply@binance.com is its registered sender, and your mail provider verified it.');
    expect(findingsOf(answer)).toEqual(['sender_official ok do-not-reply@binance.com', 'dmarc_pass ok binance.com', 'dkim_aligned_pass ok binance.com']);
    expect(answer.authentication).toEqual({
      headers: 1,
      ignored: 0,
      ignoredClaimPass: false,
      fromDomainVerified: true,
      trusted: {
        authservId: 'mx.google.com',
        spf: { result: 'pass', domain: 'post.binance.com', aligned: true },
        dkim: [{ result: 'pass', domain: 'binance.com', aligned: true, selector: 's1' }],
        dmarc: { result: 'pass', domain: 'binance.com', aligned: true },
      },
    });
    expect(answer.sender).toMatchObject({ displayName: 'Binance', returnPath: 'bounce@post.binance.com', replyTo: [], from: { input: 'do-not-reply@binance.com', verdict: 'official', organization: BINANCE } });
    // The HTML part is quoted-printable; its anchors and the text part's written link, each once.
    expect(answer.links.map((l: Json) => [l.input, l.verdict, l.source, l.text])).toEqual([
      ['https://www.binance.com/en/my/security', 'official', 'html', 'secure your account'],
      ['https://www.binance.com/en/support', 'official', 'html', 'https://www.binance.com/en/support'],
      ['https://t.me/binanceexchange', 'official', 'html', 't.me/binanceexchange'],
    ]);
    expect(answer.advice).toContain('Binance staff will never ask for your password, 2FA codes or seed phrase.');
    expect(answer.email).toEqual({ subject: '[Binance] New device login', date: '2026-11-24T17:12:01.000Z' });
    expect(answer.registry).toEqual({ version: 1, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('a display name claiming an organization over an address that is not its own is a lookalike', async () => {
    const answer = await checkMessage('spoofed-display-name.eml');
    expect(answer).toMatchObject({ verdict: 'lookalike', organization: BINANCE, reasons: ['display_name_claim'] });
    expect(findingsOf(answer)).toEqual([
      'display_name_claim danger Binance Security',
      'sender_not_official info alerts@secure-mailer.example',
      'dmarc_pass info secure-mailer.example',
    ]);
    expect(answer.findings[0].explanation).toBe('The sender name "Binance Security" claims to be Binance, but alerts@secure-mailer.example is not one of Binance\'s addresses.');
    // A DMARC pass proves who sent it, not that the sender is official.
    expect(answer.findings[2].explanation).toContain('which is not an official sender in this registry');
  });

  it("a sender name that is only a common-word brand's name is a warning, not a danger", async () => {
    // Kraken is a common word: named alone (no lure beside it), the claim is a likeness, not a certainty.
    const message = ['From: "Kraken" <alerts@secure-mailer.example>', 'To: you@example.com', 'Subject: Account notice', 'Content-Type: text/plain', '', 'Hello.', ''].join('\r\n');
    const res = await ctx.app.request('/api/v1/check/email', { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: message });
    const answer: Json = await res.json();
    expect(answer).toMatchObject({ verdict: 'lookalike', organization: { slug: 'kraken' }, reasons: ['display_name_claim'] });
    expect(findingsOf(answer)[0]).toBe('display_name_claim warning Kraken');
  });

  it('a lookalike sender domain is a lookalike, with the lookalike explanation', async () => {
    const answer = await checkMessage('lookalike-sender.eml');
    expect(answer).toMatchObject({ verdict: 'lookalike', organization: BINANCE, reasons: ['sender_lookalike'] });
    expect(findingsOf(answer)).toEqual(['sender_lookalike danger security@binnance.com', 'dmarc_pass info binnance.com']);
    expect(answer.findings[0].explanation).toBe('The sender address security@binnance.com is not official. Imitates Binance\'s sender @binance.com: "binnance" is one typo away from "binance": "n" doubled.');
    expect(answer.sender.from).toMatchObject({ verdict: 'lookalike', matches: [{ organization: BINANCE, reasons: ['typo'] }] });
  });

  it('DMARC fail for an official sender domain: not official, the failure first', async () => {
    const answer = await checkMessage('dmarc-fail.eml');
    expect(answer).toMatchObject({ verdict: 'not_official', organization: BINANCE, reasons: ['dmarc_fail'] });
    expect(findingsOf(answer)).toEqual(['dmarc_fail danger binance.com', 'spf_fail warning binance.com', 'sender_official ok security@binance.com']);
    expect(answer.message).toMatch(/^This email is not verified as coming from Binance\. Your mail provider \(mx\.google\.com\) checked DMARC for binance\.com and it failed/);
    expect(answer.authentication.trusted.dmarc).toEqual({ result: 'fail', domain: 'binance.com', aligned: true });
  });

  it('trusts only the topmost Authentication-Results header and says the lower ones can be forged', async () => {
    const answer = await checkMessage('forged-lower-authentication-results.eml');
    expect(answer).toMatchObject({ verdict: 'not_official', organization: BINANCE, reasons: ['dmarc_fail', 'dkim_fail'] });
    expect(findingsOf(answer)).toEqual([
      'dmarc_fail danger binance.com',
      'dkim_fail warning binance.com',
      'authentication_results_ignored warning',
      'spf_fail warning binance.com',
      'sender_official ok security@binance.com',
    ]);
    const ignored = answer.findings[2];
    expect(ignored.explanation).toContain('2 lower Authentication-Results headers were ignored');
    expect(ignored.explanation).toContain('a sender can forge them');
    expect(ignored.explanation).toContain('claims a DMARC or DKIM pass that your provider did not find');
    expect(answer.authentication).toMatchObject({ headers: 3, ignored: 2, ignoredClaimPass: true, fromDomainVerified: false, trusted: { authservId: 'mx.google.com' } });
  });

  it('says plainly when there is no Authentication-Results header: an official From alone is not official', async () => {
    const answer = await checkMessage('no-authentication-results.eml');
    expect(answer).toMatchObject({ verdict: 'not_official', organization: BINANCE, reasons: ['authentication_missing'] });
    expect(findingsOf(answer)).toEqual(['authentication_missing warning', 'sender_official ok security@binance.com']);
    expect(answer.findings[0].explanation).toMatch(/^The message has no Authentication-Results header: there is no record from your mail provider/);
    expect(answer.authentication).toEqual({ headers: 0, trusted: null, ignored: 0, ignoredClaimPass: false, fromDomainVerified: false });
  });
});

describe('other senders', () => {
  it('a Reply-To on another domain is a mismatch', async () => {
    const answer = await checkMessage('reply-to-mismatch.eml');
    expect(answer).toMatchObject({ verdict: 'not_official', reasons: ['reply_to_mismatch', 'sender_not_official'] });
    expect(answer.organization).toBeUndefined();
    expect(findingsOf(answer)).toEqual(['reply_to_mismatch warning refunds.desk@mailbox.example', 'sender_not_official info orders@shop.example', 'dmarc_pass info shop.example']);
    expect(answer.findings[0].explanation).toBe('Replies would go to refunds.desk@mailbox.example, not to shop.example: answering reaches someone other than the sender shown.');
    expect(answer.sender.replyTo).toEqual([expect.objectContaining({ input: 'refunds.desk@mailbox.example', verdict: 'not_official' })]);
  });

  it('a lookalike Reply-To makes even a verified official message a lookalike', async () => {
    const answer = await checkMessage('reply-to-lookalike.eml');
    expect(answer).toMatchObject({ verdict: 'lookalike', organization: BINANCE, reasons: ['reply_to_lookalike'] });
    expect(findingsOf(answer)).toEqual([
      'reply_to_lookalike danger binance.support.desk@gmail.com',
      'sender_official ok support@binance.com',
      'dmarc_pass ok binance.com',
      'dkim_aligned_pass ok binance.com',
    ]);
    expect(answer.findings[0].explanation).toContain('before @gmail.com, a free email provider');
  });
});

describe('links, numbers and handles in the bodies', () => {
  it('a link whose text shows an official address while it opens another is a lookalike', async () => {
    const answer = await checkMessage('link-text-mismatch.eml');
    expect(answer).toMatchObject({ verdict: 'lookalike', organization: BINANCE, reasons: ['link_text_mismatch'] });
    expect(findingsOf(answer)).toEqual([
      'link_text_mismatch danger https://evil.example/login',
      'sender_not_official info info@news.example',
      'dmarc_not_pass info news.example',
    ]);
    expect(answer.findings[0].explanation).toBe('A link shows "https://www.binance.com", Binance\'s www.binance.com, but opens evil.example.');
    // The image link shows no address: listed, with no mismatch.
    expect(answer.links.map((l: Json) => [l.input, l.verdict, l.text])).toEqual([
      ['https://evil.example/login', 'not_official', 'https://www.binance.com'],
      ['https://evil.example/help', 'not_official', undefined],
    ]);
  });

  it('Windows-1251 in base64: the Cyrillic name and subject decode, the scam link and handle are found', async () => {
    const answer = await checkMessage('windows-1251-base64.eml');
    expect(answer).toMatchObject({ verdict: 'known_scam', organization: BINANCE, reasons: ['link_known_scam', 'handle_known_scam'] });
    expect(findingsOf(answer)).toEqual([
      'link_known_scam danger https://binance-support.xyz/login',
      'handle_known_scam danger @binance_support_desk',
      'display_name_claim danger Служба Binance',
      'sender_not_official info notice@mailer.example',
      'dmarc_not_pass info mailer.example',
    ]);
    expect(answer.email.subject).toBe('Подтвердите вход');
    expect(answer.sender.displayName).toBe('Служба Binance');
    // "Telegram: @binance_support_desk" is read as a Telegram handle.
    expect(answer.handles).toEqual([expect.objectContaining({ input: '@binance_support_desk', type: 'social', verdict: 'known_scam', normalized: { platform: 'telegram', value: 'binance_support_desk' }, source: 'text' })]);
    expect(answer.authentication.trusted.authservId).toBe('mx.yandex.ru');
  });

  it('Shift_JIS in quoted-printable: the Japanese subject decodes, the lookalike link and the official number are found', async () => {
    const answer = await checkMessage('shift-jis-qp.eml');
    expect(answer).toMatchObject({ verdict: 'lookalike', organization: { slug: 'okx', name: 'OKX' }, reasons: ['link_lookalike'] });
    expect(findingsOf(answer)).toEqual(['link_lookalike danger https://okx-verify.com/jp', 'sender_not_official info support@notice.example', 'dmarc_not_pass info notice.example']);
    expect(answer.email.subject).toBe('アカウント確認');
    expect(answer.sender.displayName).toBe('OKXサポート');
    expect(answer.phones).toEqual([expect.objectContaining({ input: '+1 212 555 0142', verdict: 'official', organization: { slug: 'okx', name: 'OKX' } })]);
  });

  it('ISO-8859-1 sent as 8-bit bytes: encoded-word headers decode, and an official sender with its own links is official', async () => {
    const answer = await checkMessage('iso-8859-1-8bit.eml');
    const bank = { slug: 'example-bank', name: 'Example Bank (fictional)' };
    expect(answer).toMatchObject({ verdict: 'official', organization: bank, reasons: ['sender_official', 'dmarc_pass', 'dkim_aligned_pass'] });
    expect(findingsOf(answer)).toEqual(['sender_official ok Security@example.com', 'dmarc_pass ok example.com', 'dkim_aligned_pass ok example.com']);
    expect(answer.sender.displayName).toBe('Banque Exemple Sécurité');
    expect(answer.email.subject).toBe('Votre relevé est prêt');
    expect(answer.links.map((l: Json) => [l.input, l.verdict])).toEqual([['https://example.com/relevés', 'official'], ['Security@example.com', 'official']]);
    expect(answer.phones.map((p: Json) => [p.input, p.verdict])).toEqual([['+44 20 7946 0000', 'official']]);
  });

  it('numbers without a country code are read with ?country=', async () => {
    const message = 'From: a@shop.example\r\nSubject: call\r\n\r\nCall (415) 555-0199 now.\r\n';
    const post = (query: string) => ctx.app.request(`/api/v1/check/email${query}`, { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: message });
    expect((await (await post('')).json()).phones).toEqual([]);
    const answer = await (await post('?country=US')).json();
    expect(answer).toMatchObject({ verdict: 'known_scam', reasons: ['phone_known_scam'], phones: [{ input: '(415) 555-0199', verdict: 'known_scam' }] });
  });
});

describe('tampered and malformed messages', () => {
  it('line breaks hidden in encoded words are header injection', async () => {
    const answer = await checkMessage('header-injection.eml');
    expect(answer).toMatchObject({ verdict: 'lookalike', organization: BINANCE, reasons: ['display_name_claim', 'display_name_address'] });
    expect(findingsOf(answer)).toEqual([
      'display_name_claim danger _support@binance.com?=',
      'display_name_address danger _support@binance.com?=',
      'header_injection danger From',
      'header_injection danger Subject',
      'sender_not_official info x@evil.example',
      'dmarc_pass info evil.example',
    ]);
    expect(answer.email.subject).toBe('Hello\r\nBcc: everyone@example.net');
  });

  it('two From headers: the first is the sender shown, and DMARC about the other one does not count', async () => {
    const answer = await checkMessage('two-from-headers.eml');
    expect(answer).toMatchObject({ verdict: 'not_official', organization: BINANCE, reasons: ['multiple_from', 'duplicate_header', 'dmarc_other_domain', 'authentication_not_aligned'] });
    expect(findingsOf(answer)).toEqual([
      'multiple_from danger',
      'duplicate_header warning Subject',
      'dmarc_other_domain warning evil.example',
      'authentication_not_aligned warning binance.com',
      'sender_official ok do-not-reply@binance.com',
    ]);
    expect(answer.authentication.fromDomainVerified).toBe(false);
  });

  it('an official address written as the display name of another address', async () => {
    const answer = await checkMessage('display-name-address.eml');
    expect(answer).toMatchObject({ verdict: 'lookalike', organization: BINANCE, reasons: ['display_name_claim', 'display_name_address'] });
    expect(findingsOf(answer)).toEqual([
      'display_name_claim danger support@binance.com',
      'display_name_address danger support@binance.com',
      'sender_not_official info phish@evil.example',
      'dmarc_pass info evil.example',
    ]);
    expect(answer.findings[1].explanation).toBe('The sender name shows support@binance.com, an address of Binance, but the message is from phish@evil.example.');
  });

  it('malformed MIME (unclosed boundaries, unknown charsets, bad base64 and quoted-printable) is read as far as it goes', async () => {
    const answer = await checkMessage('malformed-mime.eml');
    expect(answer).toMatchObject({ verdict: 'known_scam', organization: BINANCE, reasons: ['link_known_scam'] });
    expect(findingsOf(answer)).toEqual(['link_known_scam danger binance-support.xyz', 'sender_not_official info odd@weird.example', 'dmarc_not_pass info weird.example']);
    expect(answer.sender.from.input).toBe('odd@weird.example');
    expect(answer.links.map((l: Json) => l.input)).toEqual(expect.arrayContaining(['https://okx.com/account', 'binance-support.xyz']));
  });
});
