/** @module <verify-widget> and the frame in Debian's Chromium, on a page of another origin with a strict nonce CSP: every verdict, the event, org mode, Arabic, keyboard, the nonce'd style, axe scans. */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, PHONE, SCREENSHOTS, seriousAxeViolations, watchProblems } from '../support/browser.ts';
import { HOST_NONCE, startHostSite, type HostSite } from '../support/host-site.ts';
import { startNodeServer, type NodeServer } from '../support/node-server.ts';
import { VERDICT_INPUTS } from '../support/sample-inputs.ts';

let server: NodeServer;
let host: HostSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!hasChromium) return;
  [server, browser] = await Promise.all([startNodeServer({ PUBLIC_RATE_LIMIT: '100000' }), launchChromium()]);
  host = await startHostSite(server.base);
  context = await browser.newContext({ viewport: PHONE });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
  server?.close();
});

interface Recorded {
  target: string;
  detail: { verdict: string; input: string; scope?: { slug: string }; error?: { code: string } };
}
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { results: Recorded[] }).results);

/** Opens a host page holding `widget` (the element's markup), checks `input` with the widget's own form, and waits for the answer. */
async function checkIn(page: Page, widget: string, input: string, lang = 'en'): Promise<void> {
  await page.goto(host.page(widget, { lang }));
  await page.locator('verify-widget input').fill(input);
  await page.locator('verify-widget button').click();
  await page.locator('verify-widget .answer[data-verdict]').waitFor();
}

async function withPage(test: (page: Page, problems: string[]) => Promise<void>): Promise<void> {
  const page = await context.newPage();
  const problems = watchProblems(page);
  try {
    await test(page, problems);
  } finally {
    await page.close();
  }
}

