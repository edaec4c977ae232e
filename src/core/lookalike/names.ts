/** @module The names an official channel is known by, in the compact forms lookalike matching compares. */
import { getDomain } from 'tldts';
import { AS_HOSTNAME, hostToUnicode } from '../input/domain.ts';
import type { ChannelEntry } from '../registry/entries.ts';
import { COMMON_WORDS } from './data/common-words.generated.ts';
import { FOREIGN_WORDS } from './data/foreign-words.generated.ts';
import { GENERIC_WORDS, isGenericWord } from './generic-words.ts';
import { hashStart, hashStep, hashString, mixHash } from '../string-hash.ts';
import { HashPairs, StaticHashMultiMap } from '../static-hash-table.ts';
import { memoize } from './memo.ts';
import { isAscii, skeleton } from './skeleton.ts';

const SEPARATORS = /[-_.\s]/g;
/** The list's words, most frequent first: split once, read by the sets below. */
const WORD_LIST = COMMON_WORDS.split(' ');
const COMMON = new Set(WORD_LIST);

const HAS_SEPARATOR = /[-_.\s]/;

/** Lower-case letters and digits that are their own skeleton (all but m, 0 and 1): most pieces of a name. */
const OWN_SKELETON = /^[a-ln-z2-9]*$/;

/** The skeleton without separators: "Bin-ance", "b.i.n.a.n.c.e" and "bіnance" all give "binance". */
export function compactSkeletonOf(text: string): string {
  if (OWN_SKELETON.test(text)) return text;
  const key = skeleton(text);
  return HAS_SEPARATOR.test(key) ? key.replace(SEPARATORS, '') : key;
}

const rememberedSkeleton = memoize(compactSkeletonOf);

/**
 * `compactSkeletonOf` for lookups, which meet the same pieces several times (label, words, cores);
 * a piece that is its own skeleton is returned as it is, cheaper than finding it in the cache.
 */
export const compactSkeleton = (text: string): string => (OWN_SKELETON.test(text) ? text : rememberedSkeleton(text));

/**
 * A name as a reader sees its capitals: runs of two or more lower-cased, since among capitals an I reads as
 * I ("BINANCE_SUPPORT"), while a lone capital beside small letters may stand for an l ("PayPaI"), as the
 * skeleton reads it.
 */
export const capitalsAsRead = (text: string): string => (/\p{Lu}{2}/u.test(text) ? text.replace(/\p{Lu}{2,}/gu, (run) => run.toLowerCase()) : text);

/**
 * Whether a text is lower-case ASCII letters and digits only: already compact and raw, as most pieces
 * of a domain name are, and one skeleton letter each but for "m" ("rn").
 */
export const isPlainText = (text: string): boolean => PLAIN.test(text);
const PLAIN = /^[a-z0-9]*$/;

/** The text as written, capitals kept, without separators. */
export const compactWritten = (text: string): string => text.normalize('NFC').replace(SEPARATORS, '');

/** The text as written, lower case, without separators: tells a homoglyph from the brand itself. */
export const compactRaw = (text: string): string => (PLAIN.test(text) ? text : compactWritten(text).toLowerCase());

/**
 * A word with its letters' accents dropped, as lures are listed ("giriş" → "giris", "sécurité" →
 * "securite"): a domain in Unicode may write them.
 */
export const withoutAccents = (word: string): string => (isAscii(word) ? word : word.normalize('NFD').replace(MARKS, '').replace(DOTLESS_I, 'i'));
const MARKS = /\p{M}/gu;
const DOTLESS_I = /ı/g;

/**
 * Whether a word is among the most frequent English words (SUBTLEX-US) or the industry's generic words.
 * Most pieces asked about are no word, and a Set of 30,000 strings answers each with a few cache
 * misses (its buckets, entries and keys lie all over the heap, beside a million channels' index): a
 * Bloom filter of 32 KB (see `COMMON_FILTER`), which stays in cache, turns nearly all of them away first.
 */
export const isCommonWord = (word: string): boolean => mayBeCommonWord(hashString(word)) && (COMMON.has(word) || isGenericWord(word));

/**
 * Whether common words start with `prefix` and go on past a plural's ending ("instant", "install" of
 * "insta"; not "pancakes" of "pancake"): names are built the same way ("instabridge", "instacart").
 * Scans the word list once per prefix: asked only of the few aliases found written whole.
 */
export const startsOtherWords: (prefix: string) => boolean = memoize((prefix: string): boolean => {
  for (const word of WORD_LIST) if (word.length >= prefix.length + 2 && word.startsWith(prefix) && word !== `${prefix}es`) return true;
  return false;
}, 256);

