/** @module The database type every query is written against, satisfied by drizzle's libSQL and D1 drivers alike. */
import type { BatchItem } from 'drizzle-orm/batch';
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema.ts';

/** Both drivers run a batch as one atomic unit; interactive transactions exist on libSQL only. */
export type AppDatabase = BaseSQLiteDatabase<'async', unknown, typeof schema> & {
  batch(queries: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]): Promise<unknown>;
};

/** libSQL's drizzle database: imports need its interactive transactions, which D1 lacks. */
export type TransactionalDatabase = AppDatabase & LibSQLDatabase<typeof schema>;
