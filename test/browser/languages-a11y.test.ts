/** @module Languages and accessibility in Debian's Chromium: switching language (Arabic right to left), and axe-core scans of the form, results and organization pages. */
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, PHONE, SCREENSHOTS, seriousAxeViolations, watchProblems } from '../support/browser.ts';
import { startNodeServer, type NodeServer } from '../support/node-server.ts';
import { VERDICT_INPUTS } from '../support/sample-inputs.ts';

let server: NodeServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!hasChromium) return;
  [server, browser] = await Promise.all([startNodeServer({ PUBLIC_RATE_LIMIT: '100000' }), launchChromium()]);
  context = await browser.newContext({ viewport: PHONE });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

// Reason: these tests need Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it).
describe.skipIf(!hasChromium)('languages in Chromium', () => {
  it.each([true, false])('switches language with the switcher, keeping the answer, Arabic right to left (JavaScript: %s)', async (javaScriptEnabled) => {
    const ctx = javaScriptEnabled ? context : await browser.newContext({ viewport: PHONE, javaScriptEnabled });
    const page = await ctx.newPage();
    const problems = watchProblems(page);
    try {
      await page.goto(`${server.base}/?lang=en`);
      await page.fill('#q', VERDICT_INPUTS.lookalike);
      await page.click('button[type="submit"]');
      await page.waitForSelector('#result article[data-verdict="lookalike"]');

      await page.click('.languages summary');
      await Promise.all([page.waitForURL(/lang=ar/), page.click('.languages a[lang="ar"]')]);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('html').getAttribute('lang')).toBe('ar');
      expect(await page.locator('#result article').getAttribute('data-verdict')).toBe('lookalike');
      expect(await page.locator('#verdict-title').innerText()).toBe('مزيّف: تقليد');
      // Mirrored: the icon starts the line from the right, the text runs leftwards from it.
      const icon = (await page.locator('#verdict-title svg').boundingBox())!;
      const words = (await page.locator('#verdict-title span').boundingBox())!;
      expect(icon.x).toBeGreaterThan(words.x);
      // The contact keeps its own direction inside the Arabic page.
      expect(await page.locator('.facts .value').first().innerText()).toBe(VERDICT_INPUTS.lookalike);
      await page.screenshot({ path: join(SCREENSHOTS, `form-lookalike-ar-${javaScriptEnabled ? 'js' : 'nojs'}.png`) });

      await page.click('.languages summary');
      await Promise.all([page.waitForURL(/lang=zh-CN/), page.click('.languages a[lang="zh-CN"]')]);
      expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
      expect(await page.locator('#verdict-title').innerText()).toBe('假冒：仿冒渠道');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      if (!javaScriptEnabled) await ctx.close();
    }
  });
});

describe.skipIf(!hasChromium)('axe-core scan (WCAG 2.2 A and AA): no serious or critical violation', () => {
  const pages: Array<[string, string, string?]> = [
    ['the form', '/?lang=en'],
    ['the form in Arabic', '/?lang=ar'],
    ...Object.entries(VERDICT_INPUTS).map(([verdict, input]): [string, string, string] => [`a ${verdict} result`, '/?lang=en', input]),
    ['a lookalike result in Arabic', '/?lang=ar', VERDICT_INPUTS.lookalike],
    ['an organization page', '/org/binance?lang=en'],
    ['an organization page in Arabic', '/org/binance?lang=ar'],
    ['the not-found page', '/org/nope?lang=en'],
  ];

  it.each(pages)('%s', async (_name, path, input) => {
    const page = await context.newPage();
    try {
      await page.goto(`${server.base}${path}`);
      if (input) {
        await page.fill('#q', input);
        await page.click('button[type="submit"]');
        await page.waitForSelector('#result article[data-verdict]');
      }
      expect(await seriousAxeViolations(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