/**
 * Whether a name is one letter put in front of a common word of 4+ letters ("icloud", "itunes",
 * "iforgot", "gmail"): another letter put there makes another such name ("hicloud", Huawei's), and a word
 * before it ends with its letter ("huaweicloud"). Not where the letter and the word's first one start
 * words together, as "tw" does: "twitter" is read as one word, not "t" and "witter".
 */
export const isLetterBeforeWord = (name: string): boolean => name.length >= 5 && !WORD_ONSET.test(name) && isCommonWord(name.slice(1));

/** Two consonants that start English words together ("tw", "st", "bl"): a letter so put before a word is no letter of its own. */
const WORD_ONSET = /^(?:[bcfgkps]l|[bcdfgkpt]r|s[ckmnptw]|[cst]h|[dt]w|wh|wr|kn|qu)/;

/**
 * Whether a word of 5+ letters is among the most frequent of another language written in Latin letters
 * (`FOREIGN_WORDS`: French "leger", German "tresor", Dutch "raken"): a typo of nobody's brand, as an
 * English word is not, though a brand may still be found inside it or beside it. Built on first use.
 */
export function isForeignWord(word: string): boolean {
  if (word.length < 5) return false;
  if (!foreignWords) buildForeignWords();
  return FOREIGN_FILTER.mayHold(hashString(word)) && foreignWords!.has(word);
}

let foreignWords: Set<string> | undefined;

/**
 * A Bloom filter of 2^log2 bits over FNV-1a hashes, two bits per word from the low and the high bits
 * of its mixed hash: small enough to stay in cache where a Set's buckets and keys lie all over the heap.
 */
class WordFilter {
  readonly #bits: Uint32Array;
  /** A word's two bits: its mixed hash's low bits (masked) and its high bits (shifted down). */
  readonly #mask: number;
  readonly #shift: number;

  constructor(log2: number) {
    this.#bits = new Uint32Array((1 << log2) / 32);
    this.#mask = (1 << log2) - 1;
    this.#shift = 32 - log2;
  }

