/**
 * @module "Report this contact" in Debian's Chromium against `npm start`: a lookalike reported with and without JavaScript,
 * confirmed by the security team (the CLI, and the admin API), published, and then checked again as `known_scam`;
 * keyboard use, axe on the form and the confirmation page, screenshots at 390×844.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, PHONE, SCREENSHOTS, seriousAxeViolations, watchProblems } from '../support/browser.ts';
import { startNodeServer, type NodeServer } from '../support/node-server.ts';
import { runCli } from '../support/spawn.ts';

/** The CLI (a Node process each) and axe scans take seconds on two shared cores. */
const SLOW = 90_000;

let server: NodeServer;
let browser: Browser;
const contexts: Record<'js' | 'nojs', BrowserContext> = {} as never;

beforeAll(async () => {
  if (!hasChromium) return;
  [server, browser] = await Promise.all([startNodeServer({ PUBLIC_RATE_LIMIT: '100000', REPORT_RATE_LIMIT: '1000' }), launchChromium()]);
  contexts.js = await browser.newContext({ viewport: PHONE });
  contexts.nojs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  // A step that does not happen fails within the test's time, naming the step.
  for (const context of Object.values(contexts)) context.setDefaultTimeout(8000);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** Checks an input as a person would and returns the verdict the card shows. */
async function check(page: Page, input: string, lang = 'en'): Promise<string | null> {
  await page.goto(`${server.base}/?lang=${lang}`);
  await page.fill('#q', input);
  await page.click('form[data-check-form] button[type="submit"]');
  await page.waitForSelector('#result article[data-verdict]');
  return page.locator('#result article').getAttribute('data-verdict');
}

/** Opens "Report this contact" on the result and fills in the note and the contact address. */
async function fillReport(page: Page, note: string): Promise<void> {
  await page.click('details.report > summary');
  await page.fill('#report-note', note);
  await page.fill('#report-contact', 'reporter@example.org');
}

/** The verdict the page shows for an input once the server serves the newly published version (Node reloads every 2 s). */
async function eventualVerdict(page: Page, input: string, wanted: string): Promise<string | null> {
  const deadline = Date.now() + 8000;
  let verdict = await check(page, input);
  while (verdict !== wanted && Date.now() < deadline) {
    await page.waitForTimeout(500);
    verdict = await check(page, input);
  }
  return verdict;
}

// Reason: these tests need Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it).
describe.skipIf(!hasChromium)('reporting a contact in Chromium', () => {
  it('with JavaScript: reports a lookalike in place (announced, focused); the CLI confirms and publishes; it then checks as known_scam', async () => {
    const page = await contexts.js.newPage();
    const problems = watchProblems(page);
    const input = 'bіnance.com';
    try {
      expect(await check(page, input)).toBe('lookalike');
      await fillReport(page, 'An SMS asked me to sign in here.');
      await shot(page, 'report-form-js');
      await page.click('form[data-report-form] button[type="submit"]');
      const receipt = page.locator('#result .report-receipt');
      await receipt.waitFor();
      // In place: still the check page, the form gone, the receipt announced and holding the focus.
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.locator('form[data-report-form]').count()).toBe(0);
      expect(await page.locator('#status').innerText()).toContain('Thank you. Your report was received.');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('report-receipt'))).toBe(true);
      expect(await receipt.innerText()).toContain('We never store your IP address.');
      await shot(page, 'report-received-js');
      const id = await receipt.getAttribute('data-report-id');

      const confirmed = await runCli(['reports', 'confirm', id!], server.env);
      expect(confirmed.stdout + confirmed.stderr).toContain(`Confirmed report ${id}`);
      expect((await runCli(['publish'], server.env)).code).toBe(0);
      expect(await eventualVerdict(page, input, 'known_scam')).toBe('known_scam');
      // A known scam may be reported again; an official result never offers it.
      expect(await page.locator('details.report').count()).toBe(1);
      expect(await check(page, 'binance.com')).toBe('official');
      expect(await page.locator('details.report').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, SLOW);

  it('without JavaScript: reports a lookalike to a confirmation page; the admin API confirms and publishes; it then checks as known_scam', async () => {
    const page = await contexts.nojs.newPage();
    const input = 'binance-login.com';
    try {
      expect(await check(page, input)).toBe('lookalike');
      await fillReport(page, 'A link in a Telegram message.');
      await Promise.all([page.waitForURL(/\/report\?lang=en$/), page.click('form[data-report-form] button[type="submit"]')]);
      expect(await page.locator('h1').innerText()).toBe('Report received');
      expect(await page.locator('.report-receipt dd').first().innerText()).toBe('Website: binance-login.com');
      await shot(page, 'report-received-nojs');
      const id = await page.locator('.report-receipt').getAttribute('data-report-id');

      const created = await runCli(['admin-tokens', 'create', '--name', 'Browser test', '--role', 'publisher'], server.env);
      const token = created.stdout.trim().split(/\s+/).pop()!;
      const admin = (path: string) =>
        fetch(`${server.base}/api/v1/admin${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
      expect((await admin(`/reports/${id}/confirm`)).status).toBe(200);
      expect((await admin('/publish')).status).toBe(201);
      // The way back leads to the same check, which the server now answers from the new version.
      await Promise.all([page.waitForURL(/q=binance-login\.com/), page.click('text=Back to the result')]);
      expect(await page.locator('#result article').getAttribute('data-verdict')).toBe('known_scam');
      await shot(page, 'report-then-known-scam-nojs');
    } finally {
      await page.close();
    }
  }, SLOW);

  it('can be used with the keyboard alone: the disclosure, note, contact and button, then the focus on the receipt', async () => {
    const page = await contexts.js.newPage();
    const focused = () => page.evaluate(() => {
      const el = document.activeElement!;
      return { id: el.id, tag: el.tagName.toLowerCase(), cls: el.className, text: (el.textContent ?? '').trim(), outline: `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}` };
    });
    try {
      await page.goto(`${server.base}/?lang=en`);
      await page.focus('#q');
      await page.keyboard.type('wikipedia.org');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#result article[data-verdict="not_official"]');
      let reached = '';
      for (let i = 0; i < 15 && reached !== 'Report this contact'; i++) {
        await page.keyboard.press('Tab');
        reached = (await focused()).text;
      }
      expect(await focused()).toMatchObject({ tag: 'summary', outline: 'solid 3px' });
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ id: 'report-note', outline: 'solid 3px' });
      await page.keyboard.type('Offered free coins for my seed phrase.');
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ id: 'report-contact' });
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'button', text: 'Send report', outline: 'solid 3px' });
      await page.keyboard.press('Enter');
      await page.waitForSelector('.report-receipt');
      expect(await focused()).toMatchObject({ cls: 'report-receipt' });
      expect(await page.locator('#status').innerText()).toContain('Thank you. Your report was received.');
    } finally {
      await page.close();
    }
  });

  it.each(['en', 'ar'])('has no serious axe violations on the open report form and the confirmation page (%s)', async (lang) => {
    // axe runs as a script in the page, so JavaScript is on; the form is then submitted natively, to reach the confirmation page.
    const page = await contexts.js.newPage();
    try {
      await page.goto(`${server.base}/?lang=${lang}&q=${encodeURIComponent('binance.info')}`);
      await page.click('details.report > summary');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await shot(page, `report-form-${lang}`);
      await Promise.all([page.waitForURL(/\/report/), page.evaluate(() => document.querySelector<HTMLFormElement>('form[data-report-form]')!.submit())]);
      expect(await page.locator('.report-receipt').count()).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await shot(page, `report-received-${lang}`);
    } finally {
      await page.close();
    }
  }, SLOW);

  it('shows a refusal in place, keeping the form, when the server refuses (a bare handle with no platform chosen is stopped by the browser first)', async () => {
    const page = await contexts.js.newPage();
    try {
      await check(page, '@some_stranger');
      await page.click('details.report > summary');
      // The required platform: the browser does not send the form without it.
      await page.click('form[data-report-form] button[type="submit"]');
      expect(await page.locator('.report-receipt').count()).toBe(0);
      await page.selectOption('#report-platform', 'telegram');
      await page.click('form[data-report-form] button[type="submit"]');
      await page.waitForSelector('.report-receipt');
      expect(await page.locator('.report-receipt dd').first().innerText()).toBe('Telegram account: some_stranger');
    } finally {
      await page.close();
    }
  });
});
