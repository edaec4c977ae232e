/** @module Timing parseContact + checkContact per kind of contact against an in-memory RegistryIndex. */
import { parseContact } from '../src/core/input/index.ts';
import type { RegistryIndex } from '../src/core/registry/registry-index.ts';
import type { Contact } from '../src/core/types.ts';
import { checkContact } from '../src/core/verdict.ts';
import type { Query } from './queries.ts';

export interface KindTiming {
  parseUs: number;
  checkUs: number;
  totalUs: number;
  /** Queries whose verdict was a hit (official, revoked or known scam), out of `queries`. */
  hits: number;
  queries: number;
  /** Queries whose verdict contradicts how they were generated; anything but 0 makes the timing meaningless. */
  unexpected: number;
}

const HIT_VERDICTS = new Set(['official', 'revoked', 'known_scam']);
const NOW = new Date('2025-01-01T00:00:00.000Z');

/** Microseconds per call of `step` over `iterations` calls; the sum it returns keeps the work from being optimized away. */
function timePerCall(iterations: number, step: (i: number) => number): { us: number; sink: number } {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) sink += step(i);
  const ns = Number(process.hrtime.bigint() - start);
  return { us: ns / iterations / 1000, sink };
}

/** Parses every query once and checks its verdict against what it was generated to be. */
function verify(index: RegistryIndex, queries: Query[]): { contacts: Contact[]; hits: number; unexpected: number } {
  const contacts: Contact[] = [];
  let hits = 0;
  let unexpected = 0;
  for (const q of queries) {
    const parsed = parseContact(q.input, q.options);
    if (!parsed.ok) throw new Error(`bench query ${JSON.stringify(q.input)} does not parse: ${parsed.problem.message}`);
    contacts.push(parsed.value);
    const hit = HIT_VERDICTS.has(checkContact(index, q.input, parsed.value, NOW).verdict);
    if (hit) hits++;
    if (hit !== q.hit) unexpected++;
  }
  return { contacts, hits, unexpected };
}

/**
 * Times one kind: parse alone, check alone (on contacts parsed beforehand) and both, as the API route does,
 * cycling through the queries after `warmup` untimed rounds.
 */
export function timeKind(index: RegistryIndex, queries: Query[], iterations: number, warmup: number): KindTiming {
  const { contacts, hits, unexpected } = verify(index, queries);
  const n = queries.length;
  const parse = (i: number) => {
    const parsed = parseContact(queries[i % n]!.input, queries[i % n]!.options);
    return parsed.ok ? 1 : 0;
  };
  const check = (i: number) => checkContact(index, queries[i % n]!.input, contacts[i % n]!, NOW).verdict.length;
  const both = (i: number) => {
    const q = queries[i % n]!;
    const parsed = parseContact(q.input, q.options);
    return parsed.ok ? checkContact(index, q.input, parsed.value, NOW).verdict.length : 0;
  };
  timePerCall(warmup, both);
  const parsed = timePerCall(iterations, parse);
  const checked = timePerCall(iterations, check);
  const total = timePerCall(iterations, both);
  // Every query parses (verify threw otherwise), so a short sum means the loops did not run the work.
  if (parsed.sink !== iterations || checked.sink === 0 || total.sink === 0) throw new Error('benchmark loop lost its work');
  return { parseUs: parsed.us, checkUs: checked.us, totalUs: total.us, hits, queries: n, unexpected };
}
