/** @module Stored API keys: creating (hash only), listing, revoking, and finding the active key a request carries. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { constantTimeEqual } from '../core/secret-material.ts';
import { generateApiKey, hashApiKey, shownPrefix } from '../partner/api-key.ts';
import type { AppDatabase } from './database.ts';
import { apiKeys } from './schema.ts';

export const DEFAULT_KEY_RATE_LIMIT = 600;

export interface ApiKeyRecord {
  id: number;
  name: string;
  prefix: string;
  rateLimit: number;
  createdAt: string;
  revokedAt: string | null;
}

/** The key a request was authenticated with, as middleware passes it on. */
export type ActiveApiKey = Pick<ApiKeyRecord, 'id' | 'name' | 'rateLimit'>;

const listed = { id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, rateLimit: apiKeys.rateLimit, createdAt: apiKeys.createdAt, revokedAt: apiKeys.revokedAt };

/** Creates a key and returns it in full: the only time it exists outside the client's hands. */
export async function createApiKey(db: AppDatabase, name: string, rateLimit = DEFAULT_KEY_RATE_LIMIT): Promise<{ record: ApiKeyRecord; key: string }> {
  const key = generateApiKey();
  const [record] = await db
    .insert(apiKeys)
    .values({ name, rateLimit, keyHash: await hashApiKey(key), prefix: shownPrefix(key) })
    .returning(listed);
  return { record: record!, key };
}

export function listApiKeys(db: AppDatabase): Promise<ApiKeyRecord[]> {
  return db.select(listed).from(apiKeys).orderBy(asc(apiKeys.id));
}

export async function findApiKey(db: AppDatabase, id: number): Promise<ApiKeyRecord | null> {
  const [row] = await db.select(listed).from(apiKeys).where(eq(apiKeys.id, id));
  return row ?? null;
}

/** Revokes a key; false when there is no such key or it was already revoked. */
export async function revokeApiKey(db: AppDatabase, id: number, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: now.toISOString() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/** The active key whose hash matches, or null for an unknown or revoked key. */
export async function findActiveKey(db: AppDatabase, key: string): Promise<ActiveApiKey | null> {
  const hash = await hashApiKey(key);
  const [row] = await db
    .select({ id: apiKeys.id, name: apiKeys.name, rateLimit: apiKeys.rateLimit, keyHash: apiKeys.keyHash, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.keyHash, hash));
  // The index finds the row by hash; the final comparison is still made in constant time.
  if (!row || row.revokedAt !== null || !constantTimeEqual(row.keyHash, hash)) return null;
  return { id: row.id, name: row.name, rateLimit: row.rateLimit };
}
