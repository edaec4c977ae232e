/** @module Stored webhook endpoints and their delivery log: registering, listing, removing, logging attempts, disabling. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { AppDatabase } from './database.ts';
import { webhookDeliveries, webhooks } from './schema.ts';

export type WebhookRecord = typeof webhooks.$inferSelect;
export type DeliveryAttempt = Omit<typeof webhookDeliveries.$inferInsert, 'id'>;

export async function addWebhook(db: AppDatabase, url: string): Promise<WebhookRecord> {
  const [row] = await db.insert(webhooks).values({ url }).returning();
  return row!;
}

export function listWebhooks(db: AppDatabase): Promise<WebhookRecord[]> {
  return db.select().from(webhooks).orderBy(asc(webhooks.id));
}

export function enabledWebhooks(db: AppDatabase): Promise<WebhookRecord[]> {
  return db.select().from(webhooks).where(eq(webhooks.enabled, true)).orderBy(asc(webhooks.id));
}

/** Removes an endpoint and its log; false when there is no such endpoint. */
export async function removeWebhook(db: AppDatabase, id: number): Promise<boolean> {
  return (await db.delete(webhooks).where(eq(webhooks.id, id)).returning({ id: webhooks.id })).length > 0;
}

export async function logAttempt(db: AppDatabase, attempt: DeliveryAttempt): Promise<void> {
  await db.insert(webhookDeliveries).values(attempt);
}

export function deliveriesOf(db: AppDatabase, webhookId: number) {
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId)).orderBy(asc(webhookDeliveries.id));
}

/** The newest attempt per endpoint, for `webhooks list`. */
export async function lastAttemptOf(db: AppDatabase, webhookId: number) {
  const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, webhookId)).orderBy(desc(webhookDeliveries.id)).limit(1);
  return row ?? null;
}

/** A delivered version clears the failure streak. */
export async function markDelivered(db: AppDatabase, id: number): Promise<void> {
  await db.update(webhooks).set({ consecutiveFailures: 0 }).where(eq(webhooks.id, id));
}

/** A delivery that failed every attempt extends the streak; reaching `disableAfter` disables the endpoint. Returns whether it did. */
export async function markFailed(db: AppDatabase, id: number, disableAfter: number, reason: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .update(webhooks)
    .set({ consecutiveFailures: sql`${webhooks.consecutiveFailures} + 1` })
    .where(eq(webhooks.id, id))
    .returning({ failures: webhooks.consecutiveFailures });
  if (!row || row.failures < disableAfter) return false;
  await db
    .update(webhooks)
    .set({ enabled: false, disabledAt: now.toISOString(), disabledReason: `${row.failures} deliveries in a row failed; last: ${reason}` })
    .where(and(eq(webhooks.id, id), eq(webhooks.enabled, true)));
  return true;
}
