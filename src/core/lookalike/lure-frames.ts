/**
 * @module The strong lures as phishers respell them on platforms anyone can publish on: written out
 * ("login") or by their consonants ("lougine", "logkn"), and where one stands in a name.
 */
import { consonantFrame, VOWELS } from './consonant-frames.ts';
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
 * around them ("kuxcoinlogiinb" holds login's "lgn" as "logii"). Null for none.
 */
export function findLure(letters: string): LureSpan | null {
  for (const word of WRITTEN_LURES) {
    const start = letters.indexOf(word);
    if (start >= 0) return { start, end: start + word.length, word };
  }
  const framed = consonantFrame(letters);
  if (!framed) return null;
  for (const lure of LURE_FRAMES) {
    const k = framed.frame.indexOf(lure.frame);
    if (k < 0) continue;
    // The vowels after its last consonant are the lure's ("logiin"); before its first, only as many as the lure starts with ("extension").
    const start = Math.max(0, framed.at[k]! - lure.leadingVowels);
    let end = framed.at[k + lure.frame.length - 1]! + 1;
    while (end < letters.length && VOWELS.has(letters[end]!)) end++;
    // A word with a lure's consonants is that word ("legion" is no login).
    if (!isCommonWord(letters.slice(start, end))) return { start, end, word: lure.word };
  }
  return null;
}
