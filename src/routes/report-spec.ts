/** @module The public scam-report route's contract: the request (a contact as /api/v1/check takes it, a note, a contact address), the receipt, errors and examples. */
import { createRoute, z } from '@hono/zod-openapi';
import { CHANNEL_KINDS, PLATFORMS } from '../core/types.ts';
import { badRequestResponse, errorResponse } from '../openapi/responses.ts';
import { checkRequestSchema } from './check-spec.ts';

export const MAX_NOTE_LENGTH = 1000;
export const MAX_CONTACT_LENGTH = 200;
/** A report is a contact of at most 2,048 characters and two short texts: 16 KB holds it in any script. */
export const REPORT_BODY_LIMIT = 16 * 1024;

/** Returned with every receipt: the route stores exactly this much, and the README says the same. */
export const PRIVACY_STATEMENT =
  'We keep the reported contact in canonical form and, if you gave them, your note and contact address; not the exact text you sent, ' +
  'your browser or your IP address (counted in memory for an hour, to limit reports). Your contact address is erased once the report ' +
  'is reviewed, your note too if it is rejected.';

/** Control characters would reach reviewers' terminals through the CLI; a note may still have lines and tabs. */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Optional free text, trimmed; empty counts as not given, so nothing is stored for it. */
const optionalText = (what: string, max: number, control: RegExp) =>
  z
    .string()
    .trim()
    .max(max, `${what} is longer than ${max} characters`)
    .refine((text) => !control.test(text), `${what} contains control characters`)
    .transform((text) => text || undefined)
    .optional();

export const reportRequestSchema = checkRequestSchema
  .extend({
    note: optionalText('note', MAX_NOTE_LENGTH, CONTROL_BUT_LINES).openapi({ description: `What happened, at most ${MAX_NOTE_LENGTH} characters. Kept until the report is reviewed (see \`privacy\`).`, example: 'Wrote to me on Telegram as Binance support and asked for my 2FA code.' }),
    contact: optionalText('contact', MAX_CONTACT_LENGTH, CONTROL).openapi({ description: `How reviewers may reach you with questions (an email address, say), at most ${MAX_CONTACT_LENGTH} characters. Erased when the report is reviewed.`, example: 'reporter@example.org' }),
  })
  .openapi('ReportRequest');

const receiptSchema = z
  .object({
    id: z.number().int().openapi({ description: 'The report this was added to: repeated reports of a channel under review share one.' }),
    status: z.literal('received'),
    channel: z.object({ kind: z.enum(CHANNEL_KINDS), platform: z.enum(PLATFORMS).optional(), value: z.string() }).openapi({ description: 'The channel recorded, in canonical form; the text as sent is not stored.' }),
    privacy: z.string().openapi({ description: 'What is stored and for how long.' }),
  })
  .openapi('ReportReceipt');

export const reportRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['Reports'],
  summary: 'Report a contact as a scam',
  description:
    'For any contact that is not official. `input`, `type`, `platform` and `country` are read as `/api/v1/check` reads them, and the channel is recorded ' +
    'in canonical form; a bare handle needs its `platform`. The security team reviews reports; a confirmed one becomes a `known_scam` entry in the next ' +
    'published version. Limited per client address (`REPORT_RATE_LIMIT` an hour). Official channels are refused with `422`.',
  request: { body: { required: true, content: { 'application/json': { schema: reportRequestSchema, example: { input: 'https://binance-verify-login.com/secure', note: 'Sent by SMS, asking me to confirm my account.', contact: 'reporter@example.org' } } } } },
  responses: {
    201: {
      description: 'Received, for review.',
      content: {
        'application/json': {
          schema: receiptSchema,
          example: { id: 3, status: 'received', channel: { kind: 'domain', value: 'binance-verify-login.com' }, privacy: PRIVACY_STATEMENT },
        },
      },
    },
    400: badRequestResponse('platform_required', 'Say which platform this handle is on (platform), so the report names one account.'),
    413: errorResponse(`The body is larger than ${REPORT_BODY_LIMIT / 1024} KB.`, 'payload_too_large', `The body is larger than ${REPORT_BODY_LIMIT / 1024} KB.`),
    415: errorResponse('The body is not sent as JSON.', 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'),
    422: errorResponse('The contact is an official channel in the registry: it is not a scam and cannot be reported as one.', 'official_channel', 'binance.com is an official channel of Binance; it cannot be reported as a scam.'),
    429: errorResponse('Too many reports from this address: `Retry-After` says when to try again.', 'rate_limited', 'Too many requests: at most 10 an hour. Try again in 1260 s.'),
  },
});

export type ReportRequest = z.infer<typeof reportRequestSchema>;
