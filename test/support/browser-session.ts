/** @module One `npm start` server and one Chromium per browser test file, with a phone-sized context with JavaScript and one without. */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { hasChromium, launchChromium, PHONE } from './browser.ts';
import { startNodeServer, type NodeServer } from './node-server.ts';

export interface BrowserSession {
  server: NodeServer;
  browser: Browser;
  contexts: Record<'js' | 'nojs', BrowserContext>;
}

/** Registers the file's beforeAll and afterAll; the session's fields are there once beforeAll has run (never without Chromium). */
export function useBrowserSession(): BrowserSession {
  const session = { contexts: {} } as BrowserSession;
  beforeAll(async () => {
    if (!hasChromium) return;
    [session.server, session.browser] = await Promise.all([startNodeServer({ PUBLIC_RATE_LIMIT: '100000' }), launchChromium()]);
    session.contexts.js = await session.browser.newContext({ viewport: PHONE });
    session.contexts.nojs = await session.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
    session.server?.close();
  });
  return session;
}
