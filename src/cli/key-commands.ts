/** @module `keys create|list|revoke|usage`: partner API keys, shown once at creation and stored hashed. */
import { createApiKey, DEFAULT_KEY_RATE_LIMIT, findApiKey, listApiKeys, revokeApiKey } from '../db/api-keys.ts';
import type { AppDatabase } from '../db/database.ts';
import { usageOf } from '../db/usage.ts';
import { VERDICTS } from '../core/verdict.ts';

/** A positive whole number from the command line, or null. */
export function parseId(text: string | undefined): number | null {
  return text !== undefined && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/** Prints the key last, alone at the end of the output, so scripts can take the last word. */
export async function createKeyCommand(db: AppDatabase, name: string | undefined, rateLimit: string | undefined): Promise<number> {
  if (!name?.trim()) {
    console.error('Give the key a name: keys create --name NAME [--rate-limit N]');
    return 2;
  }
  const limit = rateLimit === undefined ? DEFAULT_KEY_RATE_LIMIT : parseId(rateLimit);
  if (limit === null || limit > 1_000_000) {
    console.error(`--rate-limit must be a whole number of requests per minute from 1 to 1000000, not ${JSON.stringify(rateLimit)}.`);
    return 2;
  }
  const { record, key } = await createApiKey(db, name.trim(), limit);
  console.log(`Created key ${record.id} "${record.name}" (${record.rateLimit} requests a minute). It is shown only now; store it safely:\n${key}`);
  return 0;
}

export async function listKeysCommand(db: AppDatabase): Promise<number> {
  const keys = await listApiKeys(db);
  if (!keys.length) console.log('No API keys. Create one with: keys create --name NAME');
  for (const k of keys) {
    const state = k.revokedAt ? `revoked ${k.revokedAt}` : 'active';
    console.log(`${k.id}\t${k.prefix}…\t${k.name}\t${k.rateLimit}/min\tcreated ${k.createdAt}\t${state}`);
  }
  return 0;
}

export async function revokeKeyCommand(db: AppDatabase, idText: string | undefined): Promise<number> {
  const id = parseId(idText);
  if (id === null) return usageError(idText);
  if (await revokeApiKey(db, id)) {
    console.log(`Revoked key ${id}. Servers stop accepting it within 5 seconds.`);
    return 0;
  }
  console.error((await findApiKey(db, id)) ? `Key ${id} was already revoked.` : `No key ${id}.`);
  return 1;
}

/** One line per UTC day: the total and the count per verdict. */
export async function keyUsageCommand(db: AppDatabase, idText: string | undefined): Promise<number> {
  const id = parseId(idText);
  if (id === null) return usageError(idText);
  const key = await findApiKey(db, id);
  if (!key) {
    console.error(`No key ${id}.`);
    return 1;
  }
  const days = await usageOf(db, id);
  console.log(`Usage of key ${id} "${key.name}" (UTC days; written every few seconds, so the last minute may be missing):`);
  if (!days.length) console.log('  no lookups yet');
  console.log(['day', 'total', ...VERDICTS].join('\t'));
  for (const { day, counts } of days) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log([day, total, ...VERDICTS.map((v) => counts[v] ?? 0)].join('\t'));
  }
  return 0;
}

function usageError(idText: string | undefined): number {
  console.error(`Give a key id (from keys list), not ${JSON.stringify(idText ?? '')}.`);
  return 2;
}
