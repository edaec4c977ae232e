/** @module Opening a libSQL database (embedded file or remote server) and applying migrations on Node. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { TransactionalDatabase } from './database.ts';
import * as schema from './schema.ts';

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export interface LibsqlHandle {
  db: TransactionalDatabase;
  client: Client;
}

/** The file of an embedded database URL (`file:./data/verify.db`); null for `:memory:` and remote databases. */
export const embeddedDatabaseFile = (url: string): string | null =>
  url.startsWith('file:') && !url.includes(':memory:') ? url.slice('file:'.length) : null;

/** Opens the database at `url`, creating the folder of an embedded file database, and migrates it. */
export async function openLibsql(url: string, authToken?: string): Promise<LibsqlHandle> {
  const file = embeddedDatabaseFile(url);
  if (file) mkdirSync(dirname(file), { recursive: true });
  const client = createClient({ url, ...(authToken ? { authToken } : {}) });
  if (url.startsWith('file:')) {
    // WAL lets the server read while the CLI imports; busy_timeout makes writers wait instead of failing.
    await client.execute('PRAGMA journal_mode = WAL');
    await client.execute('PRAGMA busy_timeout = 5000');
  }
  await client.execute('PRAGMA foreign_keys = ON');
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db: db as LibsqlHandle['db'], client };
}
