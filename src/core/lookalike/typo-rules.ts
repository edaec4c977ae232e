/** @module Which differences between a piece and an official name count as typos: slips and disguises, not new names. */
import { areKeyboardNeighbours, areNearOnKeyboard, isVowelSwap } from './edit-distance.ts';
import { isGenericWord } from './generic-words.ts';
import { allowedEdits, SECOND_EDIT_LENGTH } from './lookalike-index.ts';
import { isCommonWord, isCompoundOfCommonWords, wordBesideShortWord } from './names.ts';

/** Characters of like shape, which a glance takes for each other ("pancakeswaq", "coinbas3"). */
const LIKE_SHAPES = new Set(['pq', 'gq', 'bd', 'uv', 'mn', 'hn', 'ce', 'co', 'il', 'ij', 'lt', '3e', '4a', '5s', '0o', '1i', '1l', '7t', '8b', '9g']);
/** Two letters as one key, whichever comes first. */
const pairOf = (a: string, b: string): string => (a < b ? a + b : b + a);
const likeShapes = (a: string, b: string) => LIKE_SHAPES.has(pairOf(a, b));
/**
 * Letters written for each other by ear: a soft "c" is an "s" ("binanse"), a hard one a "k" or "q"
 * ("mikrosoft", "koinbase"), a soft "g" a "j" ("telejram"): a slip, as a neighbouring key is.
 */
const SOUND_ALIKE = new Set(['cs', 'ck', 'kq', 'cq', 'gj']);
const soundAlike = (a: string, b: string) => SOUND_ALIKE.has(pairOf(a, b));

/** How one letter written for another is related, as an explanation names it: a slip of the hand, the eye or the ear. */
export type SubstitutionKind = 'vowel swap' | 'neighbouring key' | 'like shape' | 'sound alike';

export function substitutionKind(was: string, now: string): SubstitutionKind | null {
  if (isVowelSwap(was, now)) return 'vowel swap';
  if (areKeyboardNeighbours(was, now)) return 'neighbouring key';
  if (likeShapes(was, now)) return 'like shape';
  return soundAlike(was, now) ? 'sound alike' : null;
}

/**
 * Whether `raw` changes exactly two of `name`'s letters in place, at least one of them for a letter of
 * like shape ("teleqwam": q for g, w for r; "teiegrcm": i for l, c for a).
 */
export function changesTwoOneLikeShaped(raw: string, name: string): boolean {
  if (raw.length !== name.length) return false;
  let changed = 0;
  let likeShaped = false;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === name[i]) continue;
    if (++changed > 2) return false;
    likeShaped ||= likeShapes(raw[i]!, name[i]!);
  }
  return changed === 2 && likeShaped;
}

/** Whether a letter written for another is a slip: a vowel for a vowel, a key within reach, a letter of like shape or of like sound. */
const isSlip = (was: string, now: string): boolean => isVowelSwap(was, now) || areNearOnKeyboard(was, now) || likeShapes(was, now) || soundAlike(was, now);

/** Each letter's partners of like shape (digits are read as letters elsewhere). */
const LIKE_LETTERS = new Map<string, string[]>();
for (const pair of LIKE_SHAPES) {
  if (!/^[a-z]{2}$/.test(pair)) continue;
  const [a, b] = [pair[0]!, pair[1]!];
  LIKE_LETTERS.set(a, [...(LIKE_LETTERS.get(a) ?? []), b]);
  LIKE_LETTERS.set(b, [...(LIKE_LETTERS.get(b) ?? []), a]);
}

/**
 * `text` with one letter changed for one of like shape, each way (positions in `[from, to)` only),
 * as [variant, the letter written, the letter it passes for]: "lldo" gives ["lido", "l", "i"] among others.
 */
export function likeShapedReadings(text: string, from = 0, to = text.length): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (let i = from; i < to; i++) {
    for (const other of LIKE_LETTERS.get(text[i]!) ?? []) out.push([text.slice(0, i) + other + text.slice(i + 1), text[i]!, other]);
  }
  return out;
}

const VOWELS = new Set('aeiouy');

/**
 * One consonant changed for another that is neither beside it on the keyboard nor drawn like it makes
 * another name more often than a typo: "metacask" and "etcerscan" are not MetaMask and Etherscan.
 * Readers tell words apart by their consonants more than by their vowels, so a vowel changed, or
 * written in place of a consonant, stays a likeness. Without evidence around it, an unrelated change
 * is not counted; "metatask" beside "login" is. A name long enough for the floors' second edit keeps its
 * likeness through any one ("bjockchain"): few other names are a letter from one of 10+ letters.
 */
