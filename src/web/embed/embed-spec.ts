/** @module /embed and /embed/frame in the OpenAPI document: HTML pages, documented for completeness and validated by hand. */
import { createRoute, z } from '@hono/zod-openapi';
import { LANGUAGE_CODES } from '../i18n/index.ts';

const html = (example: string) => ({ 'text/html': { schema: z.string(), example } });

const options = {
  org: z.string().max(100).optional().openapi({ param: { name: 'org', in: 'query' }, description: 'An organization\'s slug: answer "is this one of ours?" for it alone.', example: 'binance' }),
  lang: z.enum(LANGUAGE_CODES as [string, ...string[]]).optional().openapi({
    param: { name: 'lang', in: 'query' },
    description: 'The language; without it, the best match of Accept-Language, else English.',
    example: 'ar',
  }),
  compact: z.enum(['1']).optional().openapi({ param: { name: 'compact', in: 'query' }, description: '`1`: the verdict, one sentence and the link only.' }),
};

export const embedPageRoute = createRoute({
  method: 'get',
  path: '/embed',
  tags: ['Pages'],
  summary: 'Embedding Verify: snippets and a live preview (HTML)',
  description: 'The script-and-element snippet for `<verify-widget>` (`/widget.js`), the iframe snippet for `/embed/frame`, for the options chosen, and both live.',
  request: { query: z.object(options) },
  responses: { 200: { description: 'The page.', content: html('<!doctype html><html lang="ar" dir="rtl">…<verify-widget org="binance" lang="ar">…') } },
});

export const embedFrameRoute = createRoute({
  method: 'get',
  path: '/embed/frame',
  tags: ['Pages'],
  summary: 'The widget as a page for an iframe (HTML)',
  description:
    'For sites that cannot run third-party scripts: the form and, with `q`, the answer, rendered by the server (no JavaScript needed). ' +
    'Any site may frame it (`frame-ancestors *`); its links open in a new tab. A lookup counts against the public per-address limit ' +
    '(429 as a page); an unknown `org` answers 404 as a page, an input that cannot be understood 400 with the reason.',
  request: {
    query: z.object({
      ...options,
      q: z.string().optional().openapi({ param: { name: 'q', in: 'query' }, description: 'A contact to check, as on /api/v1/check.', example: 'bіnance.com' }),
    }),
  },
  responses: { 200: { description: 'The frame, with the answer when `q` was given.', content: html('<!doctype html><html lang="ar" dir="rtl">…<article class="result" data-verdict="lookalike">…') } },
});
