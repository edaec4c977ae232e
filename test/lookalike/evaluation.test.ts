/**
 * @module The labeled evaluations (test/lookalike/eval): recall on phishing domains that imitate a
 * registered brand, and the false-positive rate on legitimate lookalike-ish domains.
 */
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../src/core/lookalike/data/common-words.generated.ts';
import { evaluationIndex, FRESH_SAMPLE_FILES, readableCases, readEvalFile, scoreCases, type EvalCase } from '../../src/tools/lookalike-evaluation.ts';
import { check } from '../support/index.ts';

const index = evaluationIndex();
const cases = readEvalFile<EvalCase[]>('cases.json');
const freshCases = readEvalFile<EvalCase[]>('fresh-cases.json');
const secondFreshCases = readEvalFile<EvalCase[]>('fresh-cases-2.json');
const thirdFreshCases = readEvalFile<EvalCase[]>('fresh-cases-3.json');
const fourthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-4.json');
const fifthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-5.json');
const sixthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-6.json');
const seventhFreshCases = readEvalFile<EvalCase[]>('fresh-cases-7.json');
const eighthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-8.json');
const ninthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-9.json');
const tenthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-10.json');
const eleventhFreshCases = readEvalFile<EvalCase[]>('fresh-cases-11.json');
const twelfthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-12.json');
const thirteenthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-13.json');
const fourteenthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-14.json');
const fifteenthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-15.json');
const sixteenthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-16.json');
const seventeenthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-17.json');
const eighteenthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-18.json');
const nineteenthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-19.json');
const twentiethFreshCases = readEvalFile<EvalCase[]>('fresh-cases-20.json');
const twentyFirstFreshCases = readEvalFile<EvalCase[]>('fresh-cases-21.json');
const twentySecondFreshCases = readEvalFile<EvalCase[]>('fresh-cases-22.json');
const twentyThirdFreshCases = readEvalFile<EvalCase[]>('fresh-cases-23.json');
const twentyFourthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-24.json');
const twentyFifthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-25.json');
const twentySixthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-26.json');
const twentySeventhFreshCases = readEvalFile<EvalCase[]>('fresh-cases-27.json');
const twentyEighthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-28.json');
const twentyNinthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-29.json');
const thirtiethFreshCases = readEvalFile<EvalCase[]>('fresh-cases-30.json');
const thirtyFirstFreshCases = readEvalFile<EvalCase[]>('fresh-cases-31.json');
const thirtySecondFreshCases = readEvalFile<EvalCase[]>('fresh-cases-32.json');
const thirtyThirdFreshCases = readEvalFile<EvalCase[]>('fresh-cases-33.json');
const thirtyFourthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-34.json');
const thirtyFifthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-35.json');
const thirtySixthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-36.json');
const thirtySeventhFreshCases = readEvalFile<EvalCase[]>('fresh-cases-37.json');
const thirtyEighthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-38.json');
const thirtyNinthFreshCases = readEvalFile<EvalCase[]>('fresh-cases-39.json');
const fortiethFreshCases = readEvalFile<EvalCase[]>('fresh-cases-40.json');
const fortyFirstFreshCases = readEvalFile<EvalCase[]>('fresh-cases-41.json');
const fortySecondFreshCases = readEvalFile<EvalCase[]>('fresh-cases-42.json');

/**
 * Floors the detector must not fall below: what it measures today, rounded down. The targets
 * are 97% recall and at most 1% false positives, both met on the labeled evaluation the detector was
 * built against.
 */
