/**
 * @module The official names of 11+ letters by their first letter, last letter and length: the few a
 * long word may be three edits from, found without reading the others.
 */

/** Letters a name needs to be kept here: names this long keep their likeness through three edits. */
export const LONG_NAME = 11;
/** Lengths kept apart; longer names share the last slot. */
const LENGTH_SLOTS = 32;
const LETTERS = 26;
const A = 97;

/** A name's slot: its first and last letters (a–z) and its length. */
const slotOf = (first: number, last: number, length: number): number =>
  ((first - A) * LETTERS + (last - A)) * LENGTH_SLOTS + Math.min(length - LONG_NAME, LENGTH_SLOTS - 1);

const isLetter = (code: number): boolean => code >= A && code < A + LETTERS;

/**
 * The names (their compact text as written) of LONG_NAME+ letters, starting and ending with a letter,
 * in slots by first letter, last letter and length: a word's candidates are its slot's neighbours by
 * length, a handful at a million channels, where the deletion tables would need every name's variants
 * with three letters left out (hundreds a name).
 */
export class LongNames {
  /** The names' ids, slot by slot. */
  readonly #ids: Uint32Array;
  /** Slot s holds ids[starts[s]] up to ids[starts[s + 1]]. */
  readonly #starts: Uint32Array;

  /** `raws[id]` for every id `isKept` takes. */
  constructor(raws: readonly string[], isKept: (id: number) => boolean) {
    const slots: number[] = [];
    const ids: number[] = [];
    for (let id = 0; id < raws.length; id++) {
      const raw = raws[id]!;
      if (raw.length < LONG_NAME || !isKept(id)) continue;
      const first = raw.charCodeAt(0);
      const last = raw.charCodeAt(raw.length - 1);
      if (!isLetter(first) || !isLetter(last)) continue;
      slots.push(slotOf(first, last, raw.length));
      ids.push(id);
    }
    const starts = new Uint32Array(LETTERS * LETTERS * LENGTH_SLOTS + 1);
    for (const slot of slots) starts[slot + 1]!++;
    for (let s = 0; s + 1 < starts.length; s++) starts[s + 1]! += starts[s]!;
    const next = starts.slice(0, -1);
    const sorted = new Uint32Array(ids.length);
    for (let k = 0; k < ids.length; k++) sorted[next[slots[k]!]!++] = ids[k]!;
    this.#ids = sorted;
    this.#starts = starts;
  }

  get size(): number {
    return this.#ids.length;
  }

  get bytes(): number {
    return this.#ids.byteLength + this.#starts.byteLength;
  }

  /**
   * Calls `found` with every name that starts with `word`'s first letter, ends with its last and is at
   * most `spread` letters longer or shorter than it, and now and then one longer still (names past the
   * last slot's length share it): callers measure each.
   */
  forEachNear(word: string, spread: number, found: (nameId: number) => void): void {
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(word.length - 1);
    if (!isLetter(first) || !isLetter(last)) return;
    const from = Math.max(LONG_NAME, word.length - spread);
    const to = word.length + spread;
    if (to < LONG_NAME) return;
    // Names past the last slot's length share it: read it once.
    const lastSlot = slotOf(first, last, Math.min(to, LONG_NAME + LENGTH_SLOTS - 1));
    for (let slot = slotOf(first, last, Math.min(from, LONG_NAME + LENGTH_SLOTS - 1)); slot <= lastSlot; slot++) {
      for (let k = this.#starts[slot]!; k < this.#starts[slot + 1]!; k++) found(this.#ids[k]!);
    }
  }
}
