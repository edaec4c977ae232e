/** @module A synthetic registry as servers hold it: generated, then normalized by the real reader or, when large, directly. */
import type { RegistryContent } from '../src/core/registry/entries.ts';
import { readRegistryFile } from '../src/core/registry/file.ts';
import { normalizeDirectly } from './direct-normalize.ts';
import { createSyntheticRegistry } from './synthetic-registry.ts';

/** `reader`: readRegistryFile, validation and all. `direct`: normalizeDirectly, checked equal on a small registry. */
export type NormalizePath = 'reader' | 'direct';

/** Above this size the reader's validation would take most of the run, so the direct path is used. */
export const READER_LIMIT = 100_000;

export interface LoadedRegistry {
  content: RegistryContent;
  organizationCount: number;
  path: NormalizePath;
  generateMs: number;
  normalizeMs: number;
}

export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Generates and normalizes in a scope of its own, so the file's objects are garbage once it returns. */
export function loadRegistry(channels: number): LoadedRegistry {
  const path: NormalizePath = channels > READER_LIMIT ? 'direct' : 'reader';
  let start = process.hrtime.bigint();
  const { file, organizationCount } = createSyntheticRegistry(channels);
  const generateMs = msSince(start);
  start = process.hrtime.bigint();
  let content: RegistryContent;
  if (path === 'direct') {
    content = normalizeDirectly(file);
  } else {
    const read = readRegistryFile(file);
    if (!read.ok) throw new Error(`synthetic registry rejected: ${JSON.stringify(read.problems.slice(0, 3))}`);
    content = read.content;
  }
  const normalizeMs = msSince(start);
  if (content.channels.length !== channels) throw new Error(`expected ${channels} channels, got ${content.channels.length}`);
  return { content, organizationCount, path, generateMs, normalizeMs };
}
