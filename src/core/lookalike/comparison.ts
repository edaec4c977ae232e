/** @module The contact and the official channel it imitates, side by side, with the characters that differ marked (for highlighting). */
import type { Contact } from '../types.ts';
import { alignCodes } from './align.ts';

/** A run of characters, as written, that the other side has too (`differs: false`) or does not. */
export interface Segment {
  text: string;
  differs: boolean;
}

export interface Comparison {
  /** The contact as a person reads it: the decoded host, the address, the handle. */
  contact: Segment[];
  /** The official channel's value. */
  official: Segment[];
}

/** Longer texts are not worth aligning for a person to read (and the table grows with the product). */
const MAX_GRAPHEMES = 256;
/** Below this share of the official text in common, the two are not alike letter by letter (a display name's claim). */
const MIN_SHARED = 0.6;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/**
 * Characters that take more than one code unit of a grapheme: combining marks, joiners and variation
 * selectors, Hangul jamo, and characters beyond the BMP (a surrogate pair each: "𝐛"). Text without
 * any splits per code unit, as the segmenter would, at a fraction of its cost (every lookalike answer
 * is compared).
 */
const CLUSTERING = /[\p{M}\u200c\u200d\ufe00-\ufe0f\u1100-\u11ff\u{10000}-\u{10ffff}]/u;

/** Characters as a person counts them: the text itself when each code unit is one (indexed alike, nothing copied). */
type Graphemes = string | readonly string[];

const splitGraphemes = (text: string): Graphemes => (mayCluster(text) && CLUSTERING.test(text) ? Array.from(graphemes.segment(text), (s) => s.segment) : text);

/** Whether the text has a character from U+0300 on, where all of CLUSTERING lies: most texts have none, and a scan costs less than the expression. */
function mayCluster(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 0x300) return true;
  return false;
}

/**
 * The comparison a lookalike match shows: the contact as a person reads it against the channel imitated.
 * Handles are compared without a leading "@", which some platforms write and others do not.
 */
export function compareWithChannel(contact: Contact, channel: { kind: string; value: string }): Comparison | null {
  const text = contactText(contact);
  if (text === null) return null;
  return channel.kind === 'social' ? compareTexts(withoutAt(text), withoutAt(channel.value)) : compareTexts(text, channel.value);
}

const withoutAt = (handle: string): string => (handle.startsWith('@') ? handle.slice(1) : handle);

/** What the person was given, as the comparison shows it; null for phones, which have no lookalikes. */
function contactText(contact: Contact): string | null {
  switch (contact.kind) {
    case 'domain':
      return contact.unicode;
    case 'email':
      return `${contact.local}@${contact.domainUnicode}`;
    case 'social':
      return contact.value ?? null;
    case 'phone':
      return null;
  }
}

/**
 * Aligns two texts by their longest common subsequence of characters (grapheme clusters, so an accent
 * stays with its letter) and marks what is not shared; null when they are too unlike for that to help.
 * @example compareTexts('bіnance.com', 'binance.com') // contact: b, [і], nance.com — a Cyrillic і
 */
export function compareTexts(contact: string, official: string): Comparison | null {
  const a = splitGraphemes(contact);
  const b = splitGraphemes(official);
  if (!a.length || !b.length || a.length > MAX_GRAPHEMES || b.length > MAX_GRAPHEMES) return null;
  // Emptied only when used: clearing a Map makes it a new table, which most comparisons do not need.
  if (CLUSTER_CODES.size) CLUSTER_CODES.clear();
  const codesA = encode(a, CODES_A);
  const codesB = encode(b, CODES_B);
  // A shared start belongs to a longest common subsequence, as the walk below would take it: the table
  // covers only what follows (a brand with a keyword after it, a typo near the end). A shared end stays
  // in, so that a doubled letter is marked where the explanation names it ("bin[n]ance").
  let start = 0;
  while (start < a.length && start < b.length && codesA[start] === codesB[start]) start++;
  const sharedA = SHARED_A;
  const sharedB = SHARED_B;
  for (let k = 0; k < a.length; k++) sharedA[k] = k < start ? 1 : 0;
  for (let k = 0; k < b.length; k++) sharedB[k] = k < start ? 1 : 0;
  const inCommon = start + alignCodes(codesA, a.length, codesB, b.length, start, sharedA, sharedB);
  if (inCommon < MIN_SHARED * b.length) return null;
  return { contact: segments(a, sharedA), official: segments(b, sharedB) };
}

/** Per side, 1 for each character the other side shares (reused: one comparison runs at a time). */
const SHARED_A = new Uint8Array(MAX_GRAPHEMES);
const SHARED_B = new Uint8Array(MAX_GRAPHEMES);

/** Each side's characters as numbers, so the table compares numbers (reused: one comparison runs at a time). */
const CODES_A = new Int32Array(MAX_GRAPHEMES);
const CODES_B = new Int32Array(MAX_GRAPHEMES);
/** The numbers given to clusters of several code units in the comparison under way. */
const CLUSTER_CODES = new Map<string, number>();

/** Writes each character's number into `out`: its code unit, or for a cluster of several an id above them all. */
function encode(chars: Graphemes, out: Int32Array): Int32Array {
  if (typeof chars === 'string') {
    for (let k = 0; k < chars.length; k++) out[k] = chars.charCodeAt(k);
    return out;
  }
  chars.forEach((ch, k) => {
    let code = ch.length === 1 ? ch.charCodeAt(0) : CLUSTER_CODES.get(ch);
    if (code === undefined) CLUSTER_CODES.set(ch, (code = 0x10000 + CLUSTER_CODES.size));
    out[k] = code;
  });
  return out;
}

/** Runs of shared and differing characters, each cut out whole. */
function segments(chars: Graphemes, shared: Uint8Array): Segment[] {
  const out: Segment[] = [];
  for (let start = 0, k = 1; k <= chars.length; k++) {
    if (k < chars.length && shared[k] === shared[start]) continue;
    const text = typeof chars === 'string' ? chars.slice(start, k) : chars.slice(start, k).join('');
    out.push({ text, differs: !shared[start] });
    start = k;
  }
  return out;
}