const RECALL_FLOOR = 0.97; // measured 97.2% (554/570), the target
const FALSE_POSITIVE_CEILING = 0.008; // measured 0.7% (2/281)
/**
 * The fresh samples, collected in the fifteenth to twenty-first sessions from parts of the feeds and other
 * lists the first never read, measure how the rules carry over to names they were not written for (README,
 * "How well the rules carry over"), below the issue's targets. fresh-cases.json: before that session's
 * changes 80.3% recall and 4.5% false positives; after them 86.0% and 1.5% (its held half 78.9% → 83.2%,
 * 3.0% → 0.6%), 86.8% after the sixteenth's. fresh-cases-2.json, collected once those changes were made: 79.4% and 6.7% before the
 * session, 79.9% and 5.5% on meeting it; 81.8% and 4.2% after the changes read against its tuning half
 * and its false positives, all read when it was first met (its held half 82.5% → 83.5%, 7.2% → 5.4%);
 * 83.3% and 4.2% after the sixteenth session's changes. fresh-cases-3.json, collected at the start of
 * the sixteenth session by helpers who did not see the detector: 76.9% and 2.6% when first met (held
 * half 76.6%, 2.9%); 80.6% and 1.8% after that session's changes, read against its tuning half only
 * (held half 78.2%, 2.9%). fresh-cases-4.json, collected early in the seventeenth session the same way:
 * 79.6% and 0.9% when first met, after that session's first three changes (held half 77.3%, 1.7%; the
 * session's starting code 79.1%, 0.9%); 82.2% and 0.9% after the changes read against its tuning half
 * (held half 78.7%, 1.7%). The seventeenth session's changes left the first three samples at 87.3%, 1.5%;
 * 84.9%, 4.5% (one more legitimate name flagged in its held half, by the generic-TLD swap); 82.3%, 1.8%.
 * fresh-cases-5.json, collected late in the seventeenth session the same way, first met by that session's
 * code then: 84.5% and 2.6% (held half 83.7%, 2.0%; the session's starting code 82.4%, 2.6%); 85.0% after
 * two lures read against its tuning half ("grant", "backup") and 2.3% false positives after one of its
 * false positives ("mycurvefit"; held half unchanged). fresh-cases-6.json, collected at the start of the
 * eighteenth session the same way: that session's starting code 79.7% and 6.3% (held half 77.7%, 4.6%);
 * 79.9% and 4.1% after its changes (held half 77.7%, 3.9%). The eighteenth session's changes, read against
 * the tuning halves, and four aliases added to the evaluation's registry moved the other samples to 87.8%,
 * 1.5%; 85.2%, 4.5%; 83.3%, 1.8%; 82.6%, 0.9%; 85.7%, 2.6% (one legitimate name more in the fifth's tuning
 * half, "pancakeapp", beside the alias "pancake"). fresh-cases-7.json, collected at the end of the
 * eighteenth session the same way, first met by that session's final code: 81.4% and 6.4% (held half 82.2%,
 * 7.5%; the session's starting code 81.2%, 6.7%); 5.4% false positives (held half 6.3%) once a fifth alias
 * added that session ("findmy", Apple's Find My) was taken out again for three of them ("findmypast").
 * The nineteenth session's one change (brands respelled beside a lure on platforms anyone can publish on),
 * read against the tuning halves, moved the others to 88.5%; 85.2%; 83.6%; 82.9%; 86.2%; 80.6%; 82.2% (held
 * halves 86.3%, 85.0%, 80.2%, 79.2%, 84.6%, 78.1%, 83.2%), no false positive more. fresh-cases-8.json,
 * collected during the nineteenth session the same way, first met by its final code: 77.0% and 4.3% (held
 * half 74.6%, 3.9%; the session's starting code 76.5%, 4.3%). A documentation host's project names read
 * only beside a lure no software is named with (read against the tuning halves' false positives) then
 * left 1.5% of the third's legitimate names flagged, 4.8% of the seventh's and 2.7% of the eighth's (held
 * halves 2.3%, 5.7%, 2.2%), no phishing name fewer; guides to what is on a platform ("whatsonnetflix")
 * then 1.2% of the first's, 3.8% of the sixth's and 4.5% of the seventh's (held halves unchanged). The
 * twentieth session's first four changes (four-letter names run into words, stray letters beside a
 * common-word brand under a favoured TLD, slipped splits, slipped sign-ins and wallets), read against the
 * tuning halves, flagged 12 more phishing names there and 10 in the held halves, no legitimate name more.
 * fresh-cases-9.json, collected at that session's start the same way and met once they were in: 82.0% and
 * 5.5% (held half 82.8%, 3.4%; the session's starting code 81.0%, 5.3%). Two lures, three product names
 * as aliases of the evaluation's registry, a common-word brand in front of another domain under a
 * favoured TLD, a one-letter name read only as its domain written out and other languages' frequent
 * words read as words, read after, moved the samples to 88.8%, 1.2%; 85.9%, 4.2%; 84.6%, 1.5%; 84.0%, 0.9%;
 * 86.2%, 2.3%; 82.1%, 3.8%; 83.7%, 4.2%; 78.7%, 2.4%; 82.7%, 4.3%, no legitimate name more.
 * fresh-cases-10.json, collected at the start of the twenty-first session the same way and met once that
 * session's first three changes were in: 82.8% and 5.2% (held half 85.1%, 5.5%; the session's starting code
 * 82.6%, 5.2%). That session's changes, read against the tuning halves, moved the samples on
 * (held halves 87.4%, 85.5%, 81.7%, 81.5%, 86.1%, 81.7%, 84.2%, 78.2%, 83.3%, 85.1%; false positives 0.6%,
 * 6.0%, 2.9%, 1.7%, 2.0%, 3.9%, 3.8%, 2.2%, 2.5%, 4.8%). fresh-cases-11.json, collected late in that session
 * the same way until the helpers' search budget ran out (288 phishing, 99 legitimate), first met by its
 * final code then: 79.9% and 4.0% (held half 85.5%, 3.2%; the session's starting code 78.8%, 4.0%); lures
 * and an alias read against the tuning halves after it moved it to the floor below (held half unchanged).
 * The twenty-second session read three more: fresh-cases-12.json and fresh-cases-13.json from MetaMask's
 * lists as published on npm (eth-phishing-detect 1.2.0; the later copy in @scamsniffer/detector), met at
 * 89.0% and 7.3%, and 91.8% and 1.4%; fresh-cases-14.json from unread feeds and, for its legitimate names,
 * a ranking of popular sites, met at 85.4% and 11.5%. That session's changes moved all to the floors below;
 * fresh-cases-15.json, collected the same way as the fourteenth once they were in, measured them at 81.7%, 7.2%
 * (the session's starting code 81.7%, 7.8%); three more readings after it moved it to the floor below.
 * The twenty-third session read two more the same way: fresh-cases-16.json, met after its first four
 * changes at 83.3% and 12.9% (the same for its starting code), and fresh-cases-17.json, collected to
 * measure the rest, met at 79.1% and 8.6% (its starting code 78.8%, 8.6%); the readings after them moved
 * all to the floors below; fresh-cases-18.json, collected at its end to measure its final code, met at
 * 79.2% and 7.2% (its starting code 77.5%, 7.2%); one lure read against its tuning half after.
 * The twenty-fourth session read fresh-cases-19.json the same way, met after its first change at 83.9% and
 * 9.2% (its starting code 82.9%, 9.2%); its changes moved all to the floors below; fresh-cases-20.json,
 * collected during it and read by nothing until its changes were done, met its final code at 83.8% and
 * 4.3% (its starting code 81.2%, 4.3%); fresh-cases-21.json, collected the same way after one more
 * change, met it at 86.4% and 10.1% (its starting code 83.8%, 7.4%); one change read after it.
 * The twenty-fifth session read fresh-cases-22.json, collected the same way while its first three changes
 * were made, met after them at 84.3% and 7.0% (its starting code 84.0%, 5.6%); the readings after it
 * moved all to the floors below; fresh-cases-23.json, collected during it and read by nothing until its
 * first nine changes to detection were in, met them at 89.6% and 7.3% (its starting code 89.1%, 7.3%);
 * four changes read after it and Google's ecosystemNames in registry.json moved all to the floors below.
 * The twenty-sixth session read fresh-cases-24.json, collected the same way while its first three changes
 * were made and read by nothing until they were in, met them at 84.5% and 3.2% (its starting code 84.3%,
 * 3.2%); the readings after it moved all to the floors below; fresh-cases-25.json, collected the same way
 * during it and read by nothing until its next eight changes were in, met them at 84.0% and 6.2% (its
 * starting code 83.8%, 6.2%).
 * The twenty-seventh session read fresh-cases-26.json, collected the same way while its first two changes
 * were made and read by nothing until they were in, met them at 82.8% and 2.5% (its starting code the
 * same); fresh-cases-27.json, collected the same way during it and read by nothing until its next six
 * changes were in, met them at 82.4% and 5.4% (its starting code 82.6%, 5.4%: one phishing name lost,
 * to a change then taken back); fresh-cases-28.json, collected the same way during it and read by nothing
 * until its next five changes were in, met them at 80.0% and 6.3% (its starting code the same); the
 * readings after it moved all to the floors below.
 * The twenty-eighth session read fresh-cases-29.json, collected the same way while its first three changes
 * were made and read by nothing until they were in, met them at 84.9% and 4.6% (its starting code 84.2%,
 * 4.6%); the readings after it moved all to the floors below.
 * The twenty-ninth session read fresh-cases-30.json, collected the same way while its first three changes
 * were made and read by nothing until they were in, met them at 84.3% and 5.3% (its starting code 84.1%,
 * 5.3%); fresh-cases-31.json, collected the same way while its next nine changes were made and read by
 * nothing until they were in, met them at 85.3% and 3.6% (its starting code 85.0%, 5.1%); the readings after
 * it moved all to the floors below.
 * The thirtieth session read fresh-cases-32.json, collected the same way while its first two changes were
 * made and read by nothing until they were in, met them at 87.0% and 1.8% (its starting code 86.8%, 1.8%);
 * fresh-cases-33.json, collected the same way while its next four changes were made and read by nothing
 * until they were in, met them at 87.2% and 4.8% (its starting code the same); the readings after it moved
 * all to the floors below.
 * The thirty-first session read fresh-cases-34.json, collected the same way before any of its changes and
 * read by nothing until then, and met it at 86.1% and 5.1% (its starting code, unchanged); the readings
 * after it moved all to the floors below. fresh-cases-35.json, collected the same way while its changes
 * were made and read by nothing until they were in, met them at 84.0% and 5.6% (its starting code the
 * same, name for name).
 * The thirty-second session read fresh-cases-36.json, collected the same way while its first two changes
 * were made and read by nothing until they were in, met them at 82.8% and 4.9% (its starting code the
 * same, name for name); the readings after it moved all to the floors below.
 * The thirty-third session read fresh-cases-37.json, collected the same way while its first change was
 * made and read by nothing until it was in, and met it at 85.1% and 7.2% (its starting code the same,
 * name for name); the readings after it moved all to the floors below. fresh-cases-38.json, collected the
 * same way while its later changes were made and read by nothing until they were all in, met the session's
 * final code at 84.0% and 3.1% (its starting code 83.7%, 3.1%).
 * The thirty-fourth session read fresh-cases-39.json, collected the same way while its first change was
 * made and read by nothing until it was in, and met it at 85.3% and 4.1% (its starting code the same,
 * name for name); the readings after it moved all to the floors below.
 * The thirty-fifth session read fresh-cases-40.json, collected the same way while its first two changes
 * were made and read by nothing until they were in, and met them at 86.4% and 5.9% (its starting code the
 * same, name for name); the readings after it moved all to the floors below.
 * The thirty-sixth session read fresh-cases-41.json, collected the same way while its first two changes
 * were made and read by nothing until they were in, and met them at 83.9% and 3.1% (its starting code the
 * same: the same tuning-half names, the same held counts); the readings after it moved all to the floors
 * below. fresh-cases-42.json, collected the same way while its later changes were made and read by nothing
 * until they were all in, met the session's final code at 80.8% and 2.5% (its starting code the same).
 */
