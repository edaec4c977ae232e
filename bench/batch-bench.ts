/** @module A batch of parsed mixed inputs checked against a small and a large registry: the cost should not grow with the registry. */
import { parseContact } from '../src/core/input/index.ts';
import { RegistryIndex } from '../src/core/registry/registry-index.ts';
import type { Contact } from '../src/core/types.ts';
import { checkContact } from '../src/core/verdict.ts';
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
}

export interface BatchOptions {
  inputs: number;
  warmup: number;
  rounds: number;
}

const NOW = new Date('2025-01-01T00:00:00.000Z');

interface Prepared {
  channels: number;
  index: RegistryIndex;
  batch: Array<{ input: string; contact: Contact }>;
}

/** A registry of `channels` channels and `inputs` parsed inputs: every kind in turn, lookalike-heavy domains included. */
function prepare(channels: number, inputs: number): Prepared {
  const { content, organizationCount } = loadRegistry(channels);
  const index = new RegistryIndex({ version: 1, issuedAt: '2025-01-01T00:00:00.000Z' }, 'bench', content);
  const perKind = Math.ceil(inputs / (QUERY_KINDS.length + 1));
  const names = unregisteredNames(organizationCount);
  const byKind = createQueries(content, names, perKind, 5);
  const sets: Query[][] = [...QUERY_KINDS.map((k) => byKind[k]), createLookalikeQueries(index, content, brandsOf(content.organizations), names, perKind, 6)];
  const batch: Prepared['batch'] = [];
  for (let i = 0; batch.length < inputs; i++) {
    const q = sets[i % sets.length]![Math.floor(i / sets.length)]!;
    const parsed = parseContact(q.input, q.options);
    if (!parsed.ok) throw new Error(`bench query ${JSON.stringify(q.input)} does not parse`);
    batch.push({ input: q.input, contact: parsed.value });
  }
  return { channels, index, batch };
}

function timeBatch({ index, batch }: Prepared): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (const { input, contact } of batch) sink += checkContact(index, input, contact, NOW).verdict.length;
  const ms = msSince(start);
  if (sink === 0) throw new Error('batch loop lost its work');
  return ms;
}

/**
 * Checks the same mix of inputs (each drawn from its own registry, so hits hit) against both sizes,
 * alternating them round by round so neither gets a warmer cache or a quieter machine.
 */
export function benchBatch(smallChannels: number, largeChannels: number, options: BatchOptions): BatchRun[] {
  const prepared = [prepare(smallChannels, options.inputs), prepare(largeChannels, options.inputs)];
  const ms = prepared.map(() => [] as number[]);
  for (let r = 0; r < options.warmup + options.rounds; r++) {
    prepared.forEach((p, k) => {
      const taken = timeBatch(p);
      if (r >= options.warmup) ms[k]!.push(taken);
    });
  }
  return prepared.map((p, k) => ({ channels: p.channels, inputs: p.batch.length, ms: median(ms[k]!) }));
}
