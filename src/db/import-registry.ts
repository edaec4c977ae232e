/** @module Importing a registry file: validate everything first, write it in one transaction, then publish a version. */
import { readRegistryFile, type FileProblem } from '../core/registry/file.ts';
import type { TransactionalDatabase } from './database.ts';
import { storedSlugs, writeContent, type WriteOptions } from './registry-content.ts';
import { publish, type PublishedVersion, type PublishOptions } from './registry-versions.ts';

/** Writing options, plus the signing key and expiry the publish step needs. */
export interface ImportOptions extends WriteOptions, Omit<PublishOptions, 'now'> {
  /** Called as each step starts: validating, writing (then per page through onProgress), publishing. */
  onStep?: (step: 'validating' | 'writing' | 'publishing') => void;
}

export type ImportResult =
  | { ok: true; counts: { organizations: number; channels: number; scams: number }; published: PublishedVersion }
  | { ok: false; problems: FileProblem[] };

/** Imports parsed registry JSON; nothing is written when any entry is bad. */
export async function importRegistry(
  db: TransactionalDatabase,
  json: unknown,
  options: ImportOptions,
): Promise<ImportResult> {
  const known = options.replace ? new Set<string>() : await storedSlugs(db);
  options.onStep?.('validating');
  const read = readRegistryFile(json, known);
  if (!read.ok) return read;
  options.onStep?.('writing');
  await writeContent(db, read.content, options);
  options.onStep?.('publishing');
  const now = options.now;
  const published = await publish(db, { key: options.key, expiryDays: options.expiryDays, now: now ? () => now : undefined });
  const { organizations, channels, scams } = read.content;
  return { ok: true, counts: { organizations: organizations.length, channels: channels.length, scams: scams.length }, published };
}