  add(h: number): void {
    const mixed = mixHash(h);
    setBit(this.#bits, mixed & this.#mask);
    setBit(this.#bits, mixed >>> this.#shift);
  }

  /** False when no word added has the hash `h`. */
  mayHold(h: number): boolean {
    const mixed = mixHash(h);
    return hasBit(this.#bits, mixed & this.#mask) && hasBit(this.#bits, mixed >>> this.#shift);
  }
}

const hasBit = (bits: Uint32Array, bit: number): boolean => (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
const setBit = (bits: Uint32Array, bit: number): void => {
  bits[bit >>> 5]! |= 1 << (bit & 31);
};

/**
 * The filter `isForeignWord` asks first, as `COMMON_FILTER` is for the English words: 2^19 bits (64 KB)
 * for some 43,000 words; about one text in forty that is no word gets through to the Set.
 */
const FOREIGN_FILTER = new WordFilter(19);

function buildForeignWords(): void {
  foreignWords = new Set(FOREIGN_WORDS.split(' '));
  for (const word of foreignWords) FOREIGN_FILTER.add(hashString(word));
}

/**
 * The common words by their FNV-1a hashes (an open-addressing table of 32-bit slots, 0 for none), and
 * one bit per hash of each word's every prefix: the words starting at a place in a text are found by
 * extending one hash letter by letter, which stops as soon as no word starts so, with no substring cut
 * out but to confirm a word (see `commonWordEnds`).
 */
const WORD_SLOTS = new Uint32Array(1 << 17);
const PREFIX_BITS = new Uint32Array(1 << 16);
const prefixBit = (h: number): number => mixHash(h) >>> 11;
/** The filter `isCommonWord` asks first: 2^18 bits (32 KB); about one text in twenty-five that is no word gets through. */
const COMMON_FILTER = new WordFilter(18);
for (const word of [...COMMON, ...GENERIC_WORDS]) {
  let h = hashStart;
  for (let k = 0; k < word.length; k++) {
    h = hashStep(h, word.charCodeAt(k));
    setBit(PREFIX_BITS, prefixBit(h));
  }
  COMMON_FILTER.add(h);
  let slot = mixHash(h) & (WORD_SLOTS.length - 1);
  while (WORD_SLOTS[slot] !== 0 && WORD_SLOTS[slot] !== (h || 1)) slot = (slot + 1) & (WORD_SLOTS.length - 1);
  WORD_SLOTS[slot] = h || 1;
}

/** False when no common word has the hash `h` (see `COMMON_FILTER`). */
const mayBeCommonWord = (h: number): boolean => COMMON_FILTER.mayHold(h);

/** Whether some common word has the hash `h` (then the text is compared). */
function mayBeWord(h: number): boolean {
  const want = h || 1;
  for (let slot = mixHash(h) & (WORD_SLOTS.length - 1); WORD_SLOTS[slot] !== 0; slot = (slot + 1) & (WORD_SLOTS.length - 1)) {
    if (WORD_SLOTS[slot] === want) return true;
  }
  return false;
}

/** Letters of the shortest piece of a word `mayLieInsideLongerWord` knows: the shortest name found inside text. */
const SHORTEST_PIECE = 5;
/** The pieces, by hash, built on first use (see `mayLieInsideLongerWord`). */
let wordPieces: StaticHashMultiMap | null = null;

/**
 * Whether `piece` may lie inside a longer common word ("apple" in "pineapple", "ledge" in "knowledge"):
 * false is sure. Every piece of 5+ letters of every common word, not the word whole, is hashed once
 * (about 140,000, in 0.75 MB): a name that is none of them is inside no word, which reading the words
 * around it through the tables above (dozens of reads, out of cache among a million channels' index)
 * would find out some twenty times more slowly.
 */
export function mayLieInsideLongerWord(piece: string): boolean {
  if (piece.length < SHORTEST_PIECE) return true;
  const pieces = (wordPieces ??= hashWordPieces());
  pieces.seek(hashString(piece));
  return pieces.next() !== -1;
}

function hashWordPieces(): StaticHashMultiMap {
  const hashes: number[] = [];
  for (const word of [...COMMON, ...GENERIC_WORDS]) {
    for (let start = 0; start + SHORTEST_PIECE <= word.length; start++) {
      let h = hashStart;
      for (let end = start; end < word.length; end++) {
        h = hashStep(h, word.charCodeAt(end));
        if (end - start + 1 >= SHORTEST_PIECE && !(start === 0 && end === word.length - 1)) hashes.push(h);
      }
    }
  }
  // Many words share pieces ("ation"): each hash once, sorted (a typed sort, quicker than a Set of them).
  const sorted = Uint32Array.from(hashes).sort();
  const pairs = new HashPairs(sorted.length);
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) pairs.add(sorted[k]!, 0);
  return new StaticHashMultiMap(pairs);
}

/**
 * The ends of the common words raw[start, end) of at most `longest` letters, shortest first, into
 * `out` (which must hold `longest`); returns how many.
 */
export function commonWordEnds(raw: string, start: number, longest: number, out: Int32Array): number {
  let h = hashStart;
  let count = 0;
  const last = Math.min(raw.length, start + longest);
  for (let end = start + 1; end <= last; end++) {
    h = hashStep(h, raw.charCodeAt(end - 1));
    const bit = prefixBit(h);
    if ((PREFIX_BITS[bit >>> 5]! & (1 << (bit & 31))) === 0) break;
    if (mayBeWord(h) && isCommonWord(raw.slice(start, end))) out[count++] = end;
  }
  return count;
}

/**
 * Whether a name is made of two or three common words ("metatask", "openseed", "blockchair"): such
 * names are real words put together, and one letter from a brand by chance rather than by design.
 */
export function isCompoundOfCommonWords(raw: string, minPart = 4): boolean {
  let check = COMPOUND_CHECKS.get(minPart);
  if (!check) COMPOUND_CHECKS.set(minPart, (check = memoize((text) => isCompound(text, minPart))));
  return check(raw);
}

const COMPOUND_CHECKS = new Map<number, (raw: string) => boolean>();

/** Letters of the longest word a compound is read with. */
const LONGEST_PART = 15;
const WORD_ENDS = new Int32Array(LONGEST_PART);

function isCompound(raw: string, minPart: number): boolean {
  if (raw.length < 2 * minPart || !/^[a-z]+$/.test(raw)) return false;
  // parts[i]: fewest common words of minPart+ letters spelling raw.slice(0, i) ("ins"+"tag"+"arm" is no word play).
  const parts = new Array<number>(raw.length + 1).fill(Infinity);
  parts[0] = 0;
  for (let start = 0; start + minPart <= raw.length; start++) {
    if (parts[start]! >= 3) continue;
    const count = commonWordEnds(raw, start, LONGEST_PART, WORD_ENDS);
    for (let k = 0; k < count; k++) {
      const end = WORD_ENDS[k]!;
      if (end - start >= minPart) parts[end] = Math.min(parts[end]!, parts[start]! + 1);
    }
  }
  return parts[raw.length]! >= 2 && parts[raw.length]! <= 3;
}

const SHORT_PART = 3;
const LONG_PART = 5;
const SHORT_WORDS = new Set(WORD_LIST.slice(0, 5_000).filter((w) => w.length === SHORT_PART));

/** Where the list's rarer half starts: words past it (kraken, lido, zion) seldom come up in everyday speech. */
const RARE_FROM = 15_000;
const RARE_FOUR_LETTER_WORDS = new Set(WORD_LIST.slice(RARE_FROM).filter((w) => w.length === 4));

/** A word of four letters in the list's rarer half ("lido", "zion"; not "gate", "live"): fewer honest names share it. */
export const isRareFourLetterWord = (word: string): boolean => RARE_FOUR_LETTER_WORDS.has(word);

/** The most frequent words of the list, the language's everyday ones ("office", "trust", "live"; not "apple", "ledger"). */
const EVERYDAY_WORDS = new Set(WORD_LIST.slice(0, 1_000));

/**
 * Whether a word is among the language's thousand most frequent (`EVERYDAY_WORDS`): a brand named by one
 * ("office" of office.com) is in so many honest names that only a lure beside it tells
 * ("office-mmm.com", "capital-office.co.uk", office.example.com are anyone's).
 */
export const isEverydayWord = (word: string): boolean => EVERYDAY_WORDS.has(word);

/**
 * An everyday three-letter word (among the 5,000 most frequent: the list runs most frequent first, and
 * rarer entries such as "ese" end many brands' typos) put before or after a common word of 5+ letters:
 * that longer word ("green" of "foxgreen", "pizza" of "pizzafox"), else null.
 */
export function wordBesideShortWord(raw: string): string | null {
  if (raw.length < SHORT_PART + LONG_PART) return null;
  const [head, rest] = [raw.slice(0, SHORT_PART), raw.slice(SHORT_PART)];
  if (SHORT_WORDS.has(head) && isCommonWord(rest)) return rest;
  const [start, tail] = [raw.slice(0, -SHORT_PART), raw.slice(-SHORT_PART)];
  return SHORT_WORDS.has(tail) && isCommonWord(start) ? start : null;
}

/**
 * A host without its leading "www" label, which names nothing however many labels follow: hosts are
 * written so ("www.ledger.evil-host.com" says what "ledger.evil-host.com" says; "www.com" keeps it).
 */
export const withoutWww = (host: string, registrable: string): string =>
  host.startsWith('www.') && host.endsWith(`.${registrable}`) ? host.slice(4) : host;

/** A registrable domain cut into its one name label (decoded) and its public suffix. */
export function splitRegistrable(registrable: string): { label: string; suffix: string } {
  const dot = registrable.indexOf('.');
  return { label: hostToUnicode(registrable.slice(0, dot)), suffix: registrable.slice(dot + 1) };
}

/** The registrable domain of a normalized host, private suffixes included; null for a public suffix itself. */
export const registrableOf = (host: string): string | null => getDomain(host, AS_HOSTNAME);

/** A host's registrable label as names are compared ("binance" of www.binance.com and of bin-ance.com); null for a public suffix itself. */
export function registrableLabel(host: string): string | null {
  const registrable = registrableOf(host);
  return registrable === null ? null : compactRaw(splitRegistrable(registrable).label);
}

/** Prefixes of canonical handles that are part of a platform's path, not of the name. */
const HANDLE_PREFIX = /^(@|~|\+|r\/|u\/|c\/|user\/|company\/|in\/|school\/|showcase\/|groups\/)/;

/** The name a social channel is seen under; null for opaque ids (YouTube channel ids, Spotify, WhatsApp). */
export function handleName(value: string): string | null {
  const name = value.replace(HANDLE_PREFIX, '');
  return name.includes('/') || /^\d+$/.test(name) ? null : name;
}

/**
 * The names of one channel: a domain's label ("binance") and its label joined with its suffix
 * ("binancecom", which "binance-com.app" hides); a sender's domain the same way; a handle's name.
 */
export interface ChannelName {
  text: string;
  /** A domain's label joined with its suffix: matched whole or inside names, never as a typo target. */
  joined: boolean;
}

/** A channel's names, read only: a domain's names are shared by every channel on it. */
export function channelNames(channel: ChannelEntry): readonly ChannelName[] {
  if (channel.kind === 'phone') return [];
  if (channel.kind === 'social') {
    if (channel.platform === 'spotify' || channel.platform === 'whatsapp') return [];
    const name = handleName(channel.value);
    return name ? [{ text: name, joined: false }] : [];
  }
  return hostNames(channel.kind === 'email' ? channel.value.slice(channel.value.lastIndexOf('@') + 1) : channel.value);
}

/**
 * The names of a website's or sender's host, remembered: an organization's sender addresses share
 * its domain, and finding a registrable domain (a parse against the suffix list) is most of the cost.
 */
const hostNames = memoize((host: string): readonly ChannelName[] => {
  const registrable = registrableOf(host);
  if (!registrable) return [];
  const { label, suffix } = splitRegistrable(registrable);
  return [{ text: label, joined: false }, { text: `${label}${suffix}`, joined: true }];
}, 1_024);

/** An organization's name as a brand: "Crypto.com" → "Crypto.com", "Example Bank (fictional)" → "Example Bank". */
export const organizationName = (name: string): string => name.replace(/\(.*?\)/g, '').trim();
