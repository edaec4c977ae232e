/** @module The check form in Debian's Chromium against `npm start`: every verdict with and without JavaScript (screenshots at 390×844), and keyboard-only use. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, PHONE, SCREENSHOTS, watchProblems } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { VERDICT_INPUTS } from '../support/sample-inputs.ts';

const session = useBrowserSession();

/** Opens the check page, types the input and presses the button, as a person would; `before` runs once the page is open. */
async function check(page: Page, input: string, before?: () => Promise<unknown>): Promise<void> {
  await page.goto(`${session.server.base}/?lang=en`);
  await before?.();
  await page.fill('#q', input);
  await page.click('button[type="submit"]');
  await page.waitForSelector('#result article[data-verdict]');
}

// Reason: these tests need Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it).
describe.skipIf(!hasChromium)('the check form in Chromium', () => {
  describe.each(['js', 'nojs'] as const)('with %s', (mode) => {
    it.each(Object.entries(VERDICT_INPUTS))('shows %s for %s, obvious at 390 px', async (verdict, input) => {
      const page = await session.contexts[mode].newPage();
      const problems = watchProblems(page);
      try {
        // With JavaScript the answer comes in place: a value set on the window before survives the answer.
        await check(page, input, mode === 'js' ? () => page.evaluate(() => ((window as unknown as { marker: number }).marker = 42)) : undefined);
        const card = page.locator('#result article');
        expect(await card.getAttribute('data-verdict')).toBe(verdict);
        expect(await page.locator('#verdict-title').getAttribute('data-verdict')).toBe(verdict);
        // Words and an icon, never colour alone; the band is on screen without scrolling.
        expect((await page.locator('#verdict-title').innerText()).trim().length).toBeGreaterThan(3);
        expect(await page.locator('#verdict-title svg.verdict-icon').count()).toBe(1);
        const band = await page.locator('#verdict-title').boundingBox();
        expect(band!.y + band!.height).toBeLessThanOrEqual(PHONE.height);
        expect(band!.width).toBeLessThanOrEqual(PHONE.width);
        if (mode === 'js') {
          expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
          expect(await page.locator('#status').innerText()).toContain(await page.locator('#verdict-title').innerText());
        } else {
          expect(await page.locator('#q').inputValue()).toBe(input);
        }
        await page.screenshot({ path: join(SCREENSHOTS, `form-${verdict}-${mode}.png`) });
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  it('answers in place again and again, replacing the card', async () => {
    const page = await session.contexts.js.newPage();
    try {
      await check(page, VERDICT_INPUTS.official);
      await page.fill('#q', VERDICT_INPUTS.known_scam);
      await page.press('#q', 'Enter');
      await page.waitForSelector('#result article[data-verdict="known_scam"]');
      expect(await page.locator('#result article').count()).toBe(1);
      expect(await page.title()).toContain('Known scam');
    } finally {
      await page.close();
    }
  });

  it('can be used with the keyboard alone: skip link, field, platform, button, the answer, and its links', async () => {
    const page = await session.contexts.js.newPage();
    const focused = () => page.evaluate(() => {
      const el = document.activeElement!;
      const style = getComputedStyle(el);
      return { id: el.id, tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim(), outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    try {
      await page.goto(`${session.server.base}/?lang=en`);
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'a', text: 'Skip to content', outline: 'solid 3px' });
      // The skip link lands in <main>; the next Tabs reach the two mode tabs, then the field.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'a', text: 'Check a contact', outline: 'solid 3px' });
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'a', text: 'Check an email' });
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ id: 'q', outline: 'solid 3px' });
      await page.keyboard.type('@binanceexchange');
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ id: 'platform' });
      // Chromium's closed <select> takes a typed letter: "Telegram" is the first platform beginning with "te".
      await page.keyboard.type('te');
      expect(await page.locator('#platform').inputValue()).toBe('telegram');
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'button', outline: 'solid 3px' });
      await page.keyboard.press('Enter');
      await page.waitForSelector('#result article[data-verdict="official"]');
      expect(await page.locator('#status').innerText()).toContain('Official');
      // The focus stays where it was, and Tab goes on into the answer's links.
      expect(await focused()).toMatchObject({ tag: 'button' });
      let reached = '';
      for (let i = 0; i < 10 && !reached.startsWith('See all official channels'); i++) {
        await page.keyboard.press('Tab');
        reached = (await focused()).text;
      }
      expect(reached).toBe('See all official channels of Binance');
      await Promise.all([page.waitForURL(/\/org\/binance/), page.keyboard.press('Enter')]);
      expect(await page.locator('h1').innerText()).toBe('Binance: official channels');
    } finally {
      await page.close();
    }
  });
});
