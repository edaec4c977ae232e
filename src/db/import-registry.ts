/** @module Importing a registry file: validate everything first, write it into the draft in one transaction, then (unless a draft import) publish. */
import { readRegistryFile, type FileProblem } from '../core/registry/file.ts';
import type { TransactionalDatabase } from './database.ts';
import { storedSlugs, writeContent, type WriteOptions } from './registry-content.ts';
import { publish, type PublishedVersion, type PublishOptions } from './registry-versions.ts';

export interface DraftImportOptions extends WriteOptions {
  /** Called as each step starts: validating, writing (then per page through onProgress), publishing. */
  onStep?: (step: 'validating' | 'writing' | 'publishing') => void;
}

/** Writing options, plus the signing key and expiry the publish step needs. */
export interface ImportOptions extends DraftImportOptions, Omit<PublishOptions, 'now'> {}

export type Counts = { organizations: number; channels: number; scams: number };

export type DraftImportResult = { ok: true; counts: Counts } | { ok: false; problems: FileProblem[] };

export type ImportResult = { ok: true; counts: Counts; published: PublishedVersion } | { ok: false; problems: FileProblem[] };

/** Writes parsed registry JSON into the draft (the editable tables) without publishing; nothing is written when any entry is bad. */
export async function importDraft(db: TransactionalDatabase, json: unknown, options: DraftImportOptions = {}): Promise<DraftImportResult> {
  const known = options.replace ? new Set<string>() : await storedSlugs(db);
  options.onStep?.('validating');
  const read = readRegistryFile(json, known);
  if (!read.ok) return read;
  options.onStep?.('writing');
  await writeContent(db, read.content, options);
  const { organizations, channels, scams } = read.content;
  return { ok: true, counts: { organizations: organizations.length, channels: channels.length, scams: scams.length } };
}

/** Imports parsed registry JSON and publishes the result as the next signed version; nothing is written when any entry is bad. */
export async function importRegistry(db: TransactionalDatabase, json: unknown, options: ImportOptions): Promise<ImportResult> {
  const written = await importDraft(db, json, options);
  if (!written.ok) return written;
  options.onStep?.('publishing');
  const now = options.now;
  const published = await publish(db, { key: options.key, expiryDays: options.expiryDays, now: now ? () => now : undefined });
  return { ...written, published };
}
