/** @module The email check page in the OpenAPI document: it answers HTML, so it is documented for completeness and validated by hand. */
import { createRoute, z } from '@hono/zod-openapi';
import { EXAMPLE_MESSAGE } from '../routes/check-email-spec.ts';
import { html, lang } from './page-spec.ts';

const ERRORS_IN_PAGE =
  'A message that cannot be checked (empty, not an email, unreadable) answers 400 with the form and the reason in the page\'s language; ' +
  'past 5 MB, 413 likewise; past the public per-address limit, 429 with Retry-After. The message is neither stored nor logged. ' +
  'Pages carry a strict Content-Security-Policy (scripts only with the response\'s nonce) and are never cached.';

const message = z.object({
  raw: z.string().optional().openapi({ description: 'The full source of the message, as pasted.' }),
  file: z.string().optional().openapi({ format: 'binary', description: 'An .eml file; checked instead of `raw` when it is not empty.' }),
});

export const emailPageRoute = createRoute({
  method: 'get',
  path: '/email',
  tags: ['Pages'],
  summary: 'The email check page (HTML)',
  description: 'The form to paste a message\'s full source or choose its .eml file (at most 5 MB), with how to get the source in Gmail, Outlook, Apple Mail and Proton.',
  request: { query: z.object({ lang }) },
  responses: { 200: { description: 'The page.', content: html('<!doctype html><html lang="en">…<form … data-email-form>…') } },
});

export const checkEmailPageRoute = createRoute({
  method: 'post',
  path: '/email',
  tags: ['Pages'],
  summary: 'Check an email from the form (HTML)',
  description:
    'What the email form posts, with or without JavaScript: the page with the answer of `POST /api/v1/check/email` (its card has ' +
    `\`data-verdict\`; findings, sender, authentication results, and each link, number and handle with its own verdict). ${ERRORS_IN_PAGE}`,
  request: {
    query: z.object({ lang }),
    body: {
      required: true,
      content: {
        'multipart/form-data': { schema: message, example: { raw: EXAMPLE_MESSAGE } },
        'application/x-www-form-urlencoded': { schema: message.pick({ raw: true }), example: { raw: EXAMPLE_MESSAGE } },
      },
    },
  },
  responses: { 200: { description: 'The page with the answer.', content: html('<!doctype html><html lang="en">…<article class="result email-result" data-verdict="official">…') } },
});
