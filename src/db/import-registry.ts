/** @module Importing a registry file: validate everything first, write it in one transaction, then publish a version. */
import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import { readRegistryFile, type FileProblem } from '../core/registry/file.ts';
import type { AppDatabase } from './database.ts';
import { storedSlugs, writeContent, type WriteOptions } from './registry-content.ts';
import { publish, type PublishedVersion } from './registry-versions.ts';

export type ImportResult =
  | { ok: true; counts: { organizations: number; channels: number; scams: number }; published: PublishedVersion }
  | { ok: false; problems: FileProblem[] };

/** Imports parsed registry JSON; nothing is written when any entry is bad. */
export async function importRegistry(
  db: AppDatabase & LibSQLDatabase<any>,
  json: unknown,
  options: WriteOptions = {},
): Promise<ImportResult> {
  const known = options.replace ? new Set<string>() : await storedSlugs(db);
  const read = readRegistryFile(json, known);
  if (!read.ok) return read;
  await writeContent(db, read.content, options);
  const published = await publish(db, options.now ? () => options.now! : undefined);
  const { organizations, channels, scams } = read.content;
  return { ok: true, counts: { organizations: organizations.length, channels: channels.length, scams: scams.length }, published };
}
