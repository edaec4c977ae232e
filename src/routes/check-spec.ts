/** @module The lookup routes' contract: request schemas (which also validate), answers, errors and examples. */
import { createRoute, z } from '@hono/zod-openapi';
import { isSupportedCountry } from '../core/input/phone.ts';
import { INPUT_TYPES, PLATFORMS } from '../core/types.ts';
import { VERDICTS } from '../core/verdict.ts';
import { badRequestResponse, errorResponse, optionalKey, rateLimitedResponse, rateLimitHeaderDocs, requiredKey, unauthorizedResponse } from '../openapi/responses.ts';

export const MAX_BATCH_ITEMS = 1000;

export const countrySchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .refine((s) => isSupportedCountry(s), 'not a known two-letter country code (ISO 3166-1, such as GB)')
  .openapi({ description: 'ISO 3166-1 code for phone numbers written without a country code.', example: 'US', type: 'string' });
const type = z.enum(INPUT_TYPES).openapi({ description: 'Overrides detection; `auto` by default.' });
const platform = z.enum(PLATFORMS).openapi({ description: 'The platform of a bare handle.' });
const org = z.string().min(1).max(100).openapi({
  description: 'Ask for one organization only ("is this one of ours?", as its widget does): `official`, `revoked`, `known_scam` and ' +
    '`lookalike` then concern that organization alone, anything else (another organization\'s channel included) is `not_official`, ' +
    'and the answer carries `scope`. An unknown slug answers 404 `organization_not_found`.',
  example: 'binance',
});

export const checkRequestSchema = z
  .object({
    input: z.string({ error: 'input is required: the link, email, phone number or handle to check' }).openapi({ description: 'The contact as received, at most 2,048 characters.', example: '@binanceexchange' }),
    type: type.optional(),
    platform: platform.optional(),
    country: countrySchema.optional(),
    org: org.optional(),
  })
  .openapi('CheckRequest');

/** Query parameters: an empty `type=` or `platform=` (as an HTML form sends) means "not given". */
const emptyIsUnset = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
export const checkQuerySchema = z.object({
  q: z.string().openapi({ param: { required: true }, description: 'The contact to check: a link, domain, email address, phone number or handle.', example: 'binance.info' }),
  type: emptyIsUnset(type).openapi({ param: { name: 'type', in: 'query' }, type: 'string', enum: [...INPUT_TYPES] }),
  platform: emptyIsUnset(platform).openapi({ param: { name: 'platform', in: 'query' }, type: 'string', enum: [...PLATFORMS] }),
  country: emptyIsUnset(countrySchema).openapi({ param: { name: 'country', in: 'query' }, type: 'string', example: 'US' }),
  org: emptyIsUnset(org).openapi({ param: { name: 'org', in: 'query' }, type: 'string', example: 'binance' }),
});

export const batchRequestSchema = z
  .object({
    items: z
      .array(z.unknown(), { error: 'items must be an array of {input, type?, platform?, country?}' })
      .min(1, 'items is empty')
      .max(MAX_BATCH_ITEMS, `at most ${MAX_BATCH_ITEMS} items per batch`)
      .openapi({ description: `Up to ${MAX_BATCH_ITEMS} items of {input, type?, platform?, country?}; a bad item gets \`verdict: "invalid"\` in place.` }),
  })
  .openapi('BatchRequest');

const ref = z.object({ slug: z.string(), name: z.string() });
export const checkAnswerSchema = z
  .looseObject({
    input: z.string(),
    type: z.enum(['domain', 'email', 'phone', 'social']).nullable(),
    normalized: z.record(z.string(), z.unknown()).nullable().openapi({
      description: 'The contact as understood. A link: the host it opens (value, unicode, registrableDomain, ip) and `userinfo`, what it writes before "@" in front of that host, when it writes any.',
    }),
    verdict: z.enum(VERDICTS),
    organization: ref.optional(),
    channel: z.record(z.string(), z.unknown()).optional().openapi({ description: 'The registry entry matched: kind, platform, value, status, reason, revokedAt…' }),
    channels: z.array(z.record(z.string(), z.unknown())).optional(),
    scam: z.object({ reason: z.string(), target: ref }).optional(),
    scope: ref.optional().openapi({ description: 'With `org`: the organization the answer was asked for.' }),
    matches: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'For `lookalike`: each imitated channel with reasons, score, severity and explanation.' }),
    advice: z.array(z.string()),
    message: z.string(),
    note: z
      .looseObject({ code: z.enum(['user_content_page', 'unlisted_sender']) })
      .optional()
      .openapi({
        description:
          'For `not_official`, where more than "none" can be said: `user_content_page` (a page published where anyone can publish, with `product` and `host`), ' +
          "`unlisted_sender` (an address on an organization's own domain that it does not list among its senders, with `organization` and `domain`). `message` says the same in English.",
      }),
    error: z.object({ code: z.string(), message: z.string() }).optional().openapi({ description: 'Batch items only: why the item is `invalid`.' }),
    registry: z.object({ version: z.number().int(), digest: z.string().nullable() }),
    checkedAt: z.string(),
  })
  .openapi('CheckAnswer');

