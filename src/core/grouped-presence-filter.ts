/**
 * @module A presence filter over 32-bit hashes, laid out in one segment per group so that a lookup's
 * many probes, which share a group, read a few kilobytes instead of pages all over megabytes.
 */
import { mixHash } from './string-hash.ts';

/** Groups are small integers below this. */
export const GROUP_COUNT = 1 << 14;
/** Filter bits per entry of a group, at least (its segment is rounded up to a power of two): with two bits an entry (see `bitPair`), about one absent hash in twelve gets through. */
const BITS_PER_ENTRY = 6;
const MIN_SEGMENT_LOG2 = 6;
const EMPTY_SEGMENT_BITS = 64;

/**
 * Says "maybe" for every (hash, group) it was built from and "no" for most others. One bit per value
 * of a mixed hash's top bits, in its group's segment. A typo search probes dozens of deletion variants,
 * nearly all absent, and most of them share their first letter and length (the group): with one
 * segment per group they fall in a few kilobytes. A filter laid out by hash alone (8 MB at a million
 * channels) costs each probe a cache and TLB miss.
 */
export class GroupedPresenceFilter {
  readonly #bits: Uint32Array;
  /** Where each group's segment starts (in bits), and how far its mixed hashes shift to give a bit in it. */
  readonly #starts = new Uint32Array(GROUP_COUNT);
  readonly #shifts = new Uint8Array(GROUP_COUNT);

  /**
   * The filter of the first `count` (hash, group) pairs. `runStarts`, when given, cuts the pairs into
   * runs (run r from runStarts[r] up to runStarts[r + 1]) whose pairs mostly share their first pair's
   * group, as a name's deletion variants do: the runs are then added a group at a time, so that each
   * segment is written while it is in cache (in the order given, ten million pairs missed it each).
   */
  constructor(hashes: Uint32Array, groups: Uint16Array, count: number, runStarts?: Uint32Array) {
    const sizes = new Uint32Array(GROUP_COUNT);
    for (let i = 0; i < count; i++) sizes[groups[i]!]!++;
    // Groups without entries share the first 64 bits, left empty: every probe of theirs reads "no".
    let total = EMPTY_SEGMENT_BITS;
    this.#shifts.fill(32 - Math.log2(EMPTY_SEGMENT_BITS));
    for (let g = 0; g < GROUP_COUNT; g++) {
      if (sizes[g] === 0) continue;
      const log2 = Math.min(31, Math.max(MIN_SEGMENT_LOG2, Math.ceil(Math.log2(sizes[g]! * BITS_PER_ENTRY))));
      this.#starts[g] = total;
      this.#shifts[g] = 32 - log2;
      total += 2 ** log2;
    }
    this.#bits = new Uint32Array(Math.max(1, total / 32));
    if (!runStarts) {
      this.#addRange(hashes, groups, 0, count);
      return;
    }
    for (const run of runsByFirstGroup(groups, runStarts)) this.#addRange(hashes, groups, runStarts[run]!, runStarts[run + 1]!);
  }

  #addRange(hashes: Uint32Array, groups: Uint16Array, from: number, to: number): void {
    const bits = this.#bits;
    for (let i = from; i < to; i++) {
      const mixed = mixHash(hashes[i]!);
      const bit = this.#starts[groups[i]!]! + (mixed >>> this.#shifts[groups[i]!]!);
      bits[bit >>> 5]! |= bitPair(bit, mixed);
    }
  }

  get bytes(): number {
    return this.#bits.byteLength;
  }

  /** False when no entry of this group has the hash's two bits: the table need not be read. */
  mayHold(hash: number, group: number): boolean {
    const mixed = mixHash(hash);
    const bit = this.#starts[group]! + (mixed >>> this.#shifts[group]!);
    const pair = bitPair(bit, mixed);
    return (this.#bits[bit >>> 5]! & pair) === pair;
  }

  /**
   * Keeps, in place at the front of `hashes` and `groups` (up to `count`), the pairs the filter lets
   * through, and returns how many.
   */
  keepPossible(hashes: Uint32Array, groups: Uint16Array, count: number): number {
    const bits = this.#bits;
    const starts = this.#starts;
    const shifts = this.#shifts;
    let kept = 0;
    // No branch on what the filter says: the CPU then reads the words of many probes at once instead
    // of waiting on each cache miss in turn.
    for (let k = 0; k < count; k++) {
      const hash = hashes[k]!;
      const group = groups[k]!;
      const mixed = mixHash(hash);
      const bit = starts[group]! + (mixed >>> shifts[group]!);
      const pair = bitPair(bit, mixed);
      const missing = (bits[bit >>> 5]! & pair) ^ pair;
      hashes[kept] = hash;
      groups[kept] = group;
      // 1 when no bit of the pair is missing: (x | -x) has its sign bit set for every x but 0.
      kept += 1 - ((missing | -missing) >>> 31);
    }
    return kept;
  }
}

/**
 * An entry's two bits, both in the 32-bit word of its place in its group's segment: the place's own
 * bit and one picked by the mixed hash's low bits, which the place (its high bits) leaves free. Two
 * bits in one word cost no second read and let about half as many absent hashes through as one.
 */
const bitPair = (bit: number, mixed: number): number => (1 << (bit & 31)) | (1 << (mixed & 31));

/** The runs (see the filter's constructor) ordered by their first pair's group: a stable counting sort. */
function runsByFirstGroup(groups: Uint16Array, runStarts: Uint32Array): Uint32Array {
  const runs = runStarts.length - 1;
  const next = new Uint32Array(GROUP_COUNT + 1);
  for (let r = 0; r < runs; r++) next[groups[runStarts[r]!]! + 1]!++;
  for (let g = 0; g < GROUP_COUNT; g++) next[g + 1]! += next[g]!;
  const order = new Uint32Array(runs);
  for (let r = 0; r < runs; r++) order[next[groups[runStarts[r]!]!]!++] = r;
  return order;
}
