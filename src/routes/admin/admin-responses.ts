/** @module What every admin route documents alike: the bearer token scheme, the minimum role, and the error answers. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { AdminRole } from '../../core/admin/roles.ts';
import { errorResponse } from '../../openapi/responses.ts';

export const ADMIN_TAG = 'admin';
const SCHEME = 'adminToken';

/** Registers the admin token scheme on the router whose routes refer to it; `route()` copies it into the document. */
export function registerAdminScheme<E extends Env>(router: OpenAPIHono<E>): void {
  router.openAPIRegistry.registerComponent('securitySchemes', SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description: 'An admin token (`vfa_…`) from `npm run cli -- admin-tokens create --role viewer|editor|publisher`. Roles are cumulative: publisher ⊇ editor ⊇ viewer.',
  });
}

/**
 * The security requirement naming the minimum role. OpenAPI 3.1 lets a non-OAuth requirement list role
 * names, so tools can read the role; the route description repeats it for people.
 */
export const adminSecurity = (role: AdminRole): Array<Record<string, string[]>> => [{ [SCHEME]: [role] }];

/** A route's description, led by its minimum role. */
export const needsRole = (role: AdminRole, text = '') => `Needs the **${role}** role (or above).${text ? ` ${text}` : ''}`;

/** The two answers every admin route can give before its own work: no good token, or a role too low. */
export function authErrors(role: AdminRole) {
  const below = role === 'publisher' ? 'editor' : 'viewer';
  return {
    401: errorResponse(
      'The admin token is missing, malformed, unknown, wrong or revoked (with `WWW-Authenticate: Bearer`).',
      'unauthorized',
      'Send an admin token as Authorization: Bearer TOKEN.',
    ),
    ...(role === 'viewer'
      ? {}
      : { 403: errorResponse(`The token's role is below ${role}.`, 'forbidden', `This needs the ${role} role; the token's role is ${below}.`) }),
  };
}

export const invalidAdminRequest = (message: string) =>
  errorResponse('A parameter or the body is invalid (`invalid_request`, naming the first bad field), or the body is not JSON (`invalid_json`).', 'invalid_request', message);

export const adminNotFound = (what: string) => errorResponse('No such entry in the draft.', 'not_found', `No ${what} in the draft.`);

/** Bodies are read as JSON, up to 256 KB. */
export const bodyErrors = {
  413: errorResponse('The body is larger than 256 KB.', 'payload_too_large', 'The body is larger than 256 KB.'),
  415: errorResponse('The body is not sent as JSON.', 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.'),
};

/** A JSON request body with its example. */
export const jsonBody = <S>(schema: S, example: unknown) => ({ required: true, content: { 'application/json': { schema, example } } });

/** A JSON answer with its example. */
export const jsonAnswer = <S>(description: string, schema: S, example: unknown) => ({ description, content: { 'application/json': { schema, example } } });
