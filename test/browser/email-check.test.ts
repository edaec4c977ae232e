/** @module The email check page in Debian's Chromium against `npm start`: pasting and uploading messages with and without JavaScript, a dropped file, the 5 MB limit, Arabic right to left, axe scans, and screenshots at 390×844. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, PHONE, SCREENSHOTS, seriousAxeViolations, watchProblems } from '../support/browser.ts';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession();

const corpusPath = (name: string) => new URL(`../email/corpus/${name}`, import.meta.url).pathname;
const corpusText = (name: string) => readFileSync(corpusPath(name), 'utf8');

/** Opens a fresh page on the email form, runs `use`, and closes it; CSP refusals and script errors fail the test. */
async function onEmailPage(mode: 'js' | 'nojs', lang: string, use: (page: Page) => Promise<void>): Promise<void> {
  const page = await session.contexts[mode].newPage();
  const problems = watchProblems(page);
  try {
    await page.goto(`${session.server.base}/email?lang=${lang}`);
    await use(page);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
}

/** Presses the button and waits for the answer card, in place or on the next page. */
async function submit(page: Page): Promise<void> {
  await page.click('form[data-email-form] button[type="submit"]');
  await page.waitForSelector('#result article[data-verdict]');
}

/** The verdict band: on screen at 390×844 without scrolling further, with words and an icon. */
async function expectObviousVerdict(page: Page, verdict: string): Promise<void> {
  expect(await page.locator('#result article').getAttribute('data-verdict')).toBe(verdict);
  expect(await page.locator('#verdict-title').getAttribute('data-verdict')).toBe(verdict);
  expect((await page.locator('#verdict-title').innerText()).trim().length).toBeGreaterThan(3);
  expect(await page.locator('#verdict-title svg.verdict-icon').count()).toBe(1);
  const band = (await page.locator('#verdict-title').boundingBox())!;
  expect(band.y).toBeGreaterThanOrEqual(0);
  expect(band.y + band.height).toBeLessThanOrEqual(PHONE.height);
  expect(band.width).toBeLessThanOrEqual(PHONE.width);
}

// Reason: these tests need Debian's Chromium at /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it).
describe.skipIf(!hasChromium)('the email check in Chromium', () => {
  const pasted = [
    ['lookalike', 'lookalike-sender.eml'],
    ['official', 'official-aligned.eml'],
  ] as const;

  describe.each(['js', 'nojs'] as const)('with %s', (mode) => {
    it.each(pasted)('shows %s for a pasted %s, obvious at 390 px', async (verdict, name) => {
      await onEmailPage(mode, 'en', async (page) => {
        // With JavaScript the answer comes in place: a value set on the window before survives it.
        if (mode === 'js') await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
        await page.fill('#raw', corpusText(name));
        await submit(page);
        await expectObviousVerdict(page, verdict);
        if (mode === 'js') {
          expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
          expect(await page.locator('#status').innerText()).toContain(await page.locator('#verdict-title').innerText());
          // The answer takes the focus, so keyboard and screen reader users land on it.
          expect(await page.evaluate(() => document.activeElement?.id)).toBe('verdict-title');
        } else {
          expect(page.url()).toContain('/email?lang=en');
        }
        expect(await page.locator('.finding').count()).toBeGreaterThan(0);
        await page.screenshot({ path: join(SCREENSHOTS, `email-${verdict}-pasted-${mode}.png`) });
      });
    });

    it('checks an .eml file chosen with the file picker, as bytes', async () => {
      await onEmailPage(mode, 'en', async (page) => {
        await page.setInputFiles('#file', corpusPath('iso-8859-1-8bit.eml'));
        if (mode === 'js') await expect.poll(() => page.locator('#file-status').innerText()).toMatch(/^iso-8859-1-8bit\.eml \(\d+ kB\) is ready/);
        await submit(page);
        await expectObviousVerdict(page, 'official');
        expect(await page.locator('.email-sender bdi').first().innerText()).toBe('Banque Exemple Sécurité');
        await page.screenshot({ path: join(SCREENSHOTS, `email-official-file-${mode}.png`) });
      });
    });
  });

  it('reads a file dropped on the form (FileReader) and checks it in place', async () => {
    await onEmailPage('js', 'en', async (page) => {
      const sent: string[] = [];
      page.on('request', (request) => sent.push(`${request.method()} ${new URL(request.url()).pathname}`));
      const bytes = [...readFileSync(corpusPath('windows-1251-base64.eml'))];
      const dropped = await page.evaluateHandle((data) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], 'notice.eml', { type: 'message/rfc822' }));
        return transfer;
      }, bytes);
      await page.dispatchEvent('form[data-email-form]', 'dragover', { dataTransfer: dropped });
      expect(await page.locator('form[data-email-form]').getAttribute('class')).toContain('dropping');
      await page.dispatchEvent('#raw', 'drop', { dataTransfer: dropped });
      await expect.poll(() => page.locator('#file-status').innerText()).toContain('notice.eml');
      expect(await page.locator('#file').evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe('notice.eml');
      await submit(page);
      await expectObviousVerdict(page, 'known_scam');
      // Read in the page, posted to this site's own /email only.
      expect(sent.filter((s) => s.startsWith('POST'))).toEqual(['POST /email']);
      await page.screenshot({ path: join(SCREENSHOTS, 'email-known_scam-dropped-js.png') });
    });
  });

  it('refuses a file over 5 MB before sending it (JavaScript), and with a 413 page without', async () => {
    const big = { name: 'big.eml', mimeType: 'message/rfc822', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') };
    await onEmailPage('js', 'en', async (page) => {
      const posts: string[] = [];
      page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
      await page.setInputFiles('#file', big);
      await expect.poll(() => page.locator('#file-status').innerText()).toBe('This message is larger than 5 MB, the most we check. Attachments make a message large: paste only its headers and text instead.');
      expect(await page.locator('#file').inputValue()).toBe('');
      expect(posts).toEqual([]);
    });
    await onEmailPage('nojs', 'ru', async (page) => {
      await page.setInputFiles('#file', big);
      await page.click('form[data-email-form] button[type="submit"]');
      await page.waitForSelector('.error-message');
      expect(await page.locator('.error-message').innerText()).toContain('Это письмо больше 5 МБ');
      await page.screenshot({ path: join(SCREENSHOTS, 'email-too-large-nojs-ru.png') });
    });
  });

  it('says what is wrong with a pasted text that is not an email, in place', async () => {
    await onEmailPage('js', 'es', async (page) => {
      await page.fill('#raw', corpusText('not-an-email.txt'));
      await page.click('form[data-email-form] button[type="submit"]');
      await page.waitForSelector('#result .error-message');
      expect(await page.locator('#result .error-message').innerText()).toContain('Esto no parece el código fuente completo de un correo');
    });
  });

  it('can be used with the keyboard alone: tabs, how-to, paste area, file picker, button, then the answer', async () => {
    await onEmailPage('js', 'en', async (page) => {
      const focused = () => page.evaluate(() => {
        const el = document.activeElement!;
        return { id: el.id, tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 40), outline: getComputedStyle(el).outlineStyle };
      });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'a', text: 'Check a contact' });
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'a', text: 'Check an email' });
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'summary', outline: 'solid' });
      await page.keyboard.press('Enter');
      expect(await page.locator('.how-to').getAttribute('open')).toBe('');
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ id: 'raw', outline: 'solid' });
      await page.keyboard.insertText(corpusText('lookalike-sender.eml'));
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ id: 'file' });
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'button', outline: 'solid' });
      await page.keyboard.press('Enter');
      await page.waitForSelector('#result article[data-verdict="lookalike"]');
      expect(await focused()).toMatchObject({ id: 'verdict-title' });
      await page.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ tag: 'summary', text: 'Details (in English)' });
    });
  });

  it('is right to left in Arabic, the verdict mirrored and the addresses kept left to right', async () => {
    await onEmailPage('js', 'ar', async (page) => {
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      await page.fill('#raw', corpusText('lookalike-sender.eml'));
      await submit(page);
      await expectObviousVerdict(page, 'lookalike');
      expect(await page.locator('#verdict-title').innerText()).toBe('مزيّف: تقليد');
      const icon = (await page.locator('#verdict-title svg').boundingBox())!;
      const words = (await page.locator('#verdict-title span').boundingBox())!;
      expect(icon.x).toBeGreaterThan(words.x);
      expect(await page.locator('.email-sender .contact .value').first().innerText()).toBe('security@binnance.com');
      await page.screenshot({ path: join(SCREENSHOTS, 'email-lookalike-ar-js.png') });
    });
  });
});

describe.skipIf(!hasChromium)('axe-core scan of the email page (WCAG 2.2 A and AA): no serious or critical violation', () => {
  const pages: Array<[string, string, string?]> = [
    ['the form', 'en'],
    ['the form in Arabic', 'ar'],
    ['a lookalike answer', 'en', 'lookalike-sender.eml'],
    ['an official answer', 'en', 'official-aligned.eml'],
    ['a known scam answer with links and handles', 'en', 'windows-1251-base64.eml'],
    ['an answer without authentication results', 'en', 'no-authentication-results.eml'],
    ['a lookalike link answer in Arabic', 'ar', 'link-text-mismatch.eml'],
    ['a message that is not an email', 'en', 'not-an-email.txt'],
  ];

  it.each(pages)('%s', async (_name, lang, message) => {
    await onEmailPage('js', lang, async (page) => {
      if (message) {
        await page.fill('#raw', corpusText(message));
        await page.click('form[data-email-form] button[type="submit"]');
        await page.waitForSelector('#result > *');
      }
      // Every <details> open, so what they hide (explanations, the how-to) is scanned too; the whole page kept to look at.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.screenshot({ path: join(SCREENSHOTS, `email-full-${lang}-${message ?? 'form'}.png`), fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  });
});
