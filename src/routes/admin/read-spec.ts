/** @module The viewer routes' contract: the draft's counts, pages of organizations and scam entries, the diff and the audit log. */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponse } from '../../openapi/responses.ts';
import { afterIdParam, limitParam, slugParam } from './admin-input.ts';
import { ADMIN_TAG, adminNotFound, adminSecurity, authErrors, invalidAdminRequest, jsonAnswer, needsRole } from './admin-responses.ts';
import { auditEntrySchema, changesSchema, draftOrganizationSchema, draftScamSchema } from './admin-schemas.ts';

const viewer = { tags: [ADMIN_TAG], security: adminSecurity('viewer'), description: needsRole('viewer') };
const binanceDomain = { id: 1, organization: 'binance', kind: 'domain', value: 'binance.com', display: 'binance.com', label: 'Main website', status: 'active' };

export const draftRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/draft',
  summary: 'The draft\'s size and the newest published version',
  responses: {
    200: jsonAnswer(
      'Counts of the draft, and the version it would follow (null before the first publish).',
      z.object({
        draft: z.object({ organizations: z.number().int(), channels: z.number().int(), scams: z.number().int() }),
        published: z.object({ version: z.number().int(), digest: z.string(), issuedAt: z.string() }).nullable(),
      }),
      { draft: { organizations: 6, channels: 53, scams: 5 }, published: { version: 1, digest: 'ec2dee01…', issuedAt: '2026-11-26T01:57:59.091Z' } },
    ),
    ...authErrors('viewer'),
  },
});

export const organizationsRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/organizations',
  summary: 'Organizations of the draft, in slug order, with their channels',
  request: { query: z.object({ limit: limitParam(1), after: z.string().max(64).optional().openapi({ description: 'The `next` of the previous page.' }) }) },
  responses: {
    200: jsonAnswer(
      'One page; `next` is the `after` of the next page, null on the last.',
      z.object({ organizations: z.array(draftOrganizationSchema), next: z.string().nullable() }),
      { organizations: [{ slug: 'binance', name: 'Binance', channels: [binanceDomain] }], next: 'binance' },
    ),
    400: invalidAdminRequest('limit: Too small: expected number to be >=1'),
    ...authErrors('viewer'),
  },
});

export const organizationRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/organizations/{slug}',
  summary: 'One organization of the draft, with its channels',
  request: { params: slugParam('kraken') },
  responses: {
    200: jsonAnswer(
      'The organization and all its channels, revoked ones included.',
      z.object({ organization: draftOrganizationSchema }),
      { organization: { slug: 'kraken', name: 'Kraken', channels: [{ id: 41, organization: 'kraken', kind: 'domain', value: 'kraken.com', display: 'kraken.com', status: 'active' }] } },
    ),
    400: invalidAdminRequest('slug: not an organization slug'),
    404: adminNotFound('organization "nobody"'),
    ...authErrors('viewer'),
  },
});

export const scamsRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/scams',
  summary: 'Scam entries of the draft, by id',
  request: {
    query: z.object({
      limit: limitParam(2),
      after: afterIdParam('scam'),
    }),
  },
  responses: {
    200: jsonAnswer(
      'One page; `next` is the `after` of the next page, null on the last.',
      z.object({ scams: z.array(draftScamSchema), next: z.string().nullable() }),
      { scams: [{ id: 1, kind: 'domain', value: 'binance-support.xyz', display: 'binance-support.xyz', target: 'binance', reason: 'Phishing site collecting logins (sample)' }], next: '2' },
    ),
    400: invalidAdminRequest('after: after must be a scam id'),
    ...authErrors('viewer'),
  },
});

export const diffRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/diff',
  summary: 'What publishing the draft now would change',
  description: needsRole('viewer', 'The draft against the newest published version, read only once it verifies; the same comparison as `/api/v1/registry/changes`.'),
  responses: {
    200: jsonAnswer(
      'Added, changed, revoked and removed entries; `base` is null before the first publish.',
      z.object({ base: z.object({ version: z.number().int(), digest: z.string() }).nullable(), ...changesSchema }),
      { base: { version: 1, digest: 'ec2dee01…' }, channels: { added: [], changed: [], revoked: [], removed: [] } },
    ),
    409: errorResponse('The newest published version does not verify.', 'published_version_not_verified', 'Cannot compare with the published registry: version 3 does not verify: the signature does not verify.'),
    ...authErrors('viewer'),
  },
});

export const auditRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/audit',
  summary: 'The audit log, newest first',
  request: {
    query: z.object({
      limit: limitParam(1),
      before: z.string().regex(/^\d{1,15}$/, 'before must be an audit entry id').transform(Number).optional()
        .openapi({ type: 'string', example: '2', description: 'Only entries older than this id: the `next` of the previous page.' }),
    }),
  },
  responses: {
    200: jsonAnswer(
      'One page of entries; pass `next` as `before` for the next page (null on the last).',
      z.object({ entries: z.array(auditEntrySchema), next: z.string().nullable() }),
      { entries: [{ id: 1, at: '2026-11-26T01:57:59.127Z', actor: { id: null, name: 'cli' }, action: 'token.create', reason: null, before: null }], next: '1' },
    ),
    400: invalidAdminRequest('before: before must be an audit entry id'),
    ...authErrors('viewer'),
  },
});
