/** @module The email check page through the real app: the form, no-JS posts of corpus messages (pasted and as files), the answer's parts, errors as pages, limits and headers. */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const corpus = (name: string): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(new URL(`../email/corpus/${name}`, import.meta.url)));
const corpusText = (name: string) => new TextDecoder().decode(corpus(name));

/** What the form posts without JavaScript: multipart/form-data with the pasted text and the (maybe empty) file field. */
function formOf(fields: { raw?: string; file?: Uint8Array<ArrayBuffer>; fileName?: string }): FormData {
  const form = new FormData();
  form.set('raw', fields.raw ?? '');
  form.set('file', new Blob(fields.file ? [fields.file] : [], { type: fields.file ? 'message/rfc822' : 'application/octet-stream' }), fields.file ? (fields.fileName ?? 'message.eml') : '');
  return form;
}

const post = (body: BodyInit, lang = 'en', headers: Record<string, string> = {}) => ctx.app.request(`/email?lang=${lang}`, { method: 'POST', body, headers });
const paste = (name: string, lang?: string) => post(formOf({ raw: corpusText(name) }), lang);

/** The card's verdict and its heading's: the first two data-verdict values of the page (contacts inside carry their own). */
const cardVerdicts = (html: string) => [...html.matchAll(/data-verdict="([^"]+)"/g)].slice(0, 2).map((m) => m[1]);
/** `code severity` of each finding, in the page's order. */
const findingsIn = (html: string) => [...html.matchAll(/data-finding="([^"]+)" data-severity="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);

describe('GET /email', () => {
  it('serves the form: the paste area, the file picker, the limit, the how-to, the privacy note and the mode tabs', async () => {
    const res = await ctx.app.request('/email');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<form class="check-form email-form" method="post" action="/email?lang=en" enctype="multipart/form-data" data-email-form');
    expect(html).toContain('<label for="raw">The full source of the email</label>');
    expect(html).toMatch(/<textarea id="raw" name="raw"[^>]*aria-describedby="raw-hint">/);
    expect(html).toContain('<label for="file">Or choose an .eml file</label>');
    expect(html).toMatch(/<input id="file" name="file" type="file" accept="\.eml,[^"]*"/);
    expect(html).toContain('At most 5 MB.');
    expect(html).toContain('data-max-bytes="5242880"');
    for (const app of ['Gmail', 'Outlook', 'Apple Mail', 'Proton Mail']) expect(html).toContain(`<dt>${app}</dt>`);
    expect(html).toContain('<strong>Show original</strong>');
    expect(html).toContain('It is not stored or logged');
    expect(html).toContain('<a href="/email?lang=en" aria-current="page">Check an email</a>');
    expect(html).toContain('role="status" aria-live="polite"');
    expect(cardVerdicts(html)).toEqual([]);
  });

  it('is in the reader\'s language, and the check page links to it', async () => {
    const html = await (await ctx.app.request('/email', { headers: { 'accept-language': 'ar' } })).text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<h1>من أرسل هذه الرسالة حقًا؟</h1>');
    expect(html).toContain('<strong>عرض الرسالة الأصلية</strong>');
    expect(html).toContain('action="/email?lang=ar"');
    // The switcher's links stay on the email page.
    expect(html).toContain('href="/email?lang=zh-CN"');
    const home = await (await ctx.app.request('/?lang=tr')).text();
    expect(home).toContain('<a href="/email?lang=tr">Bir e-postayı kontrol et</a>');
    expect(home).toContain('<a href="/?lang=tr" aria-current="page">Bir kişiyi kontrol et</a>');
  });
});