const lookupHeaders = {
  ETag: { description: 'Weak entity tag of the registry version and the request; send it back as If-None-Match.', schema: { type: 'string' as const } },
  'Cache-Control': { description: 'How long the answer may be reused.', schema: { type: 'string' as const } },
  ...rateLimitHeaderDocs,
};

const answerContent = (example: unknown) => ({
  'application/json': { schema: checkAnswerSchema, example },
  'application/jose+json': { schema: z.object({ payload: z.string(), protected: z.string(), signature: z.string() }).openapi('FlattenedJws') },
});

const unknownOrganization = errorResponse('`org` names no organization in the registry.', 'organization_not_found', 'No organization "acme" in this registry.');

const lookupErrors = {
  400: badRequestResponse('invalid_domain', 'This is not a valid domain name.'),
  401: unauthorizedResponse,
  406: errorResponse('A signed answer was asked for but this server cannot sign.', 'not_acceptable', 'This server has no signing key and cannot sign answers; ask for application/json.'),
  429: rateLimitedResponse,
};

export const checkGetRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Lookups'],
  summary: 'Check one contact',
  description: 'Works without a key (the per-address public limit) or with one (the key\'s limit and usage). `Accept: application/jose+json` answers a flattened JWS of the verdict.',
  security: optionalKey,
  request: { query: checkQuerySchema },
  responses: {
    200: { description: 'The verdict.', headers: lookupHeaders, content: answerContent({ input: 'binance.info', type: 'domain', verdict: 'revoked', organization: { slug: 'binance', name: 'Binance' }, registry: { version: 1, digest: '2b9beb7a…' }, checkedAt: '2026-11-25T22:56:21.703Z' }) },
    304: { description: 'Not modified: the If-None-Match tag still matches (same registry version and request).' },
    ...lookupErrors,
    404: unknownOrganization,
  },
});

export const checkPostRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['Lookups'],
  summary: 'Check one contact (JSON body)',
  security: optionalKey,
  request: { body: { required: true, content: { 'application/json': { schema: checkRequestSchema, example: { input: '@binanceexchange', platform: 'telegram' } } } } },
  responses: {
    200: { description: 'The verdict.', headers: lookupHeaders, content: answerContent({ input: '@binanceexchange', type: 'social', verdict: 'official', organization: { slug: 'binance', name: 'Binance' } }) },
    ...lookupErrors,
    404: unknownOrganization,
    413: errorResponse('The body is larger than 64 KB.', 'payload_too_large', 'The body is larger than 64 KB.'),
    415: errorResponse('The body is not sent as JSON.', 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'),
  },
});

export const checkBatchRoute = createRoute({
  method: 'post',
  path: '/batch',
  tags: ['Lookups'],
  summary: 'Check up to 1,000 contacts',
  description: 'Needs an API key. Answers in the same order; an item that cannot be understood gets `verdict: "invalid"` and its `error`.',
  security: requiredKey,
  request: { body: { required: true, content: { 'application/json': { schema: batchRequestSchema, example: { items: [{ input: 'binance.com' }, { input: '+1 415 555 0199' }, { input: '' }] } } } } },
  responses: {
    200: {
      description: 'One answer per item, in order.',
      headers: rateLimitHeaderDocs,
      content: {
        'application/json': {
          schema: z.object({ results: z.array(checkAnswerSchema) }).openapi('BatchAnswer'),
          example: { results: [{ input: 'binance.com', verdict: 'official' }, { input: '+1 415 555 0199', verdict: 'known_scam' }, { input: '', verdict: 'invalid', error: { code: 'empty_input' } }] },
        },
      },
    },
    ...lookupErrors,
    400: badRequestResponse('invalid_request', 'items: at most 1000 items per batch'),
    413: errorResponse('The body is larger than 4 MB.', 'payload_too_large', 'The body is larger than 4096 KB.'),
    415: errorResponse('The body is not sent as JSON.', 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'),
  },
});

export type CheckRequest = z.infer<typeof checkRequestSchema>;