// Reason: these tests need Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it).
describe.skipIf(!hasChromium)('<verify-widget> on another origin under a strict CSP', () => {
  it.each(Object.entries(VERDICT_INPUTS))('shows %s for %s in words, icon and colour, announces it and sends verify-result', (verdict, input) =>
    withPage(async (page, problems) => {
      await checkIn(page, '<verify-widget lang="en"></verify-widget>', input);
      const answer = page.locator('verify-widget .answer');
      expect(await answer.getAttribute('data-verdict')).toBe(verdict);
      const band = page.locator('verify-widget .verdict');
      const words = (await band.innerText()).trim();
      expect(words.length).toBeGreaterThan(3);
      expect(await page.locator('verify-widget .verdict svg path').count()).toBeGreaterThan(0);
      // The colour is the verdict's own, and white words on it.
      const colours = await band.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
      expect(colours[1]).toBe('rgb(255, 255, 255)');
      expect(colours[0]).not.toBe('rgba(0, 0, 0, 0)');
      const box = (await band.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      expect(await page.locator('verify-widget [role="status"]').innerText()).toContain(words);
      const [event] = await recorded(page);
      expect(event).toMatchObject({ target: 'verify-widget', detail: { verdict, input } });
      if (verdict === 'invalid') expect(event!.detail.error?.code).toBe('invalid_url');
      else expect(await page.locator('verify-widget a[part="link"]').getAttribute('href')).toBe(`${server.base}/?lang=en&q=${encodeURIComponent(input)}`);
      await page.screenshot({ path: join(SCREENSHOTS, `widget-${verdict}.png`) });
      expect(problems).toEqual([]);
    }));

  it('shows the lookalike\'s differing characters, the channel it imitates, the organization and why', () =>
    withPage(async (page) => {
      await checkIn(page, '<verify-widget lang="en"></verify-widget>', VERDICT_INPUTS.lookalike);
      expect(await page.locator('verify-widget dl mark').allInnerTexts()).toEqual(['і', 'i']);
      const facts = await page.locator('verify-widget dl').innerText();
      expect(facts).toContain('Website: binance.com');
      expect(facts).toContain('Binance');
      expect(await page.locator('verify-widget [data-reason]').count()).toBeGreaterThan(0);
      expect(await page.locator('verify-widget details .explanation').innerText()).toContain('U+0456');
    }));

  it('answers "is this one of ours?" for one organization with org', () =>
    withPage(async (page, problems) => {
      await checkIn(page, '<verify-widget org="binance"></verify-widget>', 'okx.com');
      expect(await page.locator('verify-widget label').innerText()).toContain('Binance');
      expect(await page.locator('verify-widget .answer').getAttribute('data-verdict')).toBe('not_official');
      expect(await page.locator('verify-widget .summary').innerText()).toBe('This is not an official channel of Binance.');
      await page.locator('verify-widget input').fill('binance.com');
      await page.locator('verify-widget input').press('Enter');
      await page.locator('verify-widget .answer[data-verdict="official"]').waitFor();
      const events = await recorded(page);
      expect(events.map((e) => [e.detail.verdict, e.detail.scope?.slug])).toEqual([['not_official', 'binance'], ['official', 'binance']]);
      await page.screenshot({ path: join(SCREENSHOTS, 'widget-org-not-ours.png') });
      expect(problems).toEqual([]);
    }));

  it('speaks Arabic right to left with lang="ar", the contact keeping its own direction', () =>
    withPage(async (page, problems) => {
      await checkIn(page, '<verify-widget lang="ar"></verify-widget>', VERDICT_INPUTS.lookalike);
      const root = page.locator('verify-widget [part="root"]');
      expect(await root.getAttribute('dir')).toBe('rtl');
      expect(await root.getAttribute('lang')).toBe('ar');
      expect(await page.locator('verify-widget .verdict span').innerText()).toBe('مزيّف: تقليد');
      const icon = (await page.locator('verify-widget .verdict svg').boundingBox())!;
      const words = (await page.locator('verify-widget .verdict span').boundingBox())!;
      expect(icon.x).toBeGreaterThan(words.x);
      expect(await page.locator('verify-widget dl .value').first().innerText()).toBe(VERDICT_INPUTS.lookalike);
      await page.screenshot({ path: join(SCREENSHOTS, 'widget-lookalike-ar.png') });
      expect(problems).toEqual([]);
    }));

  it('takes the page\'s language when it has no lang of its own', () =>
    withPage(async (page) => {
      await checkIn(page, '<verify-widget></verify-widget>', 'binance.com', 'es-MX');
      expect(await page.locator('verify-widget .verdict span').innerText()).toBe('Oficial');
    }));

  it('rebuilds in a new language when its lang attribute changes', () =>
    withPage(async (page) => {
      await page.goto(host.page('<verify-widget lang="en"></verify-widget>'));
      await page.locator('verify-widget label').waitFor();
      expect(await page.locator('verify-widget button').innerText()).toBe('Check');
      await page.evaluate(() => document.querySelector('verify-widget')!.setAttribute('lang', 'ru'));
      await page.locator('verify-widget [part="root"][lang="ru"]').waitFor();
      expect(await page.locator('verify-widget button').innerText()).toBe('Проверить');
    }));

  it('asks the server its api attribute names, and says so when it cannot be reached', () =>
    withPage(async (page) => {
      await page.goto(host.page('<verify-widget lang="en" api="http://127.0.0.1:9"></verify-widget>'));
      expect(await page.locator('verify-widget [role="alert"]').innerText()).toBe('Verify could not be reached. Try again later.');
    }));

  it('can be used with the keyboard alone, with a visible focus ring', () =>
    withPage(async (page) => {
      await page.goto(host.page('<verify-widget lang="en"></verify-widget>'));
      await page.locator('verify-widget input').waitFor();
      const focused = () => page.evaluate(() => {
        const el = document.activeElement?.shadowRoot?.activeElement ?? document.activeElement!;
        const style = getComputedStyle(el);
        return { part: el.getAttribute('part'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ part: 'input', outline: 'solid 3px' });
      await page.keyboard.type(VERDICT_INPUTS.known_scam);
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ part: 'button', outline: 'solid 3px' });
      await page.keyboard.press('Enter');
      await page.locator('verify-widget .answer[data-verdict="known_scam"]').waitFor();
      expect(await focused()).toMatchObject({ part: 'button' });
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ part: 'link', outline: 'solid 3px' });
    }));

  it('is compact with compact: the verdict, one sentence and the link', () =>
    withPage(async (page) => {
      await checkIn(page, '<verify-widget lang="en" compact></verify-widget>', VERDICT_INPUTS.lookalike);
      expect(await page.locator('verify-widget .summary').count()).toBe(1);
      expect(await page.locator('verify-widget dl').count()).toBe(0);
      expect(await page.locator('verify-widget a[part="link"]').count()).toBe(1);
    }));

  it('styles itself through a <style> with the element\'s nonce where constructable stylesheets are missing', () =>
    withPage(async (page, problems) => {
      await page.addInitScript(() => {
        delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
      });
      await checkIn(page, `<verify-widget lang="en" nonce="${HOST_NONCE}"></verify-widget>`, VERDICT_INPUTS.official);
      expect(await page.locator('verify-widget style').count()).toBe(1);
      expect(await page.locator('verify-widget .verdict').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(20, 108, 46)');
      expect(problems).toEqual([]);
    }));

  it('is themed through custom properties and ::part()', () =>
    withPage(async (page) => {
      const style = `<style nonce="${HOST_NONCE}">verify-widget{--verify-official:rgb(0, 80, 160)} verify-widget::part(button){border-radius:0}</style>`;
      await checkIn(page, `${style}<verify-widget lang="en"></verify-widget>`, VERDICT_INPUTS.official);
      expect(await page.locator('verify-widget .verdict').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 80, 160)');
      expect(await page.locator('verify-widget button').evaluate((el) => getComputedStyle(el).borderRadius)).toBe('0px');
    }));

  it('has no serious or critical axe violation, with an answer shown', () =>
    withPage(async (page) => {
      await checkIn(page, '<verify-widget lang="en"></verify-widget>', VERDICT_INPUTS.lookalike);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await checkIn(page, '<verify-widget lang="ar" org="binance"></verify-widget>', VERDICT_INPUTS.revoked);
      expect(await seriousAxeViolations(page)).toEqual([]);
    }));
});

