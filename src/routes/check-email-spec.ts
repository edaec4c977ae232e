/** @module The email check's contract: the raw message as message/rfc822 or JSON, the answer with its findings, errors and an example. */
import { createRoute, z } from '@hono/zod-openapi';
import { EMAIL_VERDICTS, SEVERITIES } from '../core/email/index.ts';
import { errorResponse, optionalKey, rateLimitedResponse, rateLimitHeaderDocs, unauthorizedResponse } from '../openapi/responses.ts';
import { countrySchema } from './check-spec.ts';

export const EMAIL_TOO_LARGE = 'The message is larger than 5 MB.';

/** A message as Gmail delivers it: aligned DKIM and DMARC pass recorded by the provider, an official sender of the sample registry. */
export const EXAMPLE_MESSAGE = [
  'Received: from mail-out.binance.com (mail-out.binance.com [203.0.113.7]) by mx.google.com with ESMTPS id x1si123; Tue, 24 Nov 2026 09:12:03 -0800 (PST)',
  'Authentication-Results: mx.google.com;',
  '       dkim=pass header.i=@binance.com header.s=s1 header.b=Qx7mZ2;',
  '       spf=pass (google.com: domain of bounce@post.binance.com designates 203.0.113.7 as permitted sender) smtp.mailfrom=bounce@post.binance.com;',
  '       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=binance.com',
  'From: Binance <do-not-reply@binance.com>',
  'To: you@example.net',
  'Subject: [Binance] New device login',
  'Date: Tue, 24 Nov 2026 17:12:01 +0000',
  'Message-ID: <20261124171201.4f2a@binance.com>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'A new device signed in to your account. If this was not you, visit https://www.binance.com/en/my/security.',
  '',
].join('\r\n');

export const emailRequestSchema = z
  .object({
    raw: z.string({ error: 'raw is required: the full source of the email (headers and body)' }).openapi({ description: 'The full source of the message, at most 5 MB as UTF-8.' }),
    country: countrySchema.optional(),
  })
  .openapi('EmailCheckRequest');

const ref = z.object({ slug: z.string(), name: z.string() });
const findingSchema = z
  .object({
    code: z.string().openapi({ description: 'Stable code, such as `dmarc_fail` or `link_text_mismatch` (README, Checking an email).' }),
    severity: z.enum(SEVERITIES),
    explanation: z.string(),
    organization: ref.optional(),
    subject: z.string().optional().openapi({ description: 'What it is about: an address, a link, a number or a handle, as found.' }),
  })
  .openapi('EmailFinding');
const contactVerdicts = z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Each with its verdict as `/api/v1/check` gives it, and `source` (`html` or `text`); links also with the `text` they show.' });
const counted = z.object({ found: z.number().int(), checked: z.number().int(), max: z.number().int() });

export const emailAnswerSchema = z
  .looseObject({
    verdict: z.enum(EMAIL_VERDICTS),
    organization: ref.optional(),
    message: z.string(),
    reasons: z.array(z.string()).openapi({ description: 'Codes of the findings that decided the verdict; they lead `findings`.' }),
    findings: z.array(findingSchema),
    sender: z.looseObject({ from: z.record(z.string(), z.unknown()).nullable(), displayName: z.string().nullable(), replyTo: z.array(z.record(z.string(), z.unknown())), sender: z.string().nullable(), returnPath: z.string().nullable() }),
    authentication: z.looseObject({ headers: z.number().int(), trusted: z.record(z.string(), z.unknown()).nullable(), ignored: z.number().int(), fromDomainVerified: z.boolean() }).openapi({ description: 'The topmost Authentication-Results header, the only one trusted.' }),
    email: z.object({ subject: z.string().nullable(), date: z.string().nullable() }),
    links: contactVerdicts,
    phones: contactVerdicts,
    handles: contactVerdicts,
    limits: z.object({ links: counted, phones: counted, handles: counted, textTruncated: z.boolean() }),
    advice: z.array(z.string()),
    registry: z.object({ version: z.number().int(), digest: z.string().nullable() }),
    checkedAt: z.string(),
  })
  .openapi('EmailCheckAnswer');

const EXAMPLE_ANSWER = {
  verdict: 'official',
  organization: { slug: 'binance', name: 'Binance' },
  message: 'This email is from Binance: do-not-reply@binance.com is its registered sender, and your mail provider verified it.',
  reasons: ['sender_official', 'dmarc_pass', 'dkim_aligned_pass'],
  findings: [
    { code: 'sender_official', severity: 'ok', subject: 'do-not-reply@binance.com', explanation: 'do-not-reply@binance.com is a registered email sender of Binance.' },
    { code: 'dmarc_pass', severity: 'ok', subject: 'binance.com', explanation: "Your mail provider (mx.google.com) checked DMARC for binance.com and it passed: binance.com's own servers sent this message." },
  ],
  authentication: { headers: 1, ignored: 0, fromDomainVerified: true, trusted: { authservId: 'mx.google.com', dmarc: { result: 'pass', domain: 'binance.com', aligned: true } } },
  links: [{ input: 'https://www.binance.com/en/my/security', type: 'domain', verdict: 'official', source: 'text' }],
  registry: { version: 1, digest: '2b9beb7a…' },
  checkedAt: '2026-11-25T22:56:21.703Z',
};

export const checkEmailRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['Lookups'],
  summary: 'Check a whole email',
  description:
    'The raw message (`message/rfc822`, or JSON `{"raw": "…"}`), at most 5 MB. Answers the sender\'s verdict, the authentication results of the topmost ' +
    '`Authentication-Results` header, every link, phone number and handle in the bodies with its verdict, and a summary verdict: `official` only for an ' +
    'official sender whose DMARC (or aligned DKIM) passed. Never resolves a domain or opens a link; the message is not stored or logged. ' +
    'Works without a key (the per-address public limit) or with one (the key\'s limit and usage, one count per message).',
  security: optionalKey,
  request: {
    query: z.object({ country: countrySchema.optional().openapi({ param: { name: 'country', in: 'query' }, description: 'With `message/rfc822`: the country of numbers written without a country code.' }) }),
    body: {
      required: true,
      content: {
        'message/rfc822': { schema: z.string().openapi({ description: 'The message source as received (an .eml file).' }), example: EXAMPLE_MESSAGE },
        'application/json': { schema: emailRequestSchema, example: { raw: EXAMPLE_MESSAGE } },
      },
    },
  },
  responses: {
    200: { description: 'The findings and the summary verdict.', headers: rateLimitHeaderDocs, content: { 'application/json': { schema: emailAnswerSchema, example: EXAMPLE_ANSWER } } },
    400: errorResponse('Not an email, or the request cannot be understood: `empty_message`, `not_an_email`, `unreadable_message`, `invalid_json`, `invalid_request`.', 'not_an_email', 'This does not look like the full source of an email: it has no headers such as From, Date or Received.'),
    401: unauthorizedResponse,
    413: errorResponse('The message is larger than 5 MB.', 'payload_too_large', EMAIL_TOO_LARGE),
    415: errorResponse('The body is neither message/rfc822 nor JSON.', 'unsupported_media_type', 'Send the message as message/rfc822, or as JSON {"raw": "…"} with Content-Type: application/json.'),
    429: rateLimitedResponse,
  },
});
