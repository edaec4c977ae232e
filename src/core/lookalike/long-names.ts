/**
 * @module The official names of 11+ letters by their first two letters, last letter and length, each
 * beside how many of each letter it holds: the few a long word may be a few edits from, found without
 * reading the others' text.
 */
import { HashPairs, StaticHashMultiMap } from '../static-hash-table.ts';
import { isLowerLetter as isLetter } from './skeleton.ts';

/** Letters a name needs to be kept here: names this long keep their likeness through three edits. */
export const LONG_NAME = 11;
const LETTERS = 26;
const A = 97;
const MAX_LENGTH = 63;


/** A name's key: its first letter (a–z), second character, last letter (a–z) and length, in 24 bits. */
const keyOf = (first: number, second: number, last: number, length: number): number =>
  ((first - A) << 19) | ((second & 0xff) << 11) | ((last - A) << 6) | Math.min(length, MAX_LENGTH);

/**
 * How many of each letter a to z a text holds, up to three, two bits a letter: a to p in `counts[at]`,
 * q to z in `counts[at + 1]`.
 */
function countLetters(text: string, counts: Uint32Array, at: number): void {
  counts[at] = 0;
  counts[at + 1] = 0;
  for (let k = 0; k < text.length; k++) {
    const letter = text.charCodeAt(k) - A;
    if (letter < 0 || letter >= LETTERS) continue;
    const field = at + (letter >> 4);
    const shift = (letter & 15) * 2;
    if (((counts[field]! >>> shift) & 3) < 3) counts[field]! += 1 << shift;
  }
}

/**
 * Letters one count holds that the other lacks, and the other way round (see `countLetters`): the
 * difference of each pair of 2-bit fields, summed, eight fields at a time. A scan reads this for every
 * name keyed like a word, hundreds at a million channels.
 */
const countsApart = (a: number, b: number): number =>
  lanesApart(a & 0x33333333, b & 0x33333333) + lanesApart((a >>> 2) & 0x33333333, (b >>> 2) & 0x33333333);

/** The sum of |x − y| over eight 4-bit lanes holding 0–3 each. */
function lanesApart(x: number, y: number): number {
  // 4 + x − y in each lane (1 to 7: no lane borrows from the next); its third bit says x ≥ y.
  const t = (x | 0x44444444) - y;
  const low = t & 0x33333333;
  const atLeast = Math.imul((t >>> 2) & 0x11111111, 0xf);
  // x ≥ y: the low bits are x − y; x < y: 4 minus them is y − x.
  const apart = (low & atLeast) | (((low ^ 0x33333333) + 0x11111111) & ~atLeast);
  const pairs = (apart & 0x0f0f0f0f) + ((apart >>> 4) & 0x0f0f0f0f);
  return Math.imul(pairs, 0x01010101) >>> 24;
}

/**
 * The names (their compact text as written) of LONG_NAME+ letters, starting and ending with a letter,
 * in runs by their first two letters, last letter and length, each beside how many of each letter it
 * holds: a word reads one run per length near its own, side by side in a few cache lines, and only the
 * names that hold nearly its letters are handed over (a name's text is a cache miss at a million
 * channels, and made-up names of one making share their ends and length by the hundred). The deletion
 * tables would need every name's variants with three letters left out (hundreds a name).
 */
export class LongNames {
  /** The names' ids, run by run. */
  readonly #ids: Uint32Array;
  /** Each id's name's letter counts, two numbers an id (see `countLetters`), in the same order. */
  readonly #counts: Uint32Array;
  /** Run r holds ids[runStarts[r]] up to ids[runStarts[r + 1]], all with the key runKeys[r]. */
  readonly #runStarts: Uint32Array;
  readonly #runKeys: Uint32Array;
  /** Key → run. */
  readonly #runs: StaticHashMultiMap;
  /** The word being read's counts (one lookup at a time). */
  readonly #wordCounts = new Uint32Array(2);

  /** `raws[id]` for every id `isKept` takes. */
  constructor(raws: readonly string[], isKept: (id: number) => boolean) {
    const kept: Array<{ id: number; key: number }> = [];
    for (let id = 0; id < raws.length; id++) {
      const raw = raws[id]!;
      const [first, last] = [raw.charCodeAt(0), raw.charCodeAt(raw.length - 1)];
      if (raw.length < LONG_NAME || !isLetter(first) || !isLetter(last) || !isKept(id)) continue;
      kept.push({ id, key: keyOf(first, raw.charCodeAt(1), last, raw.length) });
    }
    kept.sort((a, b) => a.key - b.key || a.id - b.id);
    this.#ids = Uint32Array.from(kept, (k) => k.id);
    this.#counts = new Uint32Array(2 * kept.length);
    kept.forEach((k, at) => countLetters(raws[k.id]!, this.#counts, 2 * at));
    const starts: number[] = [];
    const keys: number[] = [];
    kept.forEach((k, at) => {
      if (at === 0 || kept[at - 1]!.key !== k.key) {
        starts.push(at);
        keys.push(k.key);
      }
    });
    starts.push(kept.length);
    this.#runStarts = Uint32Array.from(starts);
    this.#runKeys = Uint32Array.from(keys);
    const pairs = new HashPairs(keys.length);
    keys.forEach((key, run) => pairs.add(key, run));
    this.#runs = new StaticHashMultiMap(pairs);
  }

  get size(): number {
    return this.#ids.length;
  }

  get bytes(): number {
    return this.#ids.byteLength + this.#counts.byteLength + this.#runStarts.byteLength + this.#runKeys.byteLength + this.#runs.bytes;
  }

  /**
   * Calls `found` with every name that may be `edits` edits or fewer from `word` and starts with its first
   * two letters and ends with its last: at most `edits` letters longer or shorter, and with at most two
   * letters a to z per edit that one holds and the other does not (an edit takes one letter away and
   * brings one; counts are read up to three of a letter). Callers measure each.
   */
  forEachNear(word: string, edits: number, found: (nameId: number) => void): void {
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    if (!isLetter(first) || !isLetter(last)) return;
    const counts = this.#wordCounts;
    countLetters(word, counts, 0);
    const [low, high] = [counts[0]!, counts[1]!];
    for (let length = Math.max(LONG_NAME, word.length - edits); length <= Math.min(word.length + edits, MAX_LENGTH); length++) {
      const key = keyOf(first, word.charCodeAt(1), last, length);
      this.#runs.seek(key);
      for (let run = this.#runs.next(); run !== -1; run = this.#runs.next()) {
        if (this.#runKeys[run] !== key) continue;
        for (let k = this.#runStarts[run]!; k < this.#runStarts[run + 1]!; k++) {
          if (countsApart(this.#counts[2 * k]!, low) + countsApart(this.#counts[2 * k + 1]!, high) <= 2 * edits) found(this.#ids[k]!);
        }
      }
    }
  }
}