const FRESH_SAMPLES: Array<{ file: string; cases: EvalCase[]; phishing: number; legitimate: number; recallFloor: number; falsePositiveCeiling: number }> = [
  { file: 'fresh-cases.json', cases: freshCases, phishing: 400, legitimate: 331, recallFloor: 0.91, falsePositiveCeiling: 0.01 }, // measured 91.8% (367/400), 0.9% (3/331)
  { file: 'fresh-cases-2.json', cases: secondFreshCases, phishing: 384, legitimate: 330, recallFloor: 0.9, falsePositiveCeiling: 0.034 }, // measured 90.6% (348/384), 3.3% (11/330)
  { file: 'fresh-cases-3.json', cases: thirdFreshCases, phishing: 402, legitimate: 340, recallFloor: 0.9, falsePositiveCeiling: 0.012 }, // measured 90.3% (363/402), 1.2% (4/340)
  { file: 'fresh-cases-4.json', cases: fourthFreshCases, phishing: 426, legitimate: 351, recallFloor: 0.88, falsePositiveCeiling: 0.009 }, // measured 88.0% (375/426), 0.9% (3/351)
  { file: 'fresh-cases-5.json', cases: fifthFreshCases, phishing: 420, legitimate: 302, recallFloor: 0.9, falsePositiveCeiling: 0.024 }, // measured 90.7% (381/420), 2.3% (7/302)
  { file: 'fresh-cases-6.json', cases: sixthFreshCases, phishing: 403, legitimate: 318, recallFloor: 0.89, falsePositiveCeiling: 0.029 }, // measured 89.3% (360/403), 2.8% (9/318)
  { file: 'fresh-cases-7.json', cases: seventhFreshCases, phishing: 404, legitimate: 313, recallFloor: 0.88, falsePositiveCeiling: 0.042 }, // measured 88.4% (357/404), 4.2% (13/313)
  { file: 'fresh-cases-8.json', cases: eighthFreshCases, phishing: 395, legitimate: 371, recallFloor: 0.86, falsePositiveCeiling: 0.019 }, // measured 86.6% (342/395), 1.9% (7/371)
  { file: 'fresh-cases-9.json', cases: ninthFreshCases, phishing: 411, legitimate: 437, recallFloor: 0.89, falsePositiveCeiling: 0.026 }, // measured 89.3% (367/411), 2.5% (11/437)
  { file: 'fresh-cases-10.json', cases: tenthFreshCases, phishing: 390, legitimate: 270, recallFloor: 0.91, falsePositiveCeiling: 0.026 }, // measured 91.0% (355/390), 2.6% (7/270)
  { file: 'fresh-cases-11.json', cases: eleventhFreshCases, phishing: 288, legitimate: 99, recallFloor: 0.87, falsePositiveCeiling: 0.061 }, // measured 87.5% (252/288), 6.1% (6/99)
  { file: 'fresh-cases-12.json', cases: twelfthFreshCases, phishing: 218, legitimate: 124, recallFloor: 0.9, falsePositiveCeiling: 0.049 }, // measured 90.4% (197/218), 4.8% (6/124)
  { file: 'fresh-cases-13.json', cases: thirteenthFreshCases, phishing: 207, legitimate: 74, recallFloor: 0.97, falsePositiveCeiling: 0.014 }, // measured 97.1% (201/207), 1.4% (1/74)
  { file: 'fresh-cases-14.json', cases: fourteenthFreshCases, phishing: 378, legitimate: 131, recallFloor: 0.9, falsePositiveCeiling: 0.031 }, // measured 90.2% (341/378), 3.1% (4/131)
  { file: 'fresh-cases-15.json', cases: fifteenthFreshCases, phishing: 383, legitimate: 153, recallFloor: 0.9, falsePositiveCeiling: 0.02 }, // measured 90.9% (348/383), 2.0% (3/153)
  { file: 'fresh-cases-16.json', cases: sixteenthFreshCases, phishing: 384, legitimate: 140, recallFloor: 0.9, falsePositiveCeiling: 0.029 }, // measured 90.1% (346/384), 2.9% (4/140)
  { file: 'fresh-cases-17.json', cases: seventeenthFreshCases, phishing: 382, legitimate: 140, recallFloor: 0.87, falsePositiveCeiling: 0.036 }, // measured 87.2% (333/382), 3.6% (5/140)
  { file: 'fresh-cases-18.json', cases: eighteenthFreshCases, phishing: 293, legitimate: 153, recallFloor: 0.85, falsePositiveCeiling: 0.027 }, // measured 85.7% (251/293), 2.6% (4/153)
  { file: 'fresh-cases-19.json', cases: nineteenthFreshCases, phishing: 386, legitimate: 141, recallFloor: 0.88, falsePositiveCeiling: 0.036 }, // measured 88.1% (340/386), 3.5% (5/141)
  { file: 'fresh-cases-20.json', cases: twentiethFreshCases, phishing: 389, legitimate: 141, recallFloor: 0.88, falsePositiveCeiling: 0.008 }, // measured 88.7% (345/389), 0.7% (1/141)
  { file: 'fresh-cases-21.json', cases: twentyFirstFreshCases, phishing: 382, legitimate: 148, recallFloor: 0.9, falsePositiveCeiling: 0.034 }, // measured 90.6% (346/382), 3.4% (5/148)
  { file: 'fresh-cases-22.json', cases: twentySecondFreshCases, phishing: 363, legitimate: 143, recallFloor: 0.88, falsePositiveCeiling: 0.021 }, // measured 89.0% (323/363), 2.1% (3/143)
  { file: 'fresh-cases-23.json', cases: twentyThirdFreshCases, phishing: 385, legitimate: 124, recallFloor: 0.93, falsePositiveCeiling: 0.033 }, // measured 93.2% (359/385), 3.2% (4/124)
  { file: 'fresh-cases-24.json', cases: twentyFourthFreshCases, phishing: 401, legitimate: 158, recallFloor: 0.88, falsePositiveCeiling: 0.007 }, // measured 88.8% (356/401), 0.6% (1/158)
  { file: 'fresh-cases-25.json', cases: twentyFifthFreshCases, phishing: 407, legitimate: 178, recallFloor: 0.86, falsePositiveCeiling: 0.029 }, // measured 86.5% (352/407), 2.8% (5/178)
  { file: 'fresh-cases-26.json', cases: twentySixthFreshCases, phishing: 400, legitimate: 163, recallFloor: 0.85, falsePositiveCeiling: 0.019 }, // measured 85.3% (341/400), 1.8% (3/163)
  { file: 'fresh-cases-27.json', cases: twentySeventhFreshCases, phishing: 403, legitimate: 167, recallFloor: 0.88, falsePositiveCeiling: 0.024 }, // measured 88.3% (356/403), 2.4% (4/167)
  { file: 'fresh-cases-28.json', cases: twentyEighthFreshCases, phishing: 401, legitimate: 207, recallFloor: 0.86, falsePositiveCeiling: 0.058 }, // measured 86.8% (348/401), 5.8% (12/207)
  { file: 'fresh-cases-29.json', cases: twentyNinthFreshCases, phishing: 425, legitimate: 152, recallFloor: 0.87, falsePositiveCeiling: 0.04 }, // measured 87.3% (371/425), 3.9% (6/152)
  { file: 'fresh-cases-30.json', cases: thirtiethFreshCases, phishing: 415, legitimate: 132, recallFloor: 0.87, falsePositiveCeiling: 0.031 }, // measured 87.2% (362/415), 3.0% (4/132)
  { file: 'fresh-cases-31.json', cases: thirtyFirstFreshCases, phishing: 387, legitimate: 137, recallFloor: 0.87, falsePositiveCeiling: 0.037 }, // measured 87.1% (337/387), 3.6% (5/137)
  { file: 'fresh-cases-32.json', cases: thirtySecondFreshCases, phishing: 408, legitimate: 168, recallFloor: 0.9, falsePositiveCeiling: 0.018 }, // measured 90.2% (368/408), 1.8% (3/168)
  { file: 'fresh-cases-33.json', cases: thirtyThirdFreshCases, phishing: 405, legitimate: 145, recallFloor: 0.88, falsePositiveCeiling: 0.035 }, // measured 88.4% (358/405), 3.4% (5/145)
  { file: 'fresh-cases-34.json', cases: thirtyFourthFreshCases, phishing: 409, legitimate: 118, recallFloor: 0.88, falsePositiveCeiling: 0.034 }, // measured 88.0% (360/409), 3.4% (4/118)
  { file: 'fresh-cases-35.json', cases: thirtyFifthFreshCases, phishing: 406, legitimate: 125, recallFloor: 0.84, falsePositiveCeiling: 0.04 }, // measured 84.2% (342/406), 4.0% (5/125)
  { file: 'fresh-cases-36.json', cases: thirtySixthFreshCases, phishing: 378, legitimate: 123, recallFloor: 0.84, falsePositiveCeiling: 0.033 }, // measured 84.1% (318/378), 3.3% (4/123)
  { file: 'fresh-cases-37.json', cases: thirtySeventhFreshCases, phishing: 402, legitimate: 167, recallFloor: 0.86, falsePositiveCeiling: 0.054 }, // measured 86.6% (348/402), 5.4% (9/167)
  { file: 'fresh-cases-38.json', cases: thirtyEighthFreshCases, phishing: 381, legitimate: 162, recallFloor: 0.84, falsePositiveCeiling: 0.025 }, // measured 84.5% (322/381), 2.5% (4/162)
  { file: 'fresh-cases-39.json', cases: thirtyNinthFreshCases, phishing: 395, legitimate: 146, recallFloor: 0.86, falsePositiveCeiling: 0.028 }, // measured 86.6% (342/395), 2.7% (4/146)
  { file: 'fresh-cases-40.json', cases: fortiethFreshCases, phishing: 405, legitimate: 119, recallFloor: 0.88, falsePositiveCeiling: 0.051 }, // measured 88.9% (360/405), 5.0% (6/119)
  { file: 'fresh-cases-41.json', cases: fortyFirstFreshCases, phishing: 385, legitimate: 129, recallFloor: 0.84, falsePositiveCeiling: 0.032 }, // measured 84.9% (327/385), 3.1% (4/129)
  { file: 'fresh-cases-42.json', cases: fortySecondFreshCases, phishing: 386, legitimate: 121, recallFloor: 0.8, falsePositiveCeiling: 0.025 }, // measured 80.8% (312/386), 2.5% (3/121)
];

