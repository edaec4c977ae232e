/** @module Names that say what is on a platform ("whats-on-netflix"): the brand named as a place, not as itself. */
import { spellsRealWords } from './keywords.ts';
import { isCommonWord, isForeignWord } from './names.ts';

/**
 * Whether `text` before `end` is words then "on" ("whatson", "new-on"), separators aside: the brand
 * that starts at `end` named as where something is shown ("whats-on-netflix", "live-on-instagram"), a
 * guide to what is on a platform, which phishing does not write. ("logon" and "signon" are lures:
 * callers ask this only where no lure stands beside the brand.) Asked of brands found in names, so the
 * letters are read only past the cheap test of an "on" in front.
 */
export function readsAsShownOn(text: string, end: number): boolean {
  let at = end;
  while (at > 0 && !isLetter(text.charCodeAt(at - 1))) at--;
  if (at >= 4 && text[at - 1] === 'n' && text[at - 2] === 'o') {
    const words = text.slice(0, at - 2).replace(/[^a-z]/g, '');
    return words.length >= 2 && (isCommonWord(words) || spellsRealWords(words));
  }
  // The same in the languages whose "on" no English word ends with: Dutch "op", German "auf", French
  // "sur" ("kijkenopnetflix", "was-laeuft-auf-netflix"), after a word of that language.
  const on = FOREIGN_ON.find((word) => text.endsWith(word, at));
  if (!on || at - on.length < 3) return false;
  const words = text.slice(0, at - on.length).replace(/[^a-z]/g, '');
  return words.length >= 3 && (isForeignWord(words) || isCommonWord(words));
}

const FOREIGN_ON = ['op', 'auf', 'sur'];

const isLetter = (code: number): boolean => code >= 97 && code <= 122;
