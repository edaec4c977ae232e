/** @module The publisher route's contract: the draft becomes the next signed version. */
import { createRoute, z } from '@hono/zod-openapi';
import { errorResponse } from '../../openapi/responses.ts';
import { ADMIN_TAG, adminSecurity, authErrors, jsonAnswer, needsRole } from './admin-responses.ts';
import { publishedSchema } from './admin-schemas.ts';

export const publishRoute = createRoute({
  tags: [ADMIN_TAG],
  security: adminSecurity('publisher'),
  method: 'post',
  path: '/publish',
  summary: 'Publish the draft as the next signed version',
  description: needsRole(
    'publisher',
    'Signed with this server\'s `REGISTRY_SIGNING_KEY` and chained to the newest version, which must verify. This server serves it at once, ' +
      'other servers within seconds. A Node server then delivers it to the registered webhooks in the background; a Worker does not (see the README).',
  ),
  responses: {
    201: jsonAnswer(
      'The version published, and the version this server now serves.',
      z.object({ published: publishedSchema, served: z.number().int() }),
      { published: { version: 2, digest: '5f2c…', issuedAt: '2026-11-26T02:00:00.000Z', expiresAt: '2026-12-26T02:00:00.000Z', counts: { organizations: 7, channels: 54, scams: 5 } }, served: 2 },
    ),
    409: errorResponse('The newest stored version does not verify, so nothing is chained onto it.', 'published_version_not_verified', 'Not publishing: the newest stored version does not verify (the signature does not verify).'),
    503: errorResponse('This server has no private signing key.', 'signing_key_unavailable', 'This server has no private signing key (REGISTRY_SIGNING_KEY), so it cannot publish.'),
    ...authErrors('publisher'),
  },
});
