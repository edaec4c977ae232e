/** @module How a piece written with look-alike letters reads, for explanations: the letters it passes for. */
import { typoDistance } from './edit-distance.ts';
import { ASCII_CLASSES, isAscii, readDigitsAsLetters, skeleton } from './skeleton.ts';

const LATIN = /^[a-z0-9]+$/;

/**
 * Letter groups that pass for one letter (the visual classes skeletons are compared in) and the zero
 * skeletons read as o: tried on the letters as written, not on skeletons, so an "m" stays an "m".
 */
const PASSES_FOR: ReadonlyArray<[RegExp, string]> = [...ASCII_CLASSES, [/0/g, 'o']];

/**
 * A piece's letters of other scripts or with marks as the Latin letters they look like, its ASCII kept
 * ("bіnnance" with a Cyrillic і reads "binnance", "phantomâ" "phantoma"); where the skeleton is no
 * Latin letter the character stays, and a look-alike of "m" reads "m", not the skeleton's "rn".
 */
function asLatin(raw: string): string {
  if (isAscii(raw)) return raw;
  let read = '';
  for (const ch of raw) {
    const key = ch <= '\x7f' ? ch : skeleton(ch);
    read += key === 'rn' ? 'm' : LATIN.test(key) ? key : ch;
  }
  return read;
}

const passesFor = (text: string): string => PASSES_FOR.reduce((out, [pattern, letter]) => out.replace(pattern, letter), text);

/**
 * What a piece (compact, lower case) that is a typo of the ASCII name `official` reads as, when its
 * look-alike letters bring it closer to the name: "rnicrosft" reads "microsft" (one letter left out of
 * "microsoft"), "bіnnance" reads "binnance". Null when the piece is best told as written, and for names
 * written in other scripts.
 */
export function readingOf(raw: string, official: string): string | null {
  if (!MAY_PASS.test(raw) || !isAscii(official)) return null;
  const latin = asLatin(raw);
  let best = latin;
  let distance = typoDistance(latin, official, MAX_EDITS);
  for (const read of [passesFor(latin), passesFor(readDigitsAsLetters(latin))]) {
    const d = read === best ? distance : typoDistance(read, official, MAX_EDITS);
    if (d < distance) [best, distance] = [read, d];
  }
  return best === raw ? null : best;
}

/** Whether a piece holds anything that may pass for a letter: most typos are plain letters, read as written. */
const MAY_PASS = /[^a-z]|rn|vv|cl/;
/** Edits a reading is compared within: a typo hit is two at most, and a reading further off tells nothing. */
const MAX_EDITS = 4;
