/** @module The registry API's contract: parameters (which also validate), answers, errors and examples. */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponse, optionalKey, rateLimitedResponse, unauthorizedResponse } from '../openapi/responses.ts';

const versionNumber = (what: string) => z.string().regex(/^\d{1,9}$/, `${what} must be a whole number`).transform(Number);

const jws = z.object({ payload: z.string(), protected: z.string(), signature: z.string() }).openapi('SignedSnapshot');
const jwsExample = { payload: 'eyJ2ZXJzaW9uIjoxLC4uLn0', protected: 'eyJhbGciOiJFZERTQSIsImtpZCI6Ii4uLiIsInR5cCI6InZlcmlmeS1yZWdpc3RyeStqc29uIn0', signature: 'yG2…' };
const cacheHeaders = {
  ETag: { description: 'The snapshot digest; send it back as If-None-Match.', schema: { type: 'string' as const } },
  'Cache-Control': { description: 'A minute for the served snapshot; a year for a numbered version, which never changes.', schema: { type: 'string' as const } },
};
const snapshotAnswer = (description: string) => ({
  description,
  headers: cacheHeaders,
  content: { 'application/jose+json': { schema: jws, example: jwsExample } },
});
const noRegistry = errorResponse('No registry version verifies on this server (see /healthz).', 'no_registry', 'This server holds no verified registry version; see /healthz.');
const notModified = { description: 'Not modified: the If-None-Match digest is still current.' };
const badRequest = (message: string) => errorResponse('A parameter is malformed.', 'invalid_request', message);

export const servedRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['Registry'],
  security: optionalKey,
  summary: 'The signed snapshot served (flattened JWS)',
  description: 'Verify it with /.well-known/jwks.json. Poll with If-None-Match: an unchanged registry answers 304 from memory.',
  responses: { 200: snapshotAnswer('The snapshot as a flattened JWS (EdDSA, typ verify-registry+json).'), 304: notModified, 401: unauthorizedResponse, 429: rateLimitedResponse, 503: noRegistry },
});

export const versionsRoute = createRoute({
  method: 'get',
  path: '/versions',
  tags: ['Registry'],
  security: optionalKey,
  summary: 'Published versions, newest first',
  request: {
    query: z.object({
      limit: versionNumber('limit').pipe(z.number().min(1).max(1000)).default(100).openapi({ type: 'string', example: '10', description: '1 to 1,000 (default 100).' }),
      before: versionNumber('before').optional().openapi({ type: 'string', description: 'Only versions older than this one (paging).' }),
    }),
  },
  responses: {
    200: {
      description: 'The version served, and the list.',
      content: {
        'application/json': {
          schema: z.object({ served: z.number().int(), versions: z.array(z.looseObject({ version: z.number().int(), digest: z.string(), previousDigest: z.string().nullable(), issuedAt: z.string(), expiresAt: z.string() })) }),
          example: { served: 1, versions: [{ version: 1, digest: '2b9beb7a…', previousDigest: null, issuedAt: '2026-11-25T22:00:00.000Z', expiresAt: '2026-12-25T22:00:00.000Z', counts: { organizations: 6, channels: 60, scams: 5 } }] },
        },
      },
    },
    400: badRequest('limit: limit must be a whole number'),
    401: unauthorizedResponse, 429: rateLimitedResponse,
  },
});

export const versionRoute = createRoute({
  method: 'get',
  path: '/versions/{n}',
  tags: ['Registry'],
  security: optionalKey,
  summary: 'One version\'s signed snapshot',
  request: { params: z.object({ n: versionNumber('the version').pipe(z.number().min(1)).openapi({ type: 'string', example: '1', param: { name: 'n', in: 'path' } }) }) },
  responses: {
    200: snapshotAnswer('That version as a flattened JWS, verified again before it is served.'),
    304: notModified,
    400: badRequest('n: the version must be a whole number'),
    404: errorResponse('No such version.', 'version_not_found', 'No registry version 7.'),
    401: unauthorizedResponse, 429: rateLimitedResponse,
    503: errorResponse('The version is stored but does not verify.', 'version_not_verified', 'Version 3 is stored but does not verify: the signature does not verify.'),
  },
});

export const changesRoute = createRoute({
  method: 'get',
  path: '/changes',
  tags: ['Registry'],
  security: optionalKey,
  summary: 'What changed since a version',
  request: { query: z.object({ since: versionNumber('since').openapi({ type: 'string', example: '0', description: 'A version number; 0 for everything.' }) }) },
  responses: {
    200: {
      description: 'Organizations, channels and scam entries added, changed, revoked and removed since `since`.',
      content: {
        'application/json': {
          schema: z.looseObject({ since: z.number().int(), version: z.number().int(), digest: z.string().nullable(), organizations: z.record(z.string(), z.array(z.unknown())), channels: z.record(z.string(), z.array(z.unknown())), scams: z.record(z.string(), z.array(z.unknown())) }),
          example: { since: 0, version: 1, digest: '2b9beb7a…', organizations: { added: [{ slug: 'binance', name: 'Binance' }], changed: [], revoked: [], removed: [] }, channels: { changed: [], revoked: [], removed: [] }, scams: { changed: [], revoked: [], removed: [] } },
        },
      },
    },
    400: badRequest('since: since must be a whole number'),
    401: unauthorizedResponse, 429: rateLimitedResponse,
    503: noRegistry,
  },
});
