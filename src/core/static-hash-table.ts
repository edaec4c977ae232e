/**
 * @module A multimap from 32-bit hashes to integer ids, built once from all its pairs: each id beside
 * an 8-bit fingerprint in one 32-bit slot, about 5.3 bytes an entry.
 */
import { mixHash } from './string-hash.ts';


/**
 * The pairs a table is built from, in arrays sized up front: `hashes[i]` goes with `values[i]` for i
 * below `length`. Writers `add` pairs, or write `hashes` directly and then call `fill`. A table built from them
 * takes their arrays over: the pairs are spent.
 */
export class HashPairs {
  readonly hashes: Uint32Array;
  readonly values: Uint32Array;
  length = 0;

  constructor(capacity: number) {
    this.hashes = new Uint32Array(capacity);
    this.values = new Uint32Array(capacity);
  }

  add(hash: number, value: number): void {
    this.hashes[this.length] = hash;
    this.values[this.length++] = value;
  }

  /** Gives `value` to the hashes written from `length` up to `end`. */
  fill(value: number, end: number): void {
    this.values.fill(value, this.length, end);
    this.length = end;
  }
}

/** Slots per entry: a quarter of the slots stay empty, so a probe run is a few slots in one cache line. */
const SLOTS_PER_ENTRY = 4 / 3;
/** Values are stored beside an 8-bit fingerprint in one 32-bit slot. */
const MAX_VALUE = 0xfffffe;

/**
 * Read-only after construction: open addressing with linear probing, each slot holding a value and
 * an 8-bit fingerprint of its hash (0 marks an empty slot), 4 bytes an entry plus a quarter empty.
 * A lookup reads one run of slots, usually within one cache line. About one entry in 256 met on the
 * way answers for another hash: callers verify every value they get, as they must for collisions.
 */
export class StaticHashMultiMap {
  /** The slots read as signed integers: a slot above 2^31 is then still a machine integer to the compiler. */
  readonly #slots: Int32Array;
  readonly #size: number;
  /** Slots per value of a mixed hash's high 24 bits: where a hash's run starts. */
  readonly #scale: number;

  constructor(pairs: HashPairs) {
    const count = pairs.length;
    const capacity = Math.max(16, Math.ceil(count * SLOTS_PER_ENTRY));
    const scale = capacity / 0x1000000;
    const slots = new Uint32Array(capacity);
    // Runs start where the mixed hash's high bits say, so pairs ordered by their top byte fill the
    // table front to back: inserting ten million of them in hash order would miss the cache on each.
    const { hashes: mixed, values } = splitByTopByte(pairs);
    for (let i = 0; i < count; i++) {
      const value = values[i]!;
      if (value > MAX_VALUE) throw new RangeError(`StaticHashMultiMap holds values up to ${MAX_VALUE}, not ${value}`);
      const h = mixed[i]!;
      let at = ((h >>> 8) * scale) | 0;
      while (slots[at] !== 0) at = at + 1 === capacity ? 0 : at + 1;
      slots[at] = (((value + 1) << 8) | (h & 0xff)) >>> 0;
    }
    this.#slots = new Int32Array(slots.buffer);
    this.#size = count;
    this.#scale = scale;
  }

  get size(): number {
    return this.#size;
  }

  get bytes(): number {
    return this.#slots.byteLength;
  }

  /** Where `next` reads from, and the fingerprint it looks for. */
  #cursor = 0;
  #print = 0;

  /**
   * Starts a lookup of `hash`, read with `next`: no callback and no allocation, for the hot loops
   * that probe dozens of hashes per check. One lookup at a time per table (JavaScript runs one check
   * at a time; nested lookups use `forEach`).
   */
  seek(hash: number): void {
    const h = mixHash(hash);
    this.#print = h & 0xff;
    this.#cursor = ((h >>> 8) * this.#scale) | 0;
  }

  /** The next value of the sought hash (now and then one of another hash: verify), or -1 when there are no more. */
  next(): number {
    const slots = this.#slots;
    let at = this.#cursor;
    for (let slot = slots[at]!; slot !== 0; slot = slots[at]!) {
      at = at + 1 === slots.length ? 0 : at + 1;
      if ((slot & 0xff) === this.#print) {
        this.#cursor = at;
        return (slot >>> 8) - 1;
      }
    }
    this.#cursor = at;
    return -1;
  }

  /** Calls `found` with every value stored under `hash`, and now and then one stored under another: verify. */
  forEach(hash: number, found: (value: number) => void): void {
    const slots = this.#slots;
    const capacity = slots.length;
    const h = mixHash(hash);
    const print = h & 0xff;
    for (let at = ((h >>> 8) * this.#scale) | 0, slot = slots[at]!; slot !== 0; at = at + 1 === capacity ? 0 : at + 1, slot = slots[at]!) {
      if ((slot & 0xff) === print) found((slot >>> 8) - 1);
    }
  }
}

/** The pairs with their hashes mixed, ordered by the mixed hash's top byte (a stable counting sort on it). */
function splitByTopByte(pairs: HashPairs): { hashes: Uint32Array; values: Uint32Array } {
  const count = pairs.length;
  const offsets = new Uint32Array(257);
  const mixed = pairs.hashes;
  for (let i = 0; i < count; i++) {
    const h = mixHash(mixed[i]!);
    mixed[i] = h;
    offsets[(h >>> 24) + 1]!++;
  }
  for (let b = 0; b < 256; b++) offsets[b + 1]! += offsets[b]!;
  const hashes = new Uint32Array(count);
  const values = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const h = mixed[i]!;
    const at = offsets[h >>> 24]!++;
    hashes[at] = h;
    values[at] = pairs.values[i]!;
  }
  return { hashes, values };
}
