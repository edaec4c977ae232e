/** @module The eight languages: complete catalogues with the same placeholders, and the choice by ?lang=, Accept-Language and the switcher. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/web/i18n/index.ts';
import { en } from '../../src/web/i18n/en.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('offer the eight languages of the issue', () => {
    expect(LANGUAGES.map((l) => l.code)).toEqual(['en', 'zh-CN', 'es', 'ru', 'tr', 'vi', 'pt-BR', 'ar']);
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it.each(LANGUAGES.map((l) => [l.code, l.messages] as const))('%s has every English key, with the same placeholders, translated', (code, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const message = messages[key as keyof typeof en];
      expect(message.trim(), `${code} ${key}`).toBe(message);
      expect(message.length, `${code} ${key}`).toBeGreaterThan(0);
      expect(placeholders(message), `${code} ${key}`).toEqual(placeholders(english));
    }
    if (code !== 'en') {
      // Brand and product words (SMS, WhatsApp) may stay as they are; sentences may not.
      const untranslated = Object.entries(messages).filter(([key, m]) => m === en[key as keyof typeof en] && m.includes(' '));
      expect(untranslated, code).toEqual([]);
    }
  });
});

/** The page's <html lang dir> opening. */
const opening = async (path: string, headers: Record<string, string> = {}) =>
  /<html lang="([^"]+)" dir="([^"]+)">/.exec(await (await ctx.app.request(path, { headers })).text())?.slice(1);

describe('choosing the language', () => {
  it('takes ?lang= first, then Accept-Language, then English', async () => {
    expect(await opening('/?lang=ar', { 'accept-language': 'ru' })).toEqual(['ar', 'rtl']);
    expect(await opening('/', { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' })).toEqual(['ru', 'ltr']);
    expect(await opening('/', { 'accept-language': 'de-DE,de;q=0.9' })).toEqual(['en', 'ltr']);
    expect(await opening('/?lang=klingon', { 'accept-language': 'tr' })).toEqual(['tr', 'ltr']);
    expect(await opening('/org/binance?lang=vi')).toEqual(['vi', 'ltr']);
  });

  it('serves readers of other Chinese and Portuguese variants the one offered', async () => {
    expect(await opening('/', { 'accept-language': 'zh-TW,zh;q=0.9' })).toEqual(['zh-CN', 'ltr']);
    expect(await opening('/', { 'accept-language': 'pt-PT' })).toEqual(['pt-BR', 'ltr']);
    expect(await opening('/?lang=zh')).toEqual(['zh-CN', 'ltr']);
    expect(await opening('/', { 'accept-language': 'es-MX,es;q=0.9' })).toEqual(['es', 'ltr']);
  });

  it('says the answer varies with Accept-Language', async () => {
    expect((await ctx.app.request('/')).headers.get('vary')).toContain('Accept-Language');
  });

  it('offers a switcher of plain links that keep the page and its input, each language named in itself', async () => {
    const html = await (await ctx.app.request(`/?q=${encodeURIComponent('bіnance.com')}&lang=es`)).text();
    const links = [...html.matchAll(/<a href="([^"]+)" lang="([^"]+)" hreflang="[^"]+" dir="([^"]+)"( aria-current="true")?>([^<]+)<\/a>/g)];
    expect(links.map((m) => [m[2], m[5]])).toEqual(LANGUAGES.map((l) => [l.code, l.name]));
    expect(links.find((m) => m[4])?.[2]).toBe('es');
    expect(links.find((m) => m[2] === 'ar')?.[1]).toBe(`/?lang=ar&amp;q=${encodeURIComponent('bіnance.com')}`);
    // The form posts back in the same language.
    expect(html).toContain('action="/?lang=es"');
  });
});
