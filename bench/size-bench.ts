/** @module One registry size: generate it, normalize it with the real file reader, index it, then time every kind. */
import type { RegistryContent } from '../src/core/registry/entries.ts';
import { readRegistryFile } from '../src/core/registry/file.ts';
import { RegistryIndex } from '../src/core/registry/registry-index.ts';
import { timeKind, type KindTiming } from './lookup-bench.ts';
import { heapUsed } from './memory.ts';
import { createQueries, QUERY_KINDS, type Query, type QueryKind } from './queries.ts';
import { createSyntheticRegistry } from './synthetic-registry.ts';

export interface SizeResult {
  channels: number;
  organizations: number;
  scams: number;
  generateMs: number;
  /** readRegistryFile: schema validation and normalization of every value. */
  readMs: number;
  indexMs: number;
  /** Heap held by the normalized content, and by the index's maps on top of it. */
  contentBytes: number;
  indexBytes: number;
  kinds: Record<QueryKind, KindTiming>;
  /** The normalized content, kept for the HTTP run so it need not be generated and read again. */
  content: RegistryContent;
  /** One hit and one miss per kind, for the HTTP run over a registry generated the same way. */
  sample: Query[];
}

export interface SizeOptions {
  queriesPerKind: number;
  iterations: number;
  warmup: number;
  rounds: number;
}

const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Generates and reads in a scope of its own, so the file's JSON is garbage before the heap is measured. */
function loadContent(channels: number): { organizationCount: number; content: RegistryContent; generateMs: number; readMs: number } {
  let start = process.hrtime.bigint();
  const synthetic = createSyntheticRegistry(channels);
  const generateMs = msSince(start);
  start = process.hrtime.bigint();
  const read = readRegistryFile(synthetic.file);
  const readMs = msSince(start);
  if (!read.ok) throw new Error(`synthetic registry rejected: ${JSON.stringify(read.problems.slice(0, 3))}`);
  if (read.content.channels.length !== channels) throw new Error(`expected ${channels} channels, got ${read.content.channels.length}`);
  return { organizationCount: synthetic.organizationCount, content: read.content, generateMs, readMs };
}

/** Generates a registry of `channels` channels, measures what holding and indexing it costs, then times every kind. */
export function benchSize(channels: number, options: SizeOptions): SizeResult {
  const before = heapUsed();
  const { organizationCount, content, generateMs, readMs } = loadContent(channels);
  const withContent = heapUsed();
  const start = process.hrtime.bigint();
  const index = new RegistryIndex({ version: 1, issuedAt: '2025-01-01T00:00:00.000Z' }, 'bench', content);
  const indexMs = msSince(start);
  const withIndex = heapUsed();

  const queries = createQueries(content, organizationCount, options.queriesPerKind);
  const kinds = {} as Record<QueryKind, KindTiming>;
  for (const kind of QUERY_KINDS) kinds[kind] = timeKind(index, queries[kind], options);
  return {
    channels,
    organizations: content.organizations.length,
    scams: content.scams.length,
    generateMs,
    readMs,
    indexMs,
    contentBytes: withContent - before,
    indexBytes: withIndex - withContent,
    kinds,
    content,
    sample: QUERY_KINDS.flatMap((kind) => [true, false].map((hit) => queries[kind].find((q) => q.hit === hit)!)),
  };
}
