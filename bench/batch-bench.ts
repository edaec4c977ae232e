/** @module One batch of parsed mixed inputs checked against a small and a large registry: the cost should not grow with the registry. */
import { parseContact } from '../src/core/input/index.ts';
import { RegistryIndex } from '../src/core/registry/registry-index.ts';
import type { Contact } from '../src/core/types.ts';
import { checkContact, type CheckAnswer, type VerdictCode } from '../src/core/verdict.ts';
import { createLookalikeQueries } from './lookalike-queries.ts';
import { loadRegistry, msSince } from './load-registry.ts';
import { median } from './lookup-bench.ts';
import { createQueries, QUERY_KINDS, type Query } from './queries.ts';
import { brandsOf, unregisteredNames } from './synthetic-registry.ts';

export interface BatchRun {
  channels: number;
  inputs: number;
  /** Median milliseconds to check the whole batch. */
  ms: number;
  /** Median milliseconds for the inputs answered alike by both registries (same verdict, same organizations named). */
  sameMs: number;
  /**
   * The same inputs each checked alone and repeated (its best time), summed: the lookup's work without
   * misses in the processor's caches or in the lookup's own small caches of pieces. Its ratio between
   * the sizes is how the work grows with the registry; the batch's adds how memory does.
   */
  warmSameMs: number;
  verdicts: Partial<Record<VerdictCode, number>>;
  /** Imitated channels named across the batch's answers. */
  matches: number;
}

export interface BatchResult {
  runs: BatchRun[];
  /** Inputs both registries answer alike: the rest differ because the large one holds more (a miss there may be a lookalike). */
  sameInputs: number;
}

export interface BatchOptions {
  inputs: number;
  warmup: number;
  rounds: number;
}

const NOW = new Date('2025-01-01T00:00:00.000Z');
const META = { version: 1, issuedAt: '2025-01-01T00:00:00.000Z' };

type Batch = Array<{ input: string; contact: Contact }>;

/**
 * `inputs` parsed inputs, every kind in turn, lookalike-heavy domains included: hits and imitations
 * of the small registry's brands (the large registry's first organizations, so hits hit in both),
 * misses from names past the large registry's, so neither registry holds them.
 */
function createBatch(small: { content: Parameters<typeof createQueries>[0]; index: RegistryIndex }, largeOrganizations: number, inputs: number): Batch {
  const perKind = Math.ceil(inputs / (QUERY_KINDS.length + 1));
  const names = unregisteredNames(largeOrganizations);
  const byKind = createQueries(small.content, names, perKind, 5);
  const sets: Query[][] = [
    ...QUERY_KINDS.map((k) => byKind[k]),
    createLookalikeQueries(small.index, small.content, brandsOf(small.content.organizations), names, perKind, 6),
  ];
  const batch: Batch = [];
  for (let i = 0; batch.length < inputs; i++) {
    const q = sets[i % sets.length]![Math.floor(i / sets.length)]!;
    const parsed = parseContact(q.input, q.options);
    if (!parsed.ok) throw new Error(`bench query ${JSON.stringify(q.input)} does not parse`);
    batch.push({ input: q.input, contact: parsed.value });
  }
  return batch;
}

const WARM_CALLS = 5;
const WARM_TRIES = 7;

/** Each input's best time over a few tries of a few calls in a row, summed. */
function timeWarm(index: RegistryIndex, batch: Batch): number {
  let total = 0;
  for (const { input, contact } of batch) {
    let best = Infinity;
    for (let t = 0; t < WARM_TRIES; t++) {
      const start = process.hrtime.bigint();
      for (let c = 0; c < WARM_CALLS; c++) checkContact(index, input, contact, NOW);
      best = Math.min(best, msSince(start) / WARM_CALLS);
    }
    total += best;
  }
  return total;
}

function timeBatch(index: RegistryIndex, batch: Batch): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const { input, contact } of batch) sink += checkContact(index, input, contact, NOW).verdict.length;
  const ms = msSince(start);
  if (sink === 0) throw new Error('batch loop lost its work');
  return ms;
}

const sameAnswer = (a: CheckAnswer, b: CheckAnswer): boolean =>
  a.verdict === b.verdict && a.organization?.slug === b.organization?.slug &&
  a.matches.length === b.matches.length && a.matches.every((m, i) => m.organization.slug === b.matches[i]!.organization.slug);

/**
 * Checks the same batch against both sizes, alternating them round by round so neither gets a warmer
 * cache or a quieter machine. The large registry starts with the small one's organizations (the
 * synthetic registries grow from one seeded stream), which is checked.
 */
export function benchBatch(smallChannels: number, largeChannels: number, options: BatchOptions): BatchResult {
  const [small, large] = [loadRegistry(smallChannels), loadRegistry(largeChannels)];
  if (small.content.organizations.some((o, i) => large.content.organizations[i]?.slug !== o.slug)) {
    throw new Error('the large synthetic registry does not start with the small one');
  }
  const indexes = [small, large].map((r) => new RegistryIndex(META, 'bench', r.content));
  const batch = createBatch({ content: small.content, index: indexes[0]! }, large.organizationCount, options.inputs);
  const answers = indexes.map((index) => batch.map(({ input, contact }) => checkContact(index, input, contact, NOW)));
  const same = batch.filter((_, i) => sameAnswer(answers[0]![i]!, answers[1]![i]!));
  const ms = indexes.map(() => ({ all: [] as number[], same: [] as number[] }));
  for (let r = 0; r < options.warmup + options.rounds; r++) {
    for (const part of ['all', 'same'] as const) {
      indexes.forEach((index, k) => {
        const taken = timeBatch(index, part === 'all' ? batch : same);
        if (r >= options.warmup) ms[k]![part].push(taken);
      });
    }
  }
  const runs = indexes.map((_, k) => {
    const verdicts: BatchRun['verdicts'] = {};
    for (const a of answers[k]!) verdicts[a.verdict] = (verdicts[a.verdict] ?? 0) + 1;
    const matches = answers[k]!.reduce((n, a) => n + a.matches.length, 0);
    return {
      channels: [smallChannels, largeChannels][k]!, inputs: batch.length, ms: median(ms[k]!.all), sameMs: median(ms[k]!.same),
      warmSameMs: timeWarm(indexes[k]!, same), verdicts, matches,
    };
  });
  return { runs, sameInputs: same.length };
}
