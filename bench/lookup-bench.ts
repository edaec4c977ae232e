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

/** Nanoseconds for `calls` calls of `step`; the sum it returns keeps the work from being optimized away. */
export function timeCalls(from: number, calls: number, step: (i: number) => number): { ns: number; sink: number } {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = from; i < from + calls; i++) sink += step(i);
  return { ns: Number(process.hrtime.bigint() - start), sink };
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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
 * cycling through the queries after `warmup` untimed calls. The calls are split into rounds that alternate
 * the three loops, and the median round is kept: a burst of load from another process (or a GC pause)
 * spoils one round instead of the figure, and no loop gets a warmer cache than the others.
 */
export function timeKind(index: RegistryIndex, queries: Query[], options: { iterations: number; warmup: number; rounds: number }): KindTiming {
  const { contacts, hits, unexpected } = verify(index, queries);
  const n = queries.length;
  const parse = (i: number) => (parseContact(queries[i % n]!.input, queries[i % n]!.options).ok ? 1 : 0);
  const check = (i: number) => checkContact(index, queries[i % n]!.input, contacts[i % n]!, NOW).verdict.length;
  const both = (i: number) => {
    const q = queries[i % n]!;
    const parsed = parseContact(q.input, q.options);
    return parsed.ok ? checkContact(index, q.input, parsed.value, NOW).verdict.length : 0;
  };
  timeCalls(0, options.warmup, both);
  const perRound = Math.ceil(options.iterations / options.rounds);
  const ns = { parse: [] as number[], check: [] as number[], both: [] as number[] };
  for (let r = 0; r < options.rounds; r++) {
    const from = r * perRound;
    const parsed = timeCalls(from, perRound, parse);
    const checked = timeCalls(from, perRound, check);
    const total = timeCalls(from, perRound, both);
    // Every query parses (verify threw otherwise), so a short sum means a loop did not run the work.
    if (parsed.sink !== perRound || checked.sink === 0 || total.sink === 0) throw new Error('benchmark loop lost its work');
    ns.parse.push(parsed.ns);
    ns.check.push(checked.ns);
    ns.both.push(total.ns);
  }
  const us = (list: number[]) => median(list) / perRound / 1000;
  return { parseUs: us(ns.parse), checkUs: us(ns.check), totalUs: us(ns.both), hits, queries: n, unexpected };
}