describe('POST /email without JavaScript', () => {
  it('answers a pasted lookalike sender with lookalike, the finding, the highlighted sender and the provider\'s results', async () => {
    const res = await paste('lookalike-sender.eml');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(cardVerdicts(html)).toEqual(['lookalike', 'lookalike']);
    expect(html).toContain('<article class="result email-result" data-verdict="lookalike" data-announce="Fake: a lookalike. This email is not from Binance: it imitates it."');
    expect(findingsIn(html)).toEqual(['sender_lookalike danger', 'dmarc_pass info']);
    expect(html).toContain('<span class="finding-title">The sender address imitates an official one</span>');
    // The API's exact English explanation, under the finding.
    expect(html).toContain('&quot;binnance&quot; is one typo away from &quot;binance&quot;');
    expect(html).toContain('<div class="contact" data-verdict="lookalike">');
    expect(html).toContain('@bin<mark>n</mark>ance.com');
    expect(html).toContain('<p class="auth-verdict" data-auth="verified">');
    expect(html).toContain('<title>Fake: a lookalike: Verify your withdrawal — Verify</title>');
    // The form is there again, empty: the message is not echoed back.
    expect(html).toMatch(/<textarea id="raw"[^>]*><\/textarea>/);
  });

  it('answers the authentic message with official, its findings, and each link with its own verdict', async () => {
    const html = await (await paste('official-aligned.eml')).text();
    expect(cardVerdicts(html)).toEqual(['official', 'official']);
    expect(findingsIn(html)).toEqual(['sender_official ok', 'dmarc_pass ok', 'dkim_aligned_pass ok']);
    expect(html).toContain('This email is from Binance: its sender address is registered, and your mail provider verified it.');
    const links = html.slice(html.indexOf('id="contacts-title"'));
    expect(links.match(/<div class="contact" data-verdict="official">/g)).toHaveLength(3);
    expect(links).toContain('<bdi class="value" dir="ltr">https://t.me/binanceexchange</bdi>');
    expect(links).toContain('The link shows: <bdi>secure your account</bdi>');
    expect(html).toContain('<li data-method="dmarc" data-result="pass"><span class="method">DMARC</span><span class="auth-result">passed</span>');
    expect(html).toContain('Binance staff will never ask for your password');
  });

  it('checks an uploaded .eml file as bytes, whatever its charset, in the reader\'s language', async () => {
    const res = await post(formOf({ file: corpus('iso-8859-1-8bit.eml'), fileName: 'relevé.eml' }), 'pt-BR');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(cardVerdicts(html)).toEqual(['official', 'official']);
    expect(html).toContain('<bdi>Banque Exemple Sécurité</bdi>');
    expect(html).toContain('<bdi>Votre relevé est prêt</bdi>');
    expect(html).toContain('O endereço do remetente é oficial');
  });

  it('takes the file over pasted text when both are sent', async () => {
    const html = await (await post(formOf({ raw: corpusText('official-aligned.eml'), file: corpus('lookalike-sender.eml') }))).text();
    expect(cardVerdicts(html)).toEqual(['lookalike', 'lookalike']);
  });

  it('says plainly when there are no authentication results, and when lower ones were ignored', async () => {
    const none = await (await paste('no-authentication-results.eml')).text();
    expect(cardVerdicts(none)).toEqual(['not_official', 'not_official']);
    expect(none).toContain('<p class="auth-warning" data-auth="none">This message has no authentication results, so nothing proves who sent it.');
    const forged = await (await paste('forged-lower-authentication-results.eml', 'es')).text();
    expect(forged).toContain('data-auth="ignored">Encabezados Authentication-Results inferiores ignorados: 2.');
    expect(forged).toContain('una señal de falsificación');
    expect(findingsIn(forged)[0]).toBe('dmarc_fail danger');
  });

  it('shows a known scam\'s links and handles with their own verdicts', async () => {
    const html = await (await paste('windows-1251-base64.eml')).text();
    expect(cardVerdicts(html)).toEqual(['known_scam', 'known_scam']);
    expect(findingsIn(html).slice(0, 3)).toEqual(['link_known_scam danger', 'handle_known_scam danger', 'display_name_claim danger']);
    expect(html).toContain('<h4>Links</h4>');
    expect(html).toContain('<h4>Accounts</h4>');
    expect(html.match(/<div class="contact" data-verdict="known_scam">/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('gives every lookalike section its own id', async () => {
    const html = await (await paste('reply-to-lookalike.eml')).text();
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes what the message says: subject, display name and link text', async () => {
    const attack = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const raw = [
      `From: "${attack.replaceAll('"', '')}" <a@shop.example>`,
      `Subject: ${attack}`,
      'Date: Tue, 24 Nov 2026 17:12:01 +0000',
      'Content-Type: text/html; charset=utf-8',
      '',
      `<a href="https://shop.example/">${attack}</a>`,
    ].join('\r\n');
    const html = await (await post(formOf({ raw }))).text();
    expect(cardVerdicts(html)).toEqual(['not_official', 'not_official']);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('problems, as pages in the reader\'s language', () => {
  it('answers an empty form and a text that is not an email with 400 and the form, keeping the text', async () => {
    const empty = await post(formOf({}), 'es');
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('<p class="error-message" role="alert">Pega el código fuente completo del correo o elige su archivo.</p>');
    const text = corpusText('not-an-email.txt');
    const notEmail = await post(formOf({ raw: text }), 'ru');
    expect(notEmail.status).toBe(400);
    const html = await notEmail.text();
    expect(html).toContain('Это не похоже на полный исходный текст письма');
    // Sent back as the browser posted it (multipart turns line breaks into CRLF).
    expect(html).toContain(`>${text.replaceAll('\n', '\r\n')}</textarea>`);
  });

  it('refuses a body past the limit before reading it, with 413 and the limit in words', async () => {
    const big = formOf({ raw: 'x'.repeat(5 * 1024 * 1024 + 100 * 1024) });
    const res = await post(big, 'ru');
    expect(res.status).toBe(413);
    const html = await res.text();
    expect(html).toContain('Это письмо больше 5 МБ');
    expect(html).toContain('data-email-form');
    // Declared too large: refused from Content-Length alone.
    const declared = await post('x', 'en', { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(6 * 1024 * 1024) });
    expect(declared.status).toBe(413);
  });

  it('refuses a message over 5 MB inside a body that fits, pasted or as a file', async () => {
    const over = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    const file = await post(formOf({ file: over }), 'vi');
    expect(file.status).toBe(413);
    expect(await file.text()).toContain('Thư này lớn hơn 5 MB');
    // Within 5 MB as characters, over it as UTF-8.
    const pasted = await post(formOf({ raw: 'é'.repeat(2_700_000) }));
    expect(pasted.status).toBe(413);
  });

  it('answers a body that is not a form with 400, never 500', async () => {
    const broken = await post('--x\r\nnot a part', 'en', { 'content-type': 'multipart/form-data; boundary=y' });
    expect(broken.status).toBe(400);
    expect(await broken.text()).toContain('This request could not be understood.');
    const json = await post(JSON.stringify({ raw: 'From: a@b.example' }), 'en', { 'content-type': 'application/json' });
    expect(json.status).toBe(400);
  });

  it('counts a check against the per-address limit, and answers 429 as a page', async () => {
    const limited = await createTestContext({ deps: { publicRateLimit: 1 } });
    try {
      const headers = { 'x-test-client': '203.0.113.7' };
      const send = () => limited.app.request('/email?lang=tr', { method: 'POST', body: formOf({ raw: corpusText('official-aligned.eml') }), headers });
      expect((await limited.app.request('/email', { headers })).status).toBe(200);
      expect((await send()).status).toBe(200);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.text()).toContain('Bağlantınızdan çok fazla kontrol yapıldı');
    } finally {
      limited.close();
    }
  });
});

describe('headers and privacy', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the page headers: a nonce\'d script only, no framing, no caching', async () => {
    for (const res of [await ctx.app.request('/email'), await paste('official-aligned.eml'), await post(formOf({}))]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      const html = await res.text();
      expect([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual([`<script type="module" src="/verify.js" nonce="${nonce}">`]);
      expect(html).not.toMatch(/\sstyle="|\son[a-z]+="/);
    }
  });

  it('writes nothing about a message to the console', async () => {
    const output: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void output.push(args.map(String).join(' ')));
    }
    for (const name of ['official-aligned.eml', 'header-injection.eml', 'malformed-mime.eml', 'not-an-email.txt']) await paste(name);
    await post(formOf({ file: corpus('windows-1251-base64.eml') }));
    expect(output).toEqual([]);
  });
});
