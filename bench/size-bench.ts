/** @module One registry size: load it, build and weigh the indexes, then time and score every kind of check. */
import { LookalikeIndex } from '../src/core/lookalike/lookalike-index.ts';
import type { RegistryContent } from '../src/core/registry/entries.ts';
import { RegistryIndex } from '../src/core/registry/registry-index.ts';
import { scoreLookalikes, splitCost, checkEachOnce, type CostSplit, type LookalikeAccuracy } from './lookalike-bench.ts';
import { createDictionaryQueries, createLookalikeQueries, type LookalikeQuery } from './lookalike-queries.ts';
import { loadRegistry, msSince, type NormalizePath } from './load-registry.ts';
import { timeKind, type KindTiming } from './lookup-bench.ts';
import { heldSince, memoryUsed, type MemoryUse } from './memory.ts';
import { createQueries, QUERY_KINDS, type Query, type QueryKind } from './queries.ts';
import { brandsOf, unregisteredNames } from './synthetic-registry.ts';

export const LOOKALIKE_KIND = 'lookalike domain';
/** Lookalike-heavy domain queries checked once each, half imitations and half unrelated sites. */
export const FRESH_QUERIES = 4_000;
const FRESH_WARMUP = 20_000;
const FRESH_SEED = 11;
/** Sites named with everyday words, checked once each for false alarms. */
export const DICTIONARY_QUERIES = 5_000;
export type TimedKind = QueryKind | typeof LOOKALIKE_KIND;

/** What the lookalike index is made of, from its public fields: which part the memory goes to. */
export interface LookalikeShape {
  names: number;
  typoEntries: number;
  typoBytes: number;
  /** The far table and its filter: two letters left out of names of 7–9 letters, read for second edits. */
  farEntries: number;
  farBytes: number;
  tokenEntries: number;
  tokenBytes: number;
  /** The names by their consonants, read for brands scrambled on platforms anyone can publish on. */
  frameBytes: number;
  /** The names of 11+ letters by their ends and length, read for long names garbled past the typo floors. */
  longNames: number;
  longNameBytes: number;
}

export interface SizeResult {
  channels: number;
  organizations: number;
  scams: number;
  path: NormalizePath;
  generateMs: number;
  normalizeMs: number;
  /** `new LookalikeIndex` alone, then the whole `new RegistryIndex` (which builds its own lookalike index). */
  lookalikeMs: number;
  indexMs: number;
  /** Held after a full GC: the normalized content, a LookalikeIndex alone, a whole RegistryIndex. */
  contentMemory: MemoryUse;
  lookalikeMemory: MemoryUse;
  indexMemory: MemoryUse;
  shape: LookalikeShape;
  kinds: Record<TimedKind, KindTiming>;
  accuracy: LookalikeAccuracy;
  split: CostSplit[];
  index: RegistryIndex;
  content: RegistryContent;
  /** Every kind's queries, lookalike-heavy domains included, for batches and the HTTP run. */
  queries: Record<TimedKind, Query[]>;
}

export interface SizeOptions {
  queriesPerKind: number;
  iterations: number;
  warmup: number;
  rounds: number;
  /** Calls per step when the lookalike domain check is split into its parts. */
  splitIterations: number;
}

/** Builds a small registry's indexes once, so the first size measures no module start-up or lazily built tables. */
export function warmUp(): void {
  const { content } = loadRegistry(500);
  void new RegistryIndex({ version: 1, issuedAt: '2025-01-01T00:00:00.000Z' }, 'bench', content);
}

/** Builds a LookalikeIndex on its own and weighs it, and drops it before the RegistryIndex is built. */
function weighLookalikeIndex(content: RegistryContent): { ms: number; memory: MemoryUse; shape: LookalikeShape } {
  const before = memoryUsed();
  const start = process.hrtime.bigint();
  const index = new LookalikeIndex({ organizations: content.organizations, channels: content.channels });
  const ms = msSince(start);
  const memory = heldSince(before, memoryUsed());
  const { nameCount, typos, typoFilter, farTypos, farFilter, tokens, frames, longNames } = index;
  return {
    ms,
    memory,
    shape: {
      names: nameCount, typoEntries: typos.size, typoBytes: typos.bytes + typoFilter.bytes, farEntries: farTypos.size, farBytes: farTypos.bytes + farFilter.bytes,
      tokenEntries: tokens.size, tokenBytes: tokens.bytes, frameBytes: frames.bytes, longNames: longNames.size, longNameBytes: longNames.bytes,
    },
  };
}

/** Loads a registry of `channels` channels, measures what building and holding its indexes costs, then times every kind. */
export function benchSize(channels: number, options: SizeOptions): SizeResult {
  const empty = memoryUsed();
  const { content, organizationCount, path, generateMs, normalizeMs } = loadRegistry(channels);
  const withContent = memoryUsed();
  const lookalike = weighLookalikeIndex(content);
  const withoutIndex = memoryUsed();
  const start = process.hrtime.bigint();
  const index = new RegistryIndex({ version: 1, issuedAt: '2025-01-01T00:00:00.000Z' }, 'bench', content);
  const indexMs = msSince(start);
  const indexMemory = heldSince(withoutIndex, memoryUsed());

  const names = unregisteredNames(organizationCount);
  const lookalikeQueries: LookalikeQuery[] = createLookalikeQueries(index, content, brandsOf(content.organizations), names, options.queriesPerKind);
  const queries: Record<TimedKind, Query[]> = { ...createQueries(content, names, options.queriesPerKind), [LOOKALIKE_KIND]: lookalikeQueries };
  const kinds = {} as Record<TimedKind, KindTiming>;
  for (const kind of [...QUERY_KINDS, LOOKALIKE_KIND] as const) kinds[kind] = timeKind(index, queries[kind], options);
  // Other typos and sites than the timed ones (other seeds, names further down the stream), each checked
  // once, after as many others as a server meets in its first minutes: the compiler keeps optimizing a
  // lookup for the tens of thousands of different queries it meets first.
  const brands = brandsOf(content.organizations);
  checkEachOnce(index, createLookalikeQueries(index, content, brands, names, FRESH_WARMUP, FRESH_SEED + 1));
  const freshQueries = createLookalikeQueries(index, content, brands, names, FRESH_QUERIES, FRESH_SEED);
  return {
    channels,
    organizations: content.organizations.length,
    scams: content.scams.length,
    path,
    generateMs,
    normalizeMs,
    lookalikeMs: lookalike.ms,
    indexMs,
    contentMemory: heldSince(empty, withContent),
    lookalikeMemory: lookalike.memory,
    indexMemory,
    shape: lookalike.shape,
    kinds,
    accuracy: scoreLookalikes(index, [...lookalikeQueries, ...createDictionaryQueries(index, DICTIONARY_QUERIES)]),
    split: splitCost(index, lookalikeQueries, freshQueries, { iterations: options.splitIterations, rounds: options.rounds }),
    index,
    content,
    queries,
  };
}
