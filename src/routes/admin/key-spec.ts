/** @module The partner-key routes' contract for viewers: the keys, and each key's lookups per day and verdict. */
import { createRoute, z } from '@hono/zod-openapi';
import { VERDICTS } from '../../core/verdict.ts';
import { idParam } from './admin-input.ts';
import { ADMIN_TAG, adminSecurity, authErrors, invalidAdminRequest, jsonAnswer, needsRole } from './admin-responses.ts';
import { errorResponse } from '../../openapi/responses.ts';

const viewer = { tags: [ADMIN_TAG], security: adminSecurity('viewer'), description: needsRole('viewer') };

const keySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The key\'s first characters, to tell keys apart; the key itself is never stored.' }),
    rateLimit: z.number().int().openapi({ description: 'Requests per minute.' }),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .openapi('PartnerKey');

const dayCounts = z.object(Object.fromEntries(VERDICTS.map((v) => [v, z.number().int().optional()]))).openapi({ description: 'Lookups of the day by verdict; verdicts with none are left out.' });

const keyExample = { id: 1, name: 'Acme Wallet', prefix: 'vk_Q2x8TmV', rateLimit: 100000, createdAt: '2026-11-26T01:57:59.091Z', revokedAt: null };

export const keysRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/keys',
  summary: 'Partner API keys, active and revoked',
  responses: {
    200: jsonAnswer('Every key made with `keys create`, oldest first.', z.object({ keys: z.array(keySchema) }), { keys: [keyExample] }),
    ...authErrors('viewer'),
  },
});

export const keyUsageRoute = createRoute({
  ...viewer,
  method: 'get',
  path: '/keys/{id}/usage',
  summary: 'One partner key\'s lookups per UTC day and verdict',
  request: { params: idParam(1) },
  responses: {
    200: jsonAnswer(
      'Oldest day first. Counts are written every few seconds, so the last seconds may be missing.',
      z.object({ key: keySchema, days: z.array(z.object({ day: z.string(), total: z.number().int(), counts: dayCounts })) }),
      { key: keyExample, days: [{ day: '2026-11-26', total: 1250, counts: { official: 900, lookalike: 200, not_official: 150 } }] },
    ),
    400: invalidAdminRequest('id: not an entry id'),
    404: errorResponse('No partner key with this id.', 'not_found', 'No partner key 7.'),
    ...authErrors('viewer'),
  },
});
