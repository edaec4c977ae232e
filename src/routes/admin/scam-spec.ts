/** @module The editor routes' contract for scam entries: bodies (the registry file's scam schema), answers, errors, examples. */
import { createRoute, z } from '@hono/zod-openapi';
import { scamSchema } from '../../core/registry/file-schema.ts';
import { errorResponse } from '../../openapi/responses.ts';
import { idParam, reasonBody } from './admin-input.ts';
import { ADMIN_TAG, adminNotFound, adminSecurity, authErrors, bodyErrors, invalidAdminRequest, jsonAnswer, jsonBody, needsRole } from './admin-responses.ts';
import { draftScamSchema } from './admin-schemas.ts';

/** The kind, platform and value are the entry's identity: a different value is a new entry. */
export const changeScamBody = z.strictObject({ target: scamSchema.shape.target.optional(), reason: scamSchema.shape.reason.optional() }).openapi('ScamChange');

const editor = { tags: [ADMIN_TAG], security: adminSecurity('editor') };
const errors = { ...authErrors('editor'), ...bodyErrors };
const scam = z.object({ scam: draftScamSchema });

export const createScamRoute = createRoute({
  ...editor,
  method: 'post',
  path: '/scams',
  summary: 'Add a scam entry',
  description: needsRole('editor', 'A scam entry as in the registry file; its `target` must be an organization of the draft.'),
  request: { body: jsonBody(scamSchema, { kind: 'domain', value: 'okx-airdrop.example', target: 'okx', reason: 'Fake airdrop asking for wallet keys' }) },
  responses: {
    201: jsonAnswer('The entry as stored, with its id.', scam, { scam: { kind: 'domain', value: 'okx-airdrop.example', display: 'okx-airdrop.example', target: 'okx', reason: 'Fake airdrop asking for wallet keys' } }),
    400: invalidAdminRequest('target: no organization "nobody" in the registry'),
    409: errorResponse('The draft already lists this entry.', 'scam_exists', 'The draft already lists this scam entry.'),
    ...errors,
  },
});

export const changeScamRoute = createRoute({
  ...editor,
  method: 'patch',
  path: '/scams/{id}',
  summary: 'Change a scam entry\'s target or reason',
  description: needsRole('editor', 'A different value is a new entry.'),
  request: { params: idParam(5), body: jsonBody(changeScamBody, { reason: 'Impersonates OKX support on X' }) },
  responses: {
    200: jsonAnswer('The entry as changed.', scam, { scam: { id: 5, kind: 'social', platform: 'x', target: 'okx', reason: 'Impersonates OKX support on X' } }),
    400: invalidAdminRequest('reason: Too small: expected string to have >=1 characters'),
    404: adminNotFound('scam entry 999'),
    ...errors,
  },
});

export const deleteScamRoute = createRoute({
  ...editor,
  method: 'delete',
  path: '/scams/{id}',
  summary: 'Remove a scam entry listed in error',
  description: needsRole('editor', 'The body gives the reason, kept in the audit log.'),
  request: { params: idParam(3), body: jsonBody(reasonBody, { reason: 'Listed in error' }) },
  responses: {
    200: jsonAnswer(
      'The entry removed, and why.',
      z.object({ deleted: draftScamSchema, reason: z.string() }),
      { deleted: { id: 3, kind: 'email', value: 'security@binance-alerts.com', target: 'binance' }, reason: 'Listed in error' },
    ),
    400: invalidAdminRequest('reason: a reason is required'),
    404: adminNotFound('scam entry 999'),
    ...errors,
  },
});
