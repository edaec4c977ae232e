/** @module Admin tokens in the database: created (only the hash kept), listed, revoked, and checked on each request. */
import { desc, eq } from 'drizzle-orm';
import { adminTokenId, generateAdminToken, hashAdminToken } from '../core/admin/admin-token.ts';
import { constantTimeEqual } from '../core/secret-material.ts';
import { CLI_ACTOR, type AdminActor, type AdminRole } from '../core/admin/roles.ts';
import { auditInsert } from './audit-log.ts';
import type { AppDatabase } from './database.ts';
import { adminTokens } from './schema.ts';

export interface AdminTokenSummary {
  id: string;
  name: string;
  role: AdminRole;
  createdAt: string;
  revokedAt: string | null;
}

/** Creates a token and its audit entry in one batch; the token itself is returned once and stored nowhere. */
export async function createAdminToken(db: AppDatabase, name: string, role: AdminRole, actor: AdminActor = CLI_ACTOR) {
  const { id, token, tokenHash } = await generateAdminToken();
  await db.batch([
    db.insert(adminTokens).values({ id, name, role, tokenHash }),
    auditInsert(db, { actor, action: 'token.create', target: `token:${id}`, after: { id, name, role } }),
  ]);
  return { id, token };
}

const summary = (r: typeof adminTokens.$inferSelect): AdminTokenSummary => ({
  id: r.id, name: r.name, role: r.role, createdAt: r.createdAt, revokedAt: r.revokedAt,
});

export async function listAdminTokens(db: AppDatabase): Promise<AdminTokenSummary[]> {
  return (await db.select().from(adminTokens).orderBy(desc(adminTokens.createdAt))).map(summary);
}

/** Revokes a token for good. Null when there is no such token; the token unchanged when it was already revoked. */
export async function revokeAdminToken(db: AppDatabase, id: string, actor: AdminActor = CLI_ACTOR): Promise<AdminTokenSummary | null> {
  const [row] = await db.select().from(adminTokens).where(eq(adminTokens.id, id));
  if (!row) return null;
  if (row.revokedAt) return summary(row);
  const revokedAt = new Date().toISOString();
  await db.batch([
    db.update(adminTokens).set({ revokedAt }).where(eq(adminTokens.id, id)),
    auditInsert(db, { actor, action: 'token.revoke', target: `token:${id}`, before: summary(row), after: { ...summary(row), revokedAt } }),
  ]);
  return { ...summary(row), revokedAt };
}

/** The actor a presented bearer token stands for, or null for a malformed, unknown, wrong or revoked one. */
export async function authenticateAdminToken(db: AppDatabase, token: string): Promise<AdminActor | null> {
  const id = adminTokenId(token);
  if (!id) return null;
  const [row] = await db.select().from(adminTokens).where(eq(adminTokens.id, id));
  // Hash even when the id is unknown, so an unknown id takes as long as a wrong secret.
  const presented = await hashAdminToken(token);
  if (!row || !constantTimeEqual(presented, row.tokenHash) || row.revokedAt) return null;
  return { id: row.id, name: row.name, role: row.role };
}
