/** @module Rendering a page: the reader's translator, and a body inside the shared layout with this response's nonce. */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { translator, type Language, type Translator } from './i18n/index.ts';
import { Layout } from './layout.tsx';

/** The translator for the language detectLanguage chose. */
export const translatorOf = (c: Context): Translator => translator((c.get('language') as Language | undefined) ?? 'en');

export interface PageOptions {
  title: string;
  status?: ContentfulStatusCode;
  /** Where the language switcher's links lead. */
  path?: string;
  params?: Record<string, string | undefined>;
}

export async function render(c: Context, t: Translator, body: Child, { title, status = 200, path = c.req.path, params }: PageOptions): Promise<Response> {
  const nonce = c.get('secureHeadersNonce') ?? '';
  const page = <Layout t={t} title={`${title} — Verify`} nonce={nonce} path={path} params={params}>{body}</Layout>;
  return c.html(`<!doctype html>${await page.toString()}`, status);
}
