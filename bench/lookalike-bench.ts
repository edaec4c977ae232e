/** @module How well and how fast lookalike-heavy domain checks go: hit rate per technique, false alarms, and where the time goes. */
import { parseContact } from '../src/core/input/index.ts';
import type { RegistryIndex } from '../src/core/registry/registry-index.ts';
import type { Contact } from '../src/core/types.ts';
import { checkContact } from '../src/core/verdict.ts';
import { TECHNIQUES, type LookalikeQuery, type Technique } from './lookalike-queries.ts';
import { median, timeCalls } from './lookup-bench.ts';

export interface TechniqueScore {
  queries: number;
  /** Verdict `lookalike`, whoever it names. */
  lookalike: number;
  /** Verdict `lookalike` with the imitated organization as the first match. */
  rightFirst: number;
  /** Not first, but with the same score as the first match: ordered by chance among equals. */
  tiedFirst: number;
  /** The imitated organization among the matches, in any place. */
  rightNamed: number;
}

export interface LookalikeAccuracy {
  techniques: Record<Technique, TechniqueScore>;
  unrelated: { queries: number; falseAlarms: number };
  /** Sites named with everyday words (see `createDictionaryQueries`). */
  dictionary: { queries: number; falseAlarms: number };
  /** Up to two lookalike queries per technique that did not name their organization first, and false alarms. */
  failures: string[];
}

export interface CostSplit {
  population: 'lookalikes' | 'unrelated';
  checkUs: number;
  findUs: number;
  lookalikesUs: number;
  /**
   * parseContact + checkContact over queries met for the first time, each once: what a server meets.
   * The timed queries above repeat, so a lookup's small caches of pieces serve them more often.
   */
  freshUs: number;
}

const NOW = new Date('2025-01-01T00:00:00.000Z');
const FAILURES_PER_TECHNIQUE = 2;

const parsed = (q: LookalikeQuery): Contact => {
  const result = parseContact(q.input, q.options);
  if (!result.ok) throw new Error(`bench query ${JSON.stringify(q.input)} does not parse`);
  return result.value;
};

/** Checks every query once and scores the verdicts against how each was generated. */
export function scoreLookalikes(index: RegistryIndex, queries: LookalikeQuery[]): LookalikeAccuracy {
  const techniques = Object.fromEntries(TECHNIQUES.map((t) => [t, { queries: 0, lookalike: 0, rightFirst: 0, tiedFirst: 0, rightNamed: 0 }])) as Record<Technique, TechniqueScore>;
  const unrelated = { queries: 0, falseAlarms: 0 };
  const dictionary = { queries: 0, falseAlarms: 0 };
  const failures: string[] = [];
  const shown = new Map<string, number>();
  const fail = (technique: string, text: string) => {
    const n = shown.get(technique) ?? 0;
    if (n < FAILURES_PER_TECHNIQUE) failures.push(text);
    shown.set(technique, n + 1);
  };
  for (const q of queries) {
    const answer = checkContact(index, q.input, parsed(q), NOW);
    const named = answer.matches.map((m) => m.organization.slug);
    if (q.technique === 'unrelated' || q.technique === 'dictionary') {
      const population = q.technique === 'unrelated' ? unrelated : dictionary;
      population.queries++;
      if (answer.verdict !== 'lookalike') continue;
      population.falseAlarms++;
      fail(q.technique, `false alarm: ${q.input} → ${named.join(', ')} (${answer.matches[0]!.reasons.join(', ')})`);
      continue;
    }
    const score = techniques[q.technique];
    score.queries++;
    if (answer.verdict === 'lookalike') score.lookalike++;
    const mine = answer.matches.find((m) => m.organization.slug === q.target);
    if (mine) score.rightNamed++;
    if (answer.verdict === 'lookalike' && named[0] === q.target) score.rightFirst++;
    else if (mine && mine.score === answer.matches[0]!.score) score.tiedFirst++;
    else fail(q.technique, `${q.technique}: ${q.input} (imitates ${q.target}) → ${answer.verdict} ${answer.matches.slice(0, 3).map((m) => `${m.organization.slug} ${m.score} [${m.reasons.join(' ')}]`).join(', ')}`);
  }
  return { techniques, unrelated, dictionary, failures };
}

/**
 * checkContact, its exact lookup (index.find) and its lookalike search (index.lookalikes) timed apart,
 * for the imitations and the unrelated sites separately: median µs per call over `rounds` rounds.
 */
export function splitCost(index: RegistryIndex, queries: LookalikeQuery[], fresh: LookalikeQuery[], options: { iterations: number; rounds: number }): CostSplit[] {
  const inPopulation = (population: CostSplit['population']) => (q: LookalikeQuery) => (q.technique === 'unrelated') === (population === 'unrelated');
  return (['lookalikes', 'unrelated'] as const).map((population) => {
    const list = queries.filter(inPopulation(population));
    const contacts = list.map(parsed);
    const n = contacts.length;
    const steps = {
      check: (i: number) => checkContact(index, list[i % n]!.input, contacts[i % n]!, NOW).verdict.length,
      find: (i: number) => index.find(contacts[i % n]!).channels.length + 1,
      lookalikes: (i: number) => index.lookalikes(contacts[i % n]!).length + 1,
    };
    const perRound = Math.ceil(options.iterations / options.rounds);
    const ns = { check: [] as number[], find: [] as number[], lookalikes: [] as number[] };
    for (let r = 0; r < options.rounds; r++) {
      for (const step of ['check', 'find', 'lookalikes'] as const) ns[step].push(timeCalls(r * perRound, perRound, steps[step]).ns);
    }
    const us = (list: number[]) => median(list) / perRound / 1000;
    return { population, checkUs: us(ns.check), findUs: us(ns.find), lookalikesUs: us(ns.lookalikes), freshUs: timeFresh(index, fresh.filter(inPopulation(population))) };
  });
}

/** Parses and checks each query once, as a server meets them. */
export function checkEachOnce(index: RegistryIndex, queries: LookalikeQuery[]): number {
  let sink = 0;
  for (const q of queries) {
    const parsed = parseContact(q.input, q.options);
    if (parsed.ok) sink += checkContact(index, q.input, parsed.value, NOW).verdict.length;
  }
  if (sink === 0) throw new Error('fresh queries lost their work');
  return sink;
}

/** µs per parse + check of queries each checked once, in order. */
function timeFresh(index: RegistryIndex, queries: LookalikeQuery[]): number {
  const start = process.hrtime.bigint();
  checkEachOnce(index, queries);
  return Number(process.hrtime.bigint() - start) / queries.length / 1000;
}
