/** @module `admin-tokens create | list | revoke`: admin API tokens, shown once and stored as hashes only. */
import { isAdminTokenId } from '../core/admin/admin-token.ts';
import { ADMIN_ROLES, type AdminRole } from '../core/admin/roles.ts';
import { adminTokenSql, revokeAdminTokenSql } from '../db/admin-token-sql.ts';
import { createAdminToken, listAdminTokens, revokeAdminToken } from '../db/admin-tokens.ts';
import type { LibsqlHandle } from '../db/libsql.ts';

export interface CreateTokenOptions {
  name?: string;
  role?: string;
  /** Print SQL for `wrangler d1 execute` instead of writing to DATABASE_URL. */
  sql: boolean;
}

/** The name and role, or the reason they are refused. */
export function tokenRequest(options: CreateTokenOptions): { name: string; role: AdminRole } | string {
  const name = options.name?.trim() ?? '';
  if (!name || name.length > 100) return 'admin-tokens create needs --name NAME (1 to 100 characters)';
  if (!ADMIN_ROLES.includes(options.role as AdminRole)) return `admin-tokens create needs --role ${ADMIN_ROLES.join('|')}`;
  return { name, role: options.role as AdminRole };
}

const shownOnce = (id: string, name: string, role: string) =>
  `Created admin token ${id} "${name}" (${role}). It is shown this once and stored only as a hash; keep it now:`;

/** With --sql: the SQL on standard output (to redirect into a file), the token on standard error, last. */
export async function createTokenSqlCommand(options: CreateTokenOptions): Promise<number> {
  const request = tokenRequest(options);
  if (typeof request === 'string') return console.error(request), 2;
  const { id, token, sql } = await adminTokenSql(request.name, request.role);
  process.stdout.write(sql);
  console.error(`${shownOnce(id, request.name, request.role)}\n${token}`);
  return 0;
}

export async function createTokenCommand(handle: LibsqlHandle, options: CreateTokenOptions): Promise<number> {
  const request = tokenRequest(options);
  if (typeof request === 'string') return console.error(request), 2;
  const { id, token } = await createAdminToken(handle.db, request.name, request.role);
  console.log(`${shownOnce(id, request.name, request.role)}\n${token}`);
  return 0;
}

export async function listTokensCommand(handle: LibsqlHandle): Promise<number> {
  const tokens = await listAdminTokens(handle.db);
  if (!tokens.length) console.log('No admin tokens. Create one: npm run cli -- admin-tokens create --name NAME --role viewer|editor|publisher');
  for (const t of tokens) {
    console.log(`${t.id}  ${t.role.padEnd(9)}  ${t.revokedAt ? `revoked ${t.revokedAt}` : 'active'}  created ${t.createdAt}  ${t.name}`);
  }
  return 0;
}

export async function revokeTokenCommand(handle: LibsqlHandle, id: string): Promise<number> {
  const revoked = await revokeAdminToken(handle.db, id);
  if (!revoked) return console.error(`No admin token ${id}.`), 1;
  console.log(`Revoked admin token ${revoked.id} "${revoked.name}" (${revoked.role}) at ${revoked.revokedAt}.`);
  return 0;
}

/** With --sql: the SQL that revokes token `id` in a database the CLI cannot open. */
export function revokeTokenSqlCommand(id: string): number {
  if (!isAdminTokenId(id)) return console.error(`${id} is not an admin token id (16 hex digits).`), 2;
  process.stdout.write(revokeAdminTokenSql(id));
  return 0;
}