const score = (of: readonly EvalCase[]) => scoreCases(index, of);

describe('labeled evaluation', () => {
  it(`has at least 500 cases of both labels (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(500);
    expect(cases.filter((c) => c.label === 'phishing').length).toBeGreaterThanOrEqual(300);
    expect(cases.filter((c) => c.label === 'legitimate').length).toBeGreaterThanOrEqual(250);
    // Built against from the start, it is read whole.
    expect(readableCases(cases)).toHaveLength(cases.length);
  });

  it('flags phishing with the right organization and leaves legitimate domains alone', () => {
    const { recall, falsePositives, summary } = score(cases);
    console.log(`lookalike evaluation: ${summary}`);
    expect(recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(falsePositives).toBeLessThanOrEqual(FALSE_POSITIVE_CEILING);
  });
});

it('holds every fresh sample `npm run eval:lookalike` scores to floors of its own', () => {
  expect(FRESH_SAMPLES.map((s) => s.file)).toEqual(FRESH_SAMPLE_FILES);
});

describe.each(FRESH_SAMPLES)('fresh sample $file', ({ file, cases: sample, phishing, legitimate, recallFloor, falsePositiveCeiling }) => {
  it(`holds new names only, as collected, in two halves (${sample.length})`, () => {
    const seen = new Set([...cases, ...FRESH_SAMPLES.filter((other) => other.file !== file).flatMap((other) => other.cases)].map((c) => c.input));
    expect(sample.filter((c) => seen.has(c.input))).toEqual([]);
    // As SOURCES.md counts them: the later samples' collectors ran out of names the earlier ones did not hold.
    expect(sample.filter((c) => c.label === 'phishing').length).toBe(phishing);
    expect(sample.filter((c) => c.label === 'legitimate').length).toBe(legitimate);
    // The hash splits each sample about in two.
    expect(sample.filter((c) => c.half === 'held').length / sample.length).toBeGreaterThan(0.4);
    expect(sample.filter((c) => c.half === 'tuning').length / sample.length).toBeGreaterThan(0.4);
  });

  it('lists for reading only the tuning half', () => {
    const readable = readableCases(sample);
    expect(readable.length).toBe(sample.filter((c) => c.half === 'tuning').length);
    expect(readable.every((c) => c.half === 'tuning')).toBe(true);
  });

  it('flags its phishing and leaves its legitimate domains alone, at least as well as measured', () => {
    const whole = score(sample);
    console.log(`lookalike ${file}: ${whole.summary}`);
    console.log(`lookalike ${file}, held half: ${score(sample.filter((c) => c.half === 'held')).summary}`);
    expect(whole.recall).toBeGreaterThanOrEqual(recallFloor);
    expect(whole.falsePositives).toBeLessThanOrEqual(falsePositiveCeiling);
  });
});

describe('the dictionary against the evaluation registry', () => {
  // Ordinary words are the commonest legitimate names: each of the 30,000 (SUBTLEX-US) is a site of its
  // own under .com and a handle of its own, whichever brand it comes near ("finance", "pineapple", "apprentice").
  const words = COMMON_WORDS.split(' ');

  it.each([
    ['a domain', (word: string) => `${word}.com`],
    ['a handle', (word: string) => `@${word}`],
  ])('leaves every common word alone as %s', (_shape, input) => {
    const flagged = words.map(input).filter((text) => check(index, text).verdict === 'lookalike');
    expect(words.length).toBe(30_000);
    expect(flagged).toEqual([]);
  });
});
