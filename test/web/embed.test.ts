/** @module /embed, /embed/frame and /api/v1/widget-messages through the app: headers, snippets, every verdict in the frame, org, errors as frame pages, the eight languages. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WIDGET_OUTPUT } from '../../src/tools/build-widget.ts';
import { EMBED_MESSAGES, matchLanguage } from '../../src/web/i18n/embed/index.ts';
import { embedEn } from '../../src/web/i18n/embed/en.ts';
import { LANGUAGES } from '../../src/web/i18n/index.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { VERDICT_INPUTS } from '../support/sample-inputs.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const frame = (query: string) => ctx.app.request(`/embed/frame?${query}`);
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('/embed/frame', () => {
  it('may be framed by any site, under the pages\' strict CSP, and runs no script', async () => {
    const res = await frame('lang=en');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toMatch(/script-src 'nonce-[^']+'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).not.toMatch(/<script|\sstyle="|\son[a-z]+="/);
    expect(html).toContain('<form class="frame-form" method="get" action="/embed/frame">');
  });

  it.each(Object.entries(VERDICT_INPUTS))('answers %s for %s, its links leaving the frame', async (verdict, input) => {
    const res = await frame(`lang=en&q=${encodeURIComponent(input)}`);
    expect(res.status).toBe(verdict === 'invalid' ? 400 : 200);
    const html = await res.text();
    expect(html).toContain(`<article class="result" data-verdict="${verdict}"`);
    for (const [, attributes] of html.matchAll(/<a ([^>]*)>/g)) expect(attributes).toContain('target="_blank"');
  });

  it('answers for one organization with org, and says "not one of its channels"', async () => {
    const html = await (await frame('org=binance&lang=en&q=okx.com')).text();
    expect(html).toContain('data-verdict="not_official"');
    expect(html).toContain('This is not an official channel of Binance.');
    expect(html).toContain('<input type="hidden" name="org" value="binance"/>');
    expect(html).toContain('Is it really Binance?');
  });

  it('shows less with compact=1 and keeps it in the form', async () => {
    const html = await (await frame(`compact=1&lang=en&q=${encodeURIComponent(VERDICT_INPUTS.lookalike)}`)).text();
    expect(html).not.toContain('<dl class="facts">');
    expect(html).toContain('<input type="hidden" name="compact" value="1"/>');
  });

  it('escapes what it shows', async () => {
    const html = await (await frame(`lang=en&q=${encodeURIComponent('<script>alert(1)</script>')}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('answers an unknown organization with a 404 frame in its language', async () => {
    const res = await frame('org=nope&lang=tr');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Kaydımızda bu adda bir kuruluş yok.');
  });

  it('counts lookups against the per-address limit, answering 429 as a frame', async () => {
    const limited = await createTestContext({ deps: { publicRateLimit: 1 } });
    try {
      const headers = { 'x-test-client': '203.0.113.7' };
      expect((await limited.app.request('/embed/frame?q=binance.com', { headers })).status).toBe(200);
      expect((await limited.app.request('/embed/frame', { headers })).status).toBe(200);
      const refused = await limited.app.request('/embed/frame?q=binance.com&lang=es', { headers });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('content-security-policy')).toContain('frame-ancestors *');
      expect(await refused.text()).toMatch(/role="alert">[^<]+\d+/);
    } finally {
      limited.close();
    }
  });
});

describe('/embed', () => {
  it('shows both snippets for this origin and the options chosen, and previews them', async () => {
    const res = await ctx.app.request('https://verify.example/embed?lang=ar&org=binance&compact=1');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("frame-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('&lt;script type=&quot;module&quot; src=&quot;https://verify.example/widget.js&quot;&gt;&lt;/script&gt;\n&lt;verify-widget org=&quot;binance&quot; lang=&quot;ar&quot; compact&gt;&lt;/verify-widget&gt;');
    expect(html).toContain('&lt;iframe src=&quot;https://verify.example/embed/frame?org=binance&amp;amp;lang=ar&amp;amp;compact=1&quot;');
    expect(html).toContain('<verify-widget org="binance" lang="ar" compact="">');
    expect(html).toContain('<iframe src="/embed/frame?org=binance&amp;lang=ar&amp;compact=1"');
    expect(html).toContain(`<script type="module" src="/widget.js" nonce="${nonce}">`);
    expect(html).toContain('<option value="binance" selected="">Binance</option>');
    // The language switcher keeps the options.
    expect(html).toContain('href="/embed?lang=en&amp;org=binance&amp;compact=1"');
  });

  it('leaves an organization the registry does not hold out of the snippets', async () => {
    const html = await (await ctx.app.request('/embed?lang=en&org=%22%3E%3Cb%3E')).text();
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;verify-widget lang=&quot;en&quot;&gt;');
  });

  it.each(LANGUAGES.map((l) => [l.code] as const))('is written in %s', async (code) => {
    const html = await (await ctx.app.request(`/embed?lang=${code}`)).text();
    expect(html).toContain(`<h1>${EMBED_MESSAGES[code]['embed.title']}</h1>`);
  });
});

describe('the embed catalogues', () => {
  it.each(LANGUAGES.map((l) => [l.code, EMBED_MESSAGES[l.code]] as const))('%s has every English key, with the same placeholders, translated', (code, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(embedEn).sort());
    for (const [key, english] of Object.entries(embedEn)) {
      const message = messages[key as keyof typeof embedEn];
      expect(message.trim().length, `${code} ${key}`).toBeGreaterThan(0);
      expect(placeholders(message), `${code} ${key}`).toEqual(placeholders(english));
      if (code !== 'en') expect(message, `${code} ${key}`).not.toBe(english);
    }
  });
});

describe('GET /api/v1/widget-messages', () => {
  const messages = (query: string) => ctx.app.request(`/api/v1/widget-messages?${query}`);

  it('gives every language the same keys and placeholders, any origin may read it, and it is cached', async () => {
    const english = await (await messages('lang=en')).json();
    expect(Object.keys(english.messages)).toEqual(expect.arrayContaining(['verdict.lookalike', 'summary.official', 'error.rate_limited', 'reason.homoglyph', 'widget.notOurs', 'form.submit']));
    expect(english.platforms.telegram).toBe('Telegram');
    for (const { code, dir } of LANGUAGES) {
      const res = await messages(`lang=${code}`);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cache-control')).toBe('public, max-age=600');
      const body = await res.json();
      expect(body.lang).toBe(code);
      expect(body.dir).toBe(dir);
      expect(Object.keys(body.messages).sort()).toEqual(Object.keys(english.messages).sort());
      for (const [key, text] of Object.entries(english.messages as Record<string, string>)) expect(placeholders(body.messages[key]), `${code} ${key}`).toEqual(placeholders(text));
    }
  });

  it('answers in the closest language offered, English for the rest', async () => {
    const cases: Array<[string | undefined, string]> = [['es-MX', 'es'], ['zh-TW', 'zh-CN'], ['zh', 'zh-CN'], ['pt', 'pt-BR'], ['AR', 'ar'], ['de', 'en'], [undefined, 'en']];
    for (const [tag, lang] of cases) {
      expect(matchLanguage(tag), String(tag)).toBe(lang);
      expect((await (await messages(tag ? `lang=${tag}` : '')).json()).lang, String(tag)).toBe(lang);
    }
  });

  it('names the organization asked for, 404 for an unknown one, 400 for a malformed language', async () => {
    expect((await (await messages('lang=en&org=binance')).json()).organization).toEqual({ slug: 'binance', name: 'Binance' });
    const unknown = await messages('org=nope');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('organization_not_found');
    const bad = await messages(`lang=${encodeURIComponent('<x>')}`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('invalid_request');
    expect((await messages(`lang=${'a'.repeat(40)}`)).status).toBe(400);
  });

  it('keeps the widget and its messages together within 12 KB gzipped, in every language', async () => {
    const widget = gzipSync(readFileSync(WIDGET_OUTPUT)).length;
    for (const { code } of LANGUAGES) {
      const text = await (await messages(`lang=${code}&org=binance`)).text();
      expect(widget + gzipSync(text).length, code).toBeLessThanOrEqual(12 * 1024);
    }
  });
});
