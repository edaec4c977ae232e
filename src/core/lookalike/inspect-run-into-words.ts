/** @module A brand mistyped and run into real words ("trezarhardwarewallet", "manageaccountpypal"). */
import { typoDistance } from './edit-distance.ts';
import { quote } from './explain.ts';
import type { ReasonCode } from './findings.ts';
import { isLure, KEYWORDS, keywordEndsAt, pairAt, spellsRealWords } from './keywords.ts';
import { commonWordEnds, compactRaw, isCommonWord } from './names.ts';
import { besideLure, match, officialRaw, reportLookalike, shownName, type Context } from './report.ts';

/** Letters of the mistyped name, at least: the typo floors start at five. */
const MIN_NAME = 5;
/** Letters of the words beside it, at least: one real word of three ("hub", "pad") or keywords. */
const MIN_WORDS = 3;
/** Letters of a real word read beside it, at least (keywords count whatever their length). */
const MIN_WORD = 3;
/** Letters of the longest word read beside it. */
const LONGEST_WORD = 15;
/** Letters of a word that, written across the cut, says the text is that word's ("telegraph" of "telegraphindia"). */
const MIN_CROSSING_WORD = 5;

const ENDS = new Int32Array(LONGEST_WORD);

/**
 * A brand mistyped at one end of a word whose other letters are real words or keywords all through,
 * with no word written across the cut ("trezar" beside "hardware" and "wallet"; "pypal" after
 * "manage" and "account"), on a domain with evidence, with a lure among the words, or in a label in front
 * of an unrelated domain (`where`, as a hyphenated word is read there: "hotwhatsap.onviy.com"): the words stand
 * beside it as hyphenated ones would, so the piece left is read for one typo as a hyphenated word is.
 * Not the name whole with letters added ("twitters", "onnetflix"): the readings of a brand inside a
 * text judge those. Read only where nothing else was found.
 */
export function inspectRunIntoWords(ctx: Context, whole: string, word: string, reason: ReasonCode, where: string): void {
  const raw = compactRaw(word);
  if (ctx.findings.size || raw.length < MIN_NAME + MIN_WORDS || !/^[a-z]+$/.test(raw)) return;
  // Without evidence or a place that tells, only a lure among the words lets a cut count: most names hold none.
  const placeTells = !!ctx.evidence.clause || where !== '';
  if (!placeTells && !holdsLure(raw)) return;
  if (isCommonWord(raw) || spellsRealWords(raw)) return;
  const read = { ctx, whole, reason, where, placeTells };
  const after = wordsToEnd(raw);
  for (let at = MIN_NAME; at + MIN_WORDS <= raw.length; at++) {
    if (after[at] !== NONE && !crossed(raw, at)) readCut(read, raw.slice(0, at), wordsOf(raw, at, after));
  }
  const before = wordsFromStart(raw);
  for (let at = MIN_WORDS; at + MIN_NAME <= raw.length; at++) {
    if (before[at] !== NONE && !crossed(raw, at)) readCut(read, raw.slice(at), wordsOf(raw, at, before).reverse());
  }
}

/** One word's reading: where it stands, and whether its place lets a cut count without a lure among the words. */
interface WordReading {
  ctx: Context;
  whole: string;
  reason: ReasonCode;
  where: string;
  placeTells: boolean;
}

/** The keywords of 3+ letters that are lures ("account", "nft"), by their first two letters. */
const LURE_KEYWORDS_BY_START = new Map<number, string[]>();
for (const k of KEYWORDS) if (k.length >= 3 && isLure(k)) LURE_KEYWORDS_BY_START.set(pairAt(k, 0), [...(LURE_KEYWORDS_BY_START.get(pairAt(k, 0)) ?? []), k]);

/** Whether such a lure is written anywhere in the letters ("account" of "manageaccountpypal"): a word beside the name may be it. */
function holdsLure(raw: string): boolean {
  for (let at = 0; at + 3 <= raw.length; at++) if (LURE_KEYWORDS_BY_START.get(pairAt(raw, at))?.some((k) => raw.startsWith(k, at))) return true;
  return false;
}

/** Reads `name` for one typo of a brand with `words` beside it. */
function readCut({ ctx, whole, reason, where, placeTells }: WordReading, name: string, words: string[]): void {
  if (ctx.findings.size || isCommonWord(name)) return;
  const lure = words.find(isLure);
  if (lure === undefined && !placeTells) return;
  for (const hit of match(ctx, name, 1, lure !== undefined)) {
    const official = officialRaw(ctx, hit.nameId);
    if (hit.kind !== 'typo' || typoDistance(name, official, 1) > 1 || name.includes(official)) continue;
    const text = `${shownName(ctx, hit.nameId)} mistyped beside the word${words.length > 1 ? 's' : ''} ${words.map(quote).join(', ')} in ${quote(whole)}${where}`;
    reportLookalike(ctx, hit, name, { reason, text, weight: 0.7 }, besideLure(ctx, lure));
  }
}

/** No way to read the letters as words. */
const NONE = -1;

/**
 * At each place, where the first of the real words (MIN_WORD+ letters) or keywords that spell the
 * letters from there to the end ends, the longest that does; NONE where they are not words all through.
 */
function wordsToEnd(raw: string): Int32Array {
  const next = new Int32Array(raw.length + 1).fill(NONE);
  next[raw.length] = raw.length;
  for (let start = raw.length - 1; start >= 0; start--) next[start] = endsAt(raw, start).sort(LONGEST_FIRST).find((end) => next[end] !== NONE) ?? NONE;
  return next;
}

const LONGEST_FIRST = (a: number, b: number): number => b - a;

/** At each place, where the last of the words that spell the letters before it starts, the longest that does; NONE where they are not words all through. */
function wordsFromStart(raw: string): Int32Array {
  const previous = new Int32Array(raw.length + 1).fill(NONE);
  previous[0] = 0;
  for (let start = 0; start < raw.length; start++) {
    if (previous[start] === NONE) continue;
    for (const end of endsAt(raw, start)) if (previous[end] === NONE) previous[end] = start;
  }
  return previous;
}

/** The words a table of `wordsToEnd` or `wordsFromStart` reads from `at`, in the order it reads them. */
function wordsOf(raw: string, at: number, table: Int32Array): string[] {
  const words: string[] = [];
  for (let from = at; from !== table[from]; from = table[from]!) {
    const to = table[from]!;
    words.push(raw.slice(Math.min(from, to), Math.max(from, to)));
  }
  return words;
}

/** Where the real words (MIN_WORD+ letters) and keywords starting at `start` end. */
function endsAt(raw: string, start: number): number[] {
  const ends: number[] = [];
  const words = commonWordEnds(raw, start, LONGEST_WORD, ENDS);
  for (let k = 0; k < words; k++) if (ENDS[k]! - start >= MIN_WORD) ends.push(ENDS[k]!);
  const keywords = keywordEndsAt(raw, start, ENDS);
  for (let k = 0; k < keywords; k++) ends.push(ENDS[k]!);
  return ends;
}

/** Whether a real word of MIN_CROSSING_WORD+ letters is written across the place `at` ("telegra|phindia" holds "telegraph"). */
function crossed(raw: string, at: number): boolean {
  for (let start = Math.max(0, at - LONGEST_WORD + 1); start < at; start++) {
    const count = commonWordEnds(raw, start, LONGEST_WORD, ENDS);
    for (let k = 0; k < count; k++) if (ENDS[k]! > at && ENDS[k]! - start >= MIN_CROSSING_WORD) return true;
  }
  return false;
}
