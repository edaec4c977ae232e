/** @module Usage counts per key, day and verdict, and the optional store of raw lookup inputs with its retention. */
import { asc, eq, lt, sql } from 'drizzle-orm';
import type { AppDatabase } from './database.ts';
import { apiKeyUsage, lookupInputs } from './schema.ts';

export interface UsageIncrement {
  keyId: number;
  day: string;
  verdict: string;
  count: number;
}

export interface StoredInput {
  keyId: number;
  at: string;
  input: string;
  verdict: string;
}

/** Rows per INSERT: SQLite (and D1) cap the number of bound parameters per statement. */
const ROWS_PER_STATEMENT = 20;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS_PER_STATEMENT) out.push(items.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

/** Adds counts in one batch: existing (key, day, verdict) rows grow, new ones are created. */
export async function addUsage(db: AppDatabase, increments: UsageIncrement[], inputs: StoredInput[] = []): Promise<void> {
  const statements = [
    ...chunks(increments).map((rows) =>
      db
        .insert(apiKeyUsage)
        .values(rows)
        .onConflictDoUpdate({ target: [apiKeyUsage.keyId, apiKeyUsage.day, apiKeyUsage.verdict], set: { count: sql`${apiKeyUsage.count} + excluded.count` } }),
    ),
    ...chunks(inputs).map((rows) => db.insert(lookupInputs).values(rows)),
  ];
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}

/** Deletes stored inputs older than the retention. */
export async function pruneLookupInputs(db: AppDatabase, retentionDays: number, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  await db.delete(lookupInputs).where(lt(lookupInputs.at, cutoff));
}

/** One key's counts, per day (oldest first) and verdict. */
export async function usageOf(db: AppDatabase, keyId: number): Promise<Array<{ day: string; counts: Record<string, number> }>> {
  const rows = await db
    .select({ day: apiKeyUsage.day, verdict: apiKeyUsage.verdict, count: apiKeyUsage.count })
    .from(apiKeyUsage)
    .where(eq(apiKeyUsage.keyId, keyId))
    .orderBy(asc(apiKeyUsage.day), asc(apiKeyUsage.verdict));
  const days = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const counts = days.get(row.day) ?? {};
    counts[row.verdict] = row.count;
    days.set(row.day, counts);
  }
  return [...days].map(([day, counts]) => ({ day, counts }));
}

export function storedInputsOf(db: AppDatabase, keyId: number): Promise<StoredInput[]> {
  return db
    .select({ keyId: sql<number>`${lookupInputs.keyId}`, at: lookupInputs.at, input: lookupInputs.input, verdict: lookupInputs.verdict })
    .from(lookupInputs)
    .where(eq(lookupInputs.keyId, keyId))
    .orderBy(asc(lookupInputs.id));
}
