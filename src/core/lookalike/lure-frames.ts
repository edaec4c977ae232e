/**
 * @module The strong lures as phishers respell them on platforms anyone can publish on: written out
 * ("login"), by their consonants ("lougine", "logkn") or garbled past both ("kloinz"), and where one
 * stands in a name.
 */
import { consonantFrame, VOWELS } from './consonant-frames.ts';
import { commonSubsequence } from './edit-distance.ts';
import { isForeignLure } from './foreign-lures.ts';
import { STRONG_KEYWORDS } from './keywords.ts';
import { isCommonWord } from './names.ts';

/** A lure by its consonants ("login" → "lgn"), for lures with MIN_LURE_FRAME+ of them. */
export interface LureFrame {
  word: string;
  frame: string;
  /** Vowels the lure starts with: 1 for "extension", 0 for "login". */
  leadingVowels: number;
}

/** Consonants a lure needs to be read by them: "help" ("hlp") and "login" ("lgn") are, "live" ("lv") is not. */
const MIN_LURE_FRAME = 3;

/** The English strong lures and the wallet extensions fake stores offer. */
const LURE_WORDS = [...STRONG_KEYWORDS, 'extension'].filter((word) => !isForeignLure(word));

/**
 * The lures with three or more consonants, each frame once (its first lure named): "lougine", "logkn"
 * and "lgn" all read as login.
 */
export const LURE_FRAMES: readonly LureFrame[] = (() => {
  const byFrame = new Map<string, string>();
  for (const word of LURE_WORDS) {
    const frame = consonantFrame(word)?.frame;
    if (frame && frame.length >= MIN_LURE_FRAME && !byFrame.has(frame)) byFrame.set(frame, word);
  }
  return [...byFrame].map(([frame, word]) => ({ word, frame, leadingVowels: word.search(/[^aeiouy]/) }));
})();

/**
 * The lures read with a consonant slipped too (see `slippedFrameAt`): the sign-in and the wallet, which
 * the kits that fill platforms with respelled brands respell in turn ("loghinhng", "signh-in",
 * "wawaltn"). Others slipped are in too many made-up names ("kibupu" is no backup).
 */
const SLIPPED_LURES = LURE_FRAMES.filter(({ word }) => ['login', 'signin', 'wallet'].includes(word));

/** Lures written out that are read inside a run of letters: four letters or more ("help", "login"), too many words hold shorter ones. */
const WRITTEN_LURES = LURE_WORDS.filter((word) => word.length >= 4);

/** Where a lure stands in a run of letters: `text[start, end)`, read as `word`. */
export interface LureSpan {
  start: number;
  end: number;
  word: string;
}

/**
 * The first lure in a run of letters a to z: written out, else by its consonants with the vowels
 * around them ("kuxcoinlogiinb" holds login's "lgn" as "logii"), else, when `slipped`, a sign-in or a
 * wallet with a consonant slipped (`SLIPPED_LURES`: "loghin"). Null for none.
 */
export function findLure(letters: string, slipped = false): LureSpan | null {
  for (const word of WRITTEN_LURES) {
    const start = letters.indexOf(word);
    if (start >= 0) return { start, end: start + word.length, word };
  }
  const framed = consonantFrame(letters);
  if (!framed) return null;
  for (const lure of LURE_FRAMES) {
    const k = framed.frame.indexOf(lure.frame);
    const span = k < 0 ? null : spanOf(letters, framed.at, lure, k, lure.frame.length);
    if (span) return span;
  }
  if (!slipped) return null;
  for (const lure of SLIPPED_LURES) {
    for (let k = 0; k < framed.frame.length; k++) {
      const length = slippedFrameAt(framed.frame, k, lure.frame);
      const span = length === 0 ? null : spanOf(letters, framed.at, lure, k, length);
      if (span) return span;
    }
  }
  return null;
}

/**
 * The lure whose frame is `frame`'s consonants k to k + length in `letters` (placed at `at`), with its
 * vowels: those after its last consonant ("logiin"), and before its first only as many as the lure
 * starts with ("extension"). Null where that is a common word: a word with a lure's consonants is that
 * word ("legion" is no login).
 */
function spanOf(letters: string, at: readonly number[], lure: LureFrame, k: number, length: number): LureSpan | null {
  const start = Math.max(0, at[k]! - lure.leadingVowels);
  let end = at[k + length - 1]! + 1;
  while (end < letters.length && VOWELS.has(letters[end]!)) end++;
  return isCommonWord(letters.slice(start, end)) ? null : { start, end, word: lure.word };
}

/**
 * Consonants of a lure's frame `lure` as a phisher slips them, read from frame[k]: its first and last
 * kept with one added between them ("loghin", l-g-h-n for l-g-n), or two neighbours swapped
 * ("gloin"). 0 for none. A consonant left out is not read: a frame cut shorter is inside too many
 * made-up names ("skat", s-k-t, is no "security").
 */
function slippedFrameAt(frame: string, k: number, lure: string): number {
  const n = lure.length;
  const added = frame.slice(k, k + n + 1);
  if (added.length === n + 1 && added[0] === lure[0] && added[n] === lure[n - 1] && leavesOneOut(added, lure)) return n + 1;
  const same = frame.slice(k, k + n);
  return same.length === n && isOneSwap(same, lure) ? n : 0;
}

/** Whether `shorter` is `longer` with one letter left out. */
function leavesOneOut(longer: string, shorter: string): boolean {
  for (let i = 0; i < longer.length; i++) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/** Whether `text` is `lure` with two neighbouring letters swapped. */
function isOneSwap(text: string, lure: string): boolean {
  for (let i = 0; i + 1 < lure.length; i++) if (lure.slice(0, i) + lure[i + 1] + lure[i] + lure.slice(i + 2) === text) return true;
  return false;
}

/**
 * The lures such kits garble after a brand: the pages they lead to (a sign-in, a wallet, a browser
 * extension, a desktop app) and the help they pose as.
 */
const GARBLED_LURES = ['login', 'logon', 'signin', 'wallet', 'support', 'extension', 'exchange', 'connect', 'secure', 'verify', 'account', 'chrome', 'desktop', 'recovery', 'update'];

/** Letters of a lure its garbled form may leave out. */
const GARBLE_DROPS = 2;

/** The fewest letters a garbled lure keeps: a five-letter sign-in less two. */
export const MIN_GARBLED_LURE = Math.min(...GARBLED_LURES.map((lure) => lure.length)) - GARBLE_DROPS;

/**
 * The lure whose letters stand in order among `letters`, all but two at most ("kloinz": l, o, i, n of
 * login; "loges": l, o, g; "wailoiet": w, a, l, e, t of wallet), else null. Stray letters after a brand's
 * typo are not enough: against the bench's registry of a million made-up names, one in six made-up names
 * run into stray letters starts a typo or two from one of them; with a lure so garbled, one in two hundred.
 */
export function garbledLure(letters: string): string | null {
  for (const lure of GARBLED_LURES) if (commonSubsequence(letters, lure) >= lure.length - GARBLE_DROPS) return lure;
  return null;
}
