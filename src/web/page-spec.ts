/** @module The pages in the OpenAPI document: they answer HTML, so they are documented for completeness and validated by hand. */
import { createRoute, z } from '@hono/zod-openapi';
import { PLATFORMS } from '../core/types.ts';
import { LANGUAGE_CODES } from './i18n/index.ts';

const html = (example: string) => ({ 'text/html': { schema: z.string(), example } });

export const lang = z.enum(LANGUAGE_CODES as [string, ...string[]]).optional().openapi({
  param: { name: 'lang', in: 'query' },
  description: 'The page\'s language; without it, the best match of Accept-Language, else English.',
});
const platform = z.enum(['', ...PLATFORMS]).optional().openapi({ description: 'The platform of a bare @handle; empty for any.' });

const ERRORS_IN_PAGE =
  'An input that cannot be understood answers 400 with the form and the reason in the page\'s language; past the public ' +
  'per-address limit, 429 with Retry-After. Pages carry a strict Content-Security-Policy (scripts only with the response\'s nonce) ' +
  'and are never cached.';

export const homePageRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Pages'],
  summary: 'The check page (HTML)',
  description: `The form; with \`q\`, the page with its answer (a shareable link). ${ERRORS_IN_PAGE}`,
  request: {
    query: z.object({
      q: z.string().optional().openapi({ param: { name: 'q', in: 'query' }, description: 'A contact to check, as on /api/v1/check.', example: 'binance.com' }),
      platform: platform.openapi({ param: { name: 'platform', in: 'query' } }),
      lang,
    }),
  },
  responses: { 200: { description: 'The page, with the answer when `q` was given.', content: html('<!doctype html><html lang="en">…') } },
});

export const checkPageRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['Pages'],
  summary: 'Check from the form (HTML)',
  description: `What the form posts, with or without JavaScript: the page with the answer (its result card has \`data-verdict\`). ${ERRORS_IN_PAGE}`,
  request: {
    query: z.object({ lang }),
    body: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: z.object({ q: z.string().max(2048), platform }),
          example: { q: 'bіnance.com', platform: '' },
        },
      },
    },
  },
  responses: { 200: { description: 'The page with the answer.', content: html('<!doctype html><html lang="en">…<article class="result" data-verdict="lookalike">…') } },
});

export const orgPageRoute = createRoute({
  method: 'get',
  path: '/org/{slug}',
  tags: ['Pages'],
  summary: 'An organization\'s official channels (HTML)',
  description: 'Every official channel, by kind, and the retired ones shown as retired. An unknown slug answers 404 with a page.',
  request: {
    params: z.object({ slug: z.string().openapi({ example: 'binance', description: 'The organization\'s slug.' }) }),
    query: z.object({ lang }),
  },
  responses: { 200: { description: 'The organization\'s page.', content: html('<!doctype html><html lang="en">…') } },
});
