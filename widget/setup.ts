/** @module Fetching the widget's messages (and its organization's name) once per server, language and organization, however many widgets a page holds. */
import type { Setup } from './types.ts';

/** A failed setup: the server's error code and message, or `network` when it could not be reached. */
export class SetupError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** The tags the server accepts; anything else is not sent, and the server answers in English. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

const loaded = new Map<string, Promise<Setup>>();

export function loadSetup(api: string, lang: string, org: string | null): Promise<Setup> {
  const url = new URL('/api/v1/widget-messages', api);
  if (LANGUAGE_TAG.test(lang)) url.searchParams.set('lang', lang);
  if (org) url.searchParams.set('org', org);
  let setup = loaded.get(url.href);
  if (!setup) {
    setup = fetchSetup(url);
    loaded.set(url.href, setup);
    // A failure is not remembered: the next widget, or the next attribute change, tries again.
    setup.catch(() => loaded.delete(url.href));
  }
  return setup;
}

async function fetchSetup(url: URL): Promise<Setup> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new SetupError('network', 'Verify could not be reached. Try again later.');
  }
  const body = await response.json().catch(() => null);
  if (!response.ok || !body?.messages) {
    throw new SetupError(body?.error?.code ?? 'internal_error', body?.error?.message ?? `Verify answered ${response.status}.`);
  }
  return body as Setup;
}
