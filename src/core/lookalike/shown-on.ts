/** @module Names that speak of a platform, not as it: what is on it ("whats-on-netflix"), its users ("youtubers"). */
import { spellsRealWords } from './keywords.ts';
import { isCommonWord, isForeignWord } from './names.ts';
import { isLowerLetter as isLetter } from './skeleton.ts';

/**
 * Whether `text` before `end` is words then "on" ("whatson", "new-on"), separators aside: the brand
 * that starts at `end` named as where something is shown ("whats-on-netflix", "live-on-instagram"), a
 * guide to what is on a platform, which phishing does not write. ("logon" and "signon" are lures:
 * callers ask this only where no lure stands beside the brand.) The same in the languages whose "on"
 * no English word ends with, after a word of that language: Dutch "op", German "auf", French "sur"
 * ("kijkenopnetflix", "films-sur-netflix"). Asked of brands found in names, so the letters are read
 * only past the cheap test of such an "on" in front.
 */
export function readsAsShownOn(text: string, end: number): boolean {
  let at = end;
  while (at > 0 && !isLetter(text.charCodeAt(at - 1))) at--;
  const on = ON_WORDS.find((word) => text.endsWith(word, at));
  if (on === undefined) return false;
  const words = text.slice(0, at - on.length).replace(/[^a-z]/g, '');
  return on === 'on'
    ? words.length >= 2 && (isCommonWord(words) || spellsRealWords(words))
    : words.length >= 3 && (isForeignWord(words) || isCommonWord(words));
}

/** English "on", then its kin in other languages (see `readsAsShownOn`). */
const ON_WORDS = ['on', 'op', 'auf', 'sur'];

/**
 * Whether the brand `name` written at `at` in `text` ends a word as its users' noun: "youtuber",
 * "instagramers", "instagrammer" (an "r" after a final "e", "er" after a consonant, doubled or not, and
 * an "s" for many), the people who post there, not the platform itself ("stealthyoutuber.com", a
 * creator's site). A name ending in "r" is left alone: its "r" doubled is a typo ("trezorr").
 */
export function readsAsItsUsers(text: string, at: number, name: string): boolean {
  const last = name.charCodeAt(name.length - 1);
  if (last === R) return false;
  let end = at + name.length;
  if (last !== E) {
    if (text.charCodeAt(end) === last) end++;
    if (text.charCodeAt(end) !== E) return false;
    end++;
  }
  if (text.charCodeAt(end) !== R) return false;
  end++;
  if (text.charCodeAt(end) === S) end++;
  return end === text.length || !isLetter(text.charCodeAt(end));
}

const E = 101;
const R = 114;
const S = 115;