describe.skipIf(!hasChromium)('the frame and /embed', () => {
  it('works as an iframe inside another site\'s page, without script', () =>
    withPage(async (page, problems) => {
      const frameSrc = `${server.base}/embed/frame?org=binance&lang=en`;
      await page.goto(host.page(`<iframe src="${frameSrc}" title="Verify" width="100%" height="520"></iframe>`));
      const frame = page.frameLocator('iframe');
      await frame.locator('#q').fill(VERDICT_INPUTS.lookalike);
      await frame.locator('button[type="submit"]').click();
      await frame.locator('article[data-verdict="lookalike"]').waitFor();
      expect(await frame.locator('.summary').innerText()).toBe('This is not official. It imitates Binance.');
      expect(await frame.locator('.full-answer a').getAttribute('target')).toBe('_blank');
      await page.screenshot({ path: join(SCREENSHOTS, 'frame-lookalike.png') });
      expect(problems).toEqual([]);
    }));

  it('previews the widget live on /embed, answering in place', () =>
    withPage(async (page, problems) => {
      await page.goto(`${server.base}/embed?lang=en&org=binance`);
      expect(await page.locator('#script-snippet').innerText()).toBe(`<script type="module" src="${server.base}/widget.js"></script>\n<verify-widget org="binance" lang="en"></verify-widget>`);
      await page.locator('verify-widget input').fill(VERDICT_INPUTS.known_scam);
      await page.locator('verify-widget button').click();
      await page.locator('verify-widget .answer[data-verdict="known_scam"]').waitFor();
      await page.frameLocator('iframe').locator('#q').waitFor();
      expect(problems).toEqual([]);
    }));

  const scans: Array<[string, string]> = [
    ['/embed', '/embed?lang=en'],
    ['/embed in Arabic', '/embed?lang=ar&org=binance&compact=1'],
    ['/embed/frame', '/embed/frame?lang=en'],
    ['/embed/frame with an answer', `/embed/frame?lang=en&q=${encodeURIComponent(VERDICT_INPUTS.lookalike)}`],
    ['/embed/frame in Arabic for one organization', `/embed/frame?lang=ar&org=binance&q=${encodeURIComponent(VERDICT_INPUTS.revoked)}`],
  ];
  it.each(scans)('%s has no serious or critical axe violation', (_name, path) =>
    withPage(async (page) => {
      await page.goto(`${server.base}${path}`);
      if (path.startsWith('/embed?')) await page.locator('verify-widget input').waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
    }));
});
