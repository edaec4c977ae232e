/**
 * @module `npm run eval:lookalike`: the labeled lookalike evaluations scored, whole and by half; with
 * `--misses`, the misses and false alarms rules may be read against (never a fresh sample's held half).
 */
import { evaluationIndex, FRESH_SAMPLE_FILES, readableCases, readEvalFile, scoreCases, type EvalCase } from './lookalike-evaluation.ts';

/** The evaluation the rules were built against, then the fresh samples collected after them. */
const FILES = ['cases.json', ...FRESH_SAMPLE_FILES];

const showMisses = process.argv.includes('--misses');
const index = evaluationIndex();

for (const file of FILES) {
  const cases = readEvalFile<EvalCase[]>(file);
  const whole = scoreCases(index, cases);
  console.log(`${file}: ${whole.summary}`);
  const halved = cases.some((c) => c.half);
  if (halved) {
    for (const half of ['tuning', 'held'] as const) console.log(`  ${half} half: ${scoreCases(index, cases.filter((c) => c.half === half)).summary}`);
  }
  if (!showMisses) continue;
  const readable = scoreCases(index, readableCases(cases));
  const which = halved ? 'tuning half' : 'whole';
  for (const { case: c, answered } of readable.misses) console.log(`  miss (${which}): ${c.input} → ${c.target} [${c.pattern}], answered ${answered}`);
  for (const { case: c, answered } of readable.falseAlarms) console.log(`  false alarm (${which}): ${c.input}, flagged as ${answered}`);
}
