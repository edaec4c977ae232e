/** @module The append-only audit log: what every admin action changed, by whom and when. Rows are only ever inserted. */
import { desc, lt } from 'drizzle-orm';
import type { AdminActor } from '../core/admin/roles.ts';
import type { AppDatabase } from './database.ts';
import { auditLog } from './schema.ts';

export interface AuditEvent {
  actor: AdminActor;
  /** Such as `channel.revoke`, `registry.publish`, `token.create`. */
  action: string;
  /** What the action was done to: `organization:binance`, `channel:12`, `version:4`, `token:ab12…`. */
  target: string;
  /** Required by revocations and removals. */
  reason?: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The INSERT for one event, unrun: callers put it in the same batch as the change it records, so a
 * change is never made without its entry (both drivers run a batch atomically).
 */
export function auditInsert(db: AppDatabase, event: AuditEvent) {
  return db.insert(auditLog).values({
    actorId: event.actor.id,
    actorName: event.actor.name,
    action: event.action,
    target: event.target,
    reason: event.reason ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}

export async function appendAudit(db: AppDatabase, event: AuditEvent): Promise<void> {
  await auditInsert(db, event);
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: string | null; name: string };
  action: string;
  target: string;
  reason: string | null;
  before: unknown;
  after: unknown;
}

/** Entries newest first, `limit` of them, older than entry `before` when given (the cursor of the previous page). */
export async function listAudit(db: AppDatabase, page: { limit: number; before?: number }): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(page.before === undefined ? undefined : lt(auditLog.id, page.before))
    .orderBy(desc(auditLog.id))
    .limit(page.limit);
  return rows.map((r) => ({
    id: r.id, at: r.at, actor: { id: r.actorId, name: r.actorName }, action: r.action, target: r.target, reason: r.reason, before: r.before, after: r.after,
  }));
}
