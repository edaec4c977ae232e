/**
 * @module Scores a labeled lookalike evaluation (test/lookalike/eval): recall on phishing that imitates a
 * registered brand, false positives on legitimate names, by pattern; used by its test and `npm run eval:lookalike`.
 */
import { readFileSync } from 'node:fs';
import { parseContact } from '../core/input/index.ts';
import { readRegistryFile } from '../core/registry/file.ts';
import { RegistryIndex } from '../core/registry/registry-index.ts';
import { checkContact } from '../core/verdict.ts';

export interface EvalCase {
  input: string;
  label: 'phishing' | 'legitimate';
  target?: string;
  pattern?: string;
  /** Fresh samples only: `tuning`, the half rules may be read against; `held`, the half kept for measuring them. */
  half?: 'tuning' | 'held';
}

export interface Score {
  recall: number;
  falsePositives: number;
  /** One line: recall and false positives with their counts, then recall by pattern. */
  summary: string;
  /** Phishing not flagged with its organization, each with what was answered instead. */
  misses: Array<{ case: EvalCase; answered: string }>;
  /** Legitimate names flagged, each with the organizations named. */
  falseAlarms: Array<{ case: EvalCase; answered: string }>;
}

/** The folder of the evaluation files, beside the tests that read them. */
export const EVAL_DIR = new URL('../../test/lookalike/eval/', import.meta.url);

/** The day every evaluation is answered on, so that no answer depends on when it runs. */
const EVAL_DAY = new Date('2026-11-25T00:00:00Z');

/** The fresh samples, in the order they were collected after the rules were written (see SOURCES.md there). */
export const FRESH_SAMPLE_FILES: readonly string[] = [
  'fresh-cases.json', 'fresh-cases-2.json', 'fresh-cases-3.json', 'fresh-cases-4.json', 'fresh-cases-5.json', 'fresh-cases-6.json', 'fresh-cases-7.json',
  'fresh-cases-8.json', 'fresh-cases-9.json', 'fresh-cases-10.json', 'fresh-cases-11.json', 'fresh-cases-12.json', 'fresh-cases-13.json', 'fresh-cases-14.json', 'fresh-cases-15.json',
  'fresh-cases-16.json', 'fresh-cases-17.json', 'fresh-cases-18.json', 'fresh-cases-19.json', 'fresh-cases-20.json', 'fresh-cases-21.json', 'fresh-cases-22.json', 'fresh-cases-23.json', 'fresh-cases-24.json', 'fresh-cases-25.json', 'fresh-cases-26.json', 'fresh-cases-27.json', 'fresh-cases-28.json', 'fresh-cases-29.json', 'fresh-cases-30.json', 'fresh-cases-31.json', 'fresh-cases-32.json', 'fresh-cases-33.json', 'fresh-cases-34.json', 'fresh-cases-35.json', 'fresh-cases-36.json', 'fresh-cases-37.json', 'fresh-cases-38.json', 'fresh-cases-39.json', 'fresh-cases-40.json', 'fresh-cases-41.json', 'fresh-cases-42.json',
];

export const readEvalFile = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, EVAL_DIR), 'utf8')) as T;

/** The evaluation's registry (`registry.json`), indexed as a server holds it. */
export function evaluationIndex(): RegistryIndex {
  const read = readRegistryFile(readEvalFile('registry.json'));
  if (!read.ok) throw new Error(`registry.json: ${JSON.stringify(read.problems.slice(0, 3))}`);
  return new RegistryIndex({ version: 1, issuedAt: '2026-01-01T00:00:00.000Z' }, 'evaluation', read.content);
}

/** Recall (phishing flagged with the right organization) and false positives (legitimate flagged), with counts by pattern. */
export function scoreCases(index: RegistryIndex, cases: readonly EvalCase[]): Score {
  let caught = 0;
  let phishing = 0;
  let legit = 0;
  const byPattern = new Map<string, [number, number]>();
  const misses: Score['misses'] = [];
  const falseAlarms: Score['falseAlarms'] = [];
  for (const c of cases) {
    const contact = parseContact(c.input, {});
    if (!contact.ok) throw new Error(`${c.input}: ${contact.problem.message}`);
    const answer = checkContact(index, c.input, contact.value, EVAL_DAY);
    const flagged = answer.verdict === 'lookalike';
    const answered = flagged ? answer.matches.map((m) => m.organization.slug).join(', ') : answer.verdict;
    if (c.label === 'phishing') {
      phishing++;
      const hit = flagged && answer.matches.some((m) => m.organization.slug === c.target);
      if (hit) caught++;
      else misses.push({ case: c, answered });
      const [n, total] = byPattern.get(c.pattern ?? 'other') ?? [0, 0];
      byPattern.set(c.pattern ?? 'other', [n + (hit ? 1 : 0), total + 1]);
    } else {
      legit++;
      if (flagged) falseAlarms.push({ case: c, answered });
    }
  }
  const recall = caught / phishing;
  const falsePositives = falseAlarms.length / legit;
  const patterns = [...byPattern].map(([p, [n, t]]) => `${p} ${n}/${t}`).join(', ');
  const summary = `recall ${percent(recall)} (${caught}/${phishing}); false positives ${percent(falsePositives)} (${falseAlarms.length}/${legit}); by pattern: ${patterns}`;
  return { recall, falsePositives, summary, misses, falseAlarms };
}

/**
 * The cases whose misses and false alarms rules may be read against: a fresh sample's tuning half (its
 * held half measures how rules carry over only while nobody reads it), or a whole evaluation without halves.
 */
export const readableCases = (cases: readonly EvalCase[]): readonly EvalCase[] =>
  cases.some((c) => c.half) ? cases.filter((c) => c.half === 'tuning') : cases;

const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