export function isUnrelatedSubstitution(lookalike: string, official: string): boolean {
  if (lookalike.length !== official.length || allowedEdits(official.length) >= 2) return false;
  let at = -1;
  for (let i = 0; i < official.length; i++) {
    if (lookalike[i] === official[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at < 0) return false;
  const [was, now] = [official[at]!, lookalike[at]!];
  return !VOWELS.has(was) && !VOWELS.has(now) && !isSlip(was, now);
}

/** Letters of the names a vowel changed for another leaves too short to stand for (see `isShortVowelSwap`). */
const SHORTEST_NAME = 5;

/**
 * Whether a name of SHORTEST_NAME letters has one vowel changed for another and nothing else: with four
 * letters left the same, that spells other words and names more often than a slip ("curvo", "curvy"
 * beside curve; "bibit", "bebit" beside bybit), so it counts only with evidence around it ("curva.top").
 */
export function isShortVowelSwap(lookalike: string, official: string): boolean {
  if (official.length !== SHORTEST_NAME || lookalike.length !== official.length) return false;
  let changed = 0;
  for (let i = 0; i < official.length; i++) {
    if (lookalike[i] === official[i]) continue;
    if (++changed > 1 || !isVowelSwap(lookalike[i]!, official[i]!)) return false;
  }
  return changed === 1;
}

/** Letters (as written) from which a name with one letter added at its end is still read as the name ("metamaski"). */
const LONG_NAME = 8;

/**
 * Whether a name is read whole, so that a letter added at its end is a slip (see `isNewEnding`): it
 * has LONG_NAME+ letters as written (not in its skeleton, where the "m" of "phantom" is two) and is no
 * common word, whose additions make other names ("telegramx", "blockchainz").
 */
export const isReadWhole = (raw: string, common: boolean): boolean => raw.length >= LONG_NAME && !common;

/**
 * An extra letter at the end that is neither a repeat nor a plural makes a new name more often than
 * a slip ("krakend", "amazone" are real, unrelated sites): not counted as a typo. "metamasks" is, and
 * so is any letter after a name read whole (`readWhole`, see `isReadWhole`: "microsofty",
 * "instagramp"), unless the whole spells real words ("coinbased"): few names are built by adding one
 * letter to a long one. A last letter changed for one neither beside it on the keyboard, of like
 * shape, nor a vowel for a vowel makes a new name too ("telegraf", "paypay"); "coinbasr" and
 * "pancakeswaq" are slips or disguises.
 */
export function isNewEnding(official: string, lookalike: string, readWhole = false): boolean {
  if (lookalike.length === official.length && lookalike.slice(0, -1) === official.slice(0, -1)) {
    const [was, now] = [official.at(-1)!, lookalike.at(-1)!];
    return !isSlip(was, now);
  }
  if (lookalike.length !== official.length + 1 || !lookalike.startsWith(official)) return false;
  if (readWhole && !isCompoundOfCommonWords(lookalike)) return false;
  const added = lookalike.at(-1);
  return added !== official.at(-1) && added !== 's';
}

/**
 * A letter put in front of a brand that is a common word makes another word or name more often than a
 * slip ("hledger", an accounting tool; "pledger"): without evidence around it, not counted as a typo.
 * A letter repeated ("lledger") is.
 */
export function isNewBeginning(official: string, lookalike: string): boolean {
  return lookalike.length === official.length + 1 && lookalike.endsWith(official) && lookalike[0] !== official[0];
}

/** Letters (as written) up to which a name's first letter left out or changed makes a new name (see `isNewStart`). */
const SHORT_NAME = 6;

/**
 * A short name's first letter left out, or changed for one of unlike shape, makes another name more
 * often than a slip ("ucoin" beside kucoin, "mazon" beside amazon, "ymail" and "pcloud" are sites of
 * their own): readers and typists anchor on a word's first letter, and in a name of 5–6 letters the
 * rest is too short to carry the likeness. A longer name keeps its likeness so, unless the letter
 * changed makes its first word another ("betflix", "getflix" beside netflix's "net"), as names built
 * on its second one are. Counted only with evidence around it; "lcloud", an "l" for the "i", is a
 * disguise.
 */
export function isNewStart(official: string, lookalike: string, nameLength: number): boolean {
  const firstChanged = lookalike.length === official.length && lookalike[0] !== official[0] && lookalike.slice(1) === official.slice(1);
  if (nameLength > SHORT_NAME) return firstChanged && swapsFirstWord(official, lookalike);
  if (lookalike.length === official.length - 1) return official.endsWith(lookalike) && lookalike[0] !== official[0];
  return firstChanged && !likeShapes(lookalike[0]!, official[0]!);
}

/** Letters of the shortest first word `swapsFirstWord` reads, and of the rest it leaves. */
const FIRST_WORD = 3;

/** Whether a name starts with a common word that `lookalike`, its first letter changed, makes another ("net" and "bet"). */
function swapsFirstWord(official: string, lookalike: string): boolean {
  for (let end = FIRST_WORD; end <= official.length - FIRST_WORD; end++) {
    if (isCommonWord(official.slice(0, end)) && isCommonWord(lookalike.slice(0, end))) return true;
  }
  return false;
}

/**
 * Whether `raw` keeps the word of a name made of one letter and a word ("icloud", "gmail") whole at its
 * end, with another letter or letters in place of the name's own ("jdcloud", "incloud", "9cloud",
 * "25mail", "mymail"), or without its letter ("cloud9", "mail1"): another name built on the word, even
 * beside a lure ("cdngcloud", "mymailaccount"), where the letter doubled ("iicloud"), one of like shape
 * ("lcloud") or letters put before it ("hicloud", judged as a new beginning) keep the name's.
 */
export function isOtherLetterBeforeWord(name: string, raw: string): boolean {
  const word = name.slice(1);
  const at = raw.indexOf(word);
  if (at < 0) return false;
  // The letter left out, whatever follows the word ("cloud9", "mail1"), is the word's own name too.
  if (at === 0) return true;
  if (at + word.length !== raw.length) return false;
  const head = raw.slice(0, at);
  return !head.endsWith(name[0]!) && !(head.length === 1 && likeShapes(head, name[0]!));
}

/**
 * A short industry word named as a brand ("crypto" of crypto.com): its typos are other names built on
 * the same word ("cryptio", "cryptii", "kripto") far more often than slips, so they count only with
 * evidence around them. Longer ones ("blockchain") are read as the brand's like any name.
 */
export const isShortIndustryWord = (raw: string): boolean => raw.length <= SHORT_NAME && isGenericWord(raw);

/**
 * Edits allowed between a piece and an official name of `length` letters: the floors, plus a
 * second edit for names of 7–9 letters when the piece keeps the name's first and last letters (a
 * vowel for a last vowel reads the same, as in `isNewEnding`: "opensese", "binancia"). Readers
 * anchor on a word's ends, so phishers garble its middle ("watlsapp", "arbutrium"), while real
 * names built on a brand change its ending ("openstax", "metamako", "phantomjs").
 */
export function editsAllowed(official: string, form: string, length: number): number {
  const floor = allowedEdits(length);
  if (length < SECOND_EDIT_LENGTH || floor !== 1) return floor;
  const [last, officialLast] = [form.at(-1)!, official.at(-1)!];
  return form[0] === official[0] && (last === officialLast || isVowelSwap(last, officialLast)) ? 2 : 1;
}

/**
 * Whether a piece (`raw`, its letters as written) reads as the brand `name` rather than as real words
 * put together ("metatask", "foxgreen"): it starts with the brand ("metamasks"), keeps its frame
 * (`keepsBrandFrame`), makes one of the brand's own words plural ("coinsbase"), or puts a short word
 * beside the brand's own longer one ("batstamp").
 */
export function readsAsBrand(raw: string, name: string): boolean {
  if (raw.startsWith(name)) return true;
  if (isCompoundOfCommonWords(raw)) return keepsBrandFrame(raw, name) || pluralizesOwnWord(raw, name);
  const longer = wordBesideShortWord(raw);
  return longer === null || name.includes(longer);
}

/** Letters a brand's last word keeps at least, for a compound that keeps it to read as the brand. */
const KEPT_ENDING = 4;

/**
 * Whether a piece made of real words still reads as the brand it is a typo of: one letter left out
 * between the brand's first letter and its last word ("mirosoft", "bockchain"), which leaves the
 * brand's frame as a reader sees it. Real names put together from a brand's words change a letter or
 * add one ("megamask", "eitherscan"), change its ending ("metatask", "blockchair") or its first
 * letter ("racebook").
 */
function keepsBrandFrame(lookalike: string, official: string): boolean {
  if (lookalike.length !== official.length - 1 || lookalike[0] !== official[0]) return false;
  let kept = 0;
  while (kept < lookalike.length - 1 && lookalike.at(-1 - kept) === official.at(-1 - kept)) kept++;
  return kept >= KEPT_ENDING;
}

/**
 * Whether a piece is the brand with one of its own words made plural ("coinsbase", "trustswallet"):
 * the same words in the same order, which no other name is.
 */
function pluralizesOwnWord(lookalike: string, official: string): boolean {
  if (lookalike.length !== official.length + 1) return false;
  for (let at = 3; at <= official.length - 3; at++) {
    if (lookalike[at] === 's' && lookalike.startsWith(official.slice(0, at)) && lookalike.endsWith(official.slice(at))) {
      if (isCommonWord(official.slice(0, at)) && isCommonWord(official.slice(at))) return true;
    }
  }
  return false;
}
