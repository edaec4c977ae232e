/** @module The report page in the OpenAPI document: what "Report this contact" posts, with or without JavaScript, and what it answers. */
import { createRoute, z } from '@hono/zod-openapi';
import { PLATFORMS } from '../core/types.ts';
import { MAX_CONTACT_LENGTH, MAX_NOTE_LENGTH } from '../routes/report-spec.ts';
import { lang } from './page-spec.ts';

export const reportPageRoute = createRoute({
  method: 'post',
  path: '/report',
  tags: ['Pages'],
  summary: 'Report a contact from the check page (HTML)',
  description:
    'What the "Report this contact" form on a result posts, with or without JavaScript. It stores the report exactly as ' +
    '`POST /api/v1/reports` does (the same core, the same per-address `REPORT_RATE_LIMIT`) and answers a confirmation page in ' +
    'the page\'s language. Refusals are pages too: 400 (the contact cannot be read, a bare handle without its platform, a note ' +
    'or contact that is too long), 403 (a form not posted from this site: the browser\'s `Sec-Fetch-Site` must be `same-origin`, or ' +
    'its `Origin` this site\'s), 422 (an official channel), 429 with Retry-After. Security headers as on every page.',
  request: {
    query: z.object({ lang }),
    body: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: z.object({
            q: z.string().max(2048).openapi({ description: 'The contact, as checked.' }),
            platform: z.enum(['', ...PLATFORMS]).optional().openapi({ description: 'The platform of a bare @handle, as checked.' }),
            country: z.string().optional().openapi({ description: 'The country of a national phone number, when the check had one.' }),
            note: z.string().max(MAX_NOTE_LENGTH).optional(),
            contact: z.string().max(MAX_CONTACT_LENGTH).optional(),
          }),
          example: { q: 'bіnance.com', platform: '', note: 'A link in an SMS asking me to sign in.', contact: '' },
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The confirmation page: the channel recorded, the report\'s number, what is stored, what happens next.',
      content: { 'text/html': { schema: z.string(), example: '<!doctype html><html lang="en">…<section class="report-receipt" data-report-id="3">…' } },
    },
  },
});
