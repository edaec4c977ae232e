/** @module The pages through the real app: each verdict by form post and by link, escaping, organization pages, errors as pages, limits and headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/context.ts';
import { VERDICT_INPUTS } from '../support/sample-inputs.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const post = (fields: Record<string, string>, path = '/') =>
  ctx.app.request(path, { method: 'POST', body: new URLSearchParams(fields), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

/** Every data-verdict value in the page, in order. */
const verdictsIn = (html: string) => [...html.matchAll(/data-verdict="([^"]+)"/g)].map((m) => m[1]);

describe('the check page', () => {
  it('serves the form with a label, a hint, the platform choice and the nonce\'d script', async () => {
    const res = await ctx.app.request('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.startsWith('<!doctype html><html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<label for="q">Link, email, phone number or handle</label>');
    expect(html).toContain('aria-describedby="q-hint"');
    expect(html).toMatch(/<select id="platform" name="platform"><option value="" selected="">Any platform<\/option>/);
    expect(html).toContain('<option value="telegram">Telegram</option>');
    expect(html).toContain('role="status" aria-live="polite"');
    expect(verdictsIn(html)).toEqual([]);
  });

  it.each(Object.entries(VERDICT_INPUTS))('answers %s to a form post of %s, and to the same ?q= link', async (verdict, input) => {
    const status = verdict === 'invalid' ? 400 : 200;
    const posted = await post({ q: input, platform: '' });
    expect(posted.status).toBe(status);
    const html = await posted.text();
    // The card and its heading carry the verdict code (contract).
    expect(verdictsIn(html)).toEqual([verdict, verdict]);
    const linked = await ctx.app.request(`/?q=${encodeURIComponent(input)}`);
    expect(linked.status).toBe(status);
    expect(verdictsIn(await linked.text())).toEqual([verdict, verdict]);
  });

  it('shows the organization, the matched channel and its advice for an official channel', async () => {
    const html = await (await post({ q: 'https://t.me/binanceexchange' })).text();
    expect(html).toContain('This is an official channel of Binance.');
    expect(html).toContain('Telegram account: <bdi class="value" dir="ltr">binanceexchange</bdi>');
    expect(html).toContain('<a href="/org/binance?lang=en">Binance</a>');
    expect(html).toContain('Binance staff will never ask for your password');
  });

  it('answers a redirect link for where it ends, naming the redirect pages it goes through', async () => {
    const html = await (await post({ q: 'https://www.google.com/url?q=https://l.facebook.com/l.php?u%3Dhttps://binance-support.xyz/' })).text();
    expect(verdictsIn(html)).toEqual(['known_scam', 'known_scam']);
    expect(html).toContain('<dt>Redirects through</dt><dd><bdi class="value" dir="ltr">www.google.com</bdi> → <bdi class="value" dir="ltr">l.facebook.com</bdi></dd>');
  });

  it("says why a contact is no official channel where more than none can be said, in the reader's language", async () => {
    const form = await (await post({ q: 'https://docs.google.com/forms/d/e/1FAIpQLSdXyz/viewform' }, '/?lang=es')).text();
    expect(verdictsIn(form)).toEqual(['not_official', 'not_official']);
    expect(form).toContain('Esta página se publicó en Google Docs (docs.google.com), donde cualquiera puede publicar');
    const sender = await (await post({ q: 'news@mail.binance.com' })).text();
    expect(sender).toContain('This address is on Binance’s domain mail.binance.com, but Binance does not list it among its email senders.');
  });

  it('highlights the characters a lookalike changes, and explains it', async () => {
    const html = await (await post({ q: 'bіnance.com' })).text();
    expect(html).toContain('b<mark>і</mark>nance.com');
    expect(html).toContain('b<mark>i</mark>nance.com');
    expect(html).toContain('data-reason="homoglyph"');
    expect(html).toContain('data-reason="mixed_script"');
    expect(html).toContain('U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I');
  });

  it('dates a revoked channel and names the reason on record', async () => {
    const html = await (await post({ q: 'binance.info', platform: '' }, '/?lang=es')).text();
    expect(html).toContain('Fue un canal oficial de Binance, pero se retiró el 1 de marzo de 2024.');
    expect(html).toContain('<bdi>Retired domain</bdi>');
  });

  it('uses the platform for a bare @handle', async () => {
    const html = await (await post({ q: '@binanceexchange', platform: 'telegram' })).text();
    expect(verdictsIn(html)[0]).toBe('official');
    expect(html).toContain('<option value="telegram" selected="">Telegram</option>');
    const unknown = await post({ q: '@binanceexchange', platform: 'myspace' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('This request could not be understood.');
  });

  it('escapes what it shows: the input, in the field, the card and the title', async () => {
    const attack = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
    const html = await (await post({ q: attack })).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says what is wrong with an input in the page\'s language', async () => {
    const html = await (await post({ q: '(415) 555-0100' }, '/?lang=ru')).text();
    expect(html).toContain('Добавьте к номеру код страны');
    const empty = await post({ q: '   ' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('Enter a link, email address, phone number or handle.');
  });
});

describe('organization pages', () => {
  it('list every official channel by kind, and the revoked ones as retired', async () => {
    const res = await ctx.app.request('/org/binance');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Binance: official channels</h1>');
    for (const group of ['Websites', 'Email senders', 'Phone numbers', 'Social media accounts']) expect(html).toContain(`<h3>${group}</h3>`);
    expect(html.match(/data-status="active"/g)).toHaveLength(17);
    const revoked = html.slice(html.indexOf('id="revoked-title"'));
    expect(revoked).toMatch(/data-status="revoked"><span class="status">Retired<\/span>.*binance\.info/);
    expect(revoked).toContain('Retired on March 1, 2024');
    expect(html).toContain('Support line (fictional)');
  });

  it('answer an unknown organization with a 404 page', async () => {
    const res = await ctx.app.request('/org/nope?lang=tr');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('Kaydımızda bu adda bir kuruluş yok.');
  });
});

describe('page headers', () => {
  it('send a strict CSP whose nonce is the script\'s, and forbid framing, sniffing, referrers and caching', async () => {
    for (const path of ['/', '/?q=binance.com', '/org/binance', '/org/nope']) {
      const res = await ctx.app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, path).toBeTruthy();
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp, path).toContain("default-src 'none'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("base-uri 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      const html = await res.text();
      const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
      expect(scripts, path).toEqual([`<script type="module" src="/verify.js" nonce="${nonce}">`]);
      expect(html, path).not.toMatch(/\sstyle="|\son[a-z]+="/);
    }
  });

  it('each answer has its own nonce; the API keeps its own headers', async () => {
    const nonces = await Promise.all([1, 2].map(async () => (await ctx.app.request('/')).headers.get('content-security-policy')));
    expect(nonces[0]).not.toBe(nonces[1]);
    const api = await ctx.app.request('/api/v1/check?q=binance.com');
    expect(api.headers.get('content-security-policy')).toBeNull();
  });
});

describe('limits on pages', () => {
  it('count page lookups against the per-address limit the API uses, and answer 429 as a page', async () => {
    const limited = await createTestContext({ deps: { publicRateLimit: 2 } });
    try {
      const headers = { 'x-test-client': '203.0.113.9' };
      expect((await limited.app.request('/?q=binance.com', { headers })).status).toBe(200);
      expect((await limited.app.request('/api/v1/check?q=binance.com', { headers })).status).toBe(200);
      // The form without a lookup costs nothing.
      expect((await limited.app.request('/', { headers })).status).toBe(200);
      const refused = await limited.app.request('/?q=binance.com&lang=vi', { headers });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.text()).toMatch(/Có quá nhiều lượt kiểm tra từ kết nối của bạn\. Hãy thử lại sau \d+ giây\./);
    } finally {
      limited.close();
    }
  });

  it('refuse a form body far larger than the form sends with a 413 page', async () => {
    const res = await post({ q: 'x'.repeat(20_000) });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain('This is too long to check.');
  });
});
