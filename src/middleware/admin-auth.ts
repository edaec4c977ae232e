/** @module Admin API authorization: a bearer token names the actor (401 without a good one), its role gates each route (403). */
import type { MiddlewareHandler } from 'hono';
import { roleAllows, type AdminActor, type AdminRole } from '../core/admin/roles.ts';
import { authenticateAdminToken } from '../db/admin-tokens.ts';
import type { AppDatabase } from '../db/database.ts';
import { ApiError } from '../http/api-error.ts';
import { bearerToken } from '../http/bearer-token.ts';

/** The Hono environment of admin routes: the authenticated actor, set by `authenticateAdmin`. */
export type AdminEnv = { Variables: { actor: AdminActor } };

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="verify-admin"' };

/** Checks `Authorization: Bearer TOKEN` against the stored hashes; malformed, unknown, wrong and revoked tokens all answer 401 alike. */
export function authenticateAdmin(db: AppDatabase): MiddlewareHandler<AdminEnv> {
  return async function checkAdminToken(c, next) {
    const token = bearerToken(c.req.header('authorization'));
    if (!token) throw new ApiError(401, 'unauthorized', 'Send an admin token as Authorization: Bearer TOKEN.', CHALLENGE);
    const actor = await authenticateAdminToken(db, token);
    if (!actor) throw new ApiError(401, 'unauthorized', 'This admin token is not valid (unknown, wrong or revoked).', CHALLENGE);
    c.set('actor', actor);
    await next();
  };
}

/** Lets the request through when the actor's role includes `needed` (publisher ⊇ editor ⊇ viewer). */
export function requireRole(needed: AdminRole): MiddlewareHandler<AdminEnv> {
  return async function requireAdminRole(c, next) {
    const { role } = c.get('actor');
    if (!roleAllows(role, needed)) throw new ApiError(403, 'forbidden', `This needs the ${needed} role; the token's role is ${role}.`);
    await next();
  };
}
