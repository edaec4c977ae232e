/**
 * @module A multimap from 32-bit hashes to integer ids, built once from all its pairs: ids grouped by
 * bucket in one array with an 8-bit fingerprint each, 5 bytes an entry plus 1 a bucket.
 */
import { mixHash } from './hash-table.ts';

/** Entries per bucket on average: a lookup reads about this many fingerprints, in one or two cache lines. */
const BUCKET_LOAD = 4;

/**
 * The pairs a table is built from, in arrays sized up front: `hashes[i]` goes with `values[i]` for i
 * below `length`. Writers may fill `hashes` directly and then call `fill`. A table built from them
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

  /** Gives `value` to the hashes written from `length` up to `end`. */
  fill(value: number, end: number): void {
    this.values.fill(value, this.length, end);
    this.length = end;
  }
}

/**
 * Read-only after construction. The mixed hash's high 24 bits pick the bucket and its low 8 bits are
 * the fingerprint, so about one lookup in 64 hands back an id stored under another hash: callers
 * verify every id they get, as they must for hash collisions anyway.
 */
export class StaticHashMultiMap {
  /** Bucket b holds entries starts[b] to starts[b + 1] - 1. */
  readonly #starts: Uint32Array;
  readonly #values: Uint32Array;
  readonly #prints: Uint8Array;
  /** Buckets per value of a mixed hash's high 24 bits. */
  readonly #scale: number;

  constructor(pairs: HashPairs) {
    const count = pairs.length;
    const buckets = Math.max(1, Math.ceil(count / BUCKET_LOAD));
    const scale = buckets / 0x1000000;
    const bucketOf = (mixed: number) => ((mixed >>> 8) * scale) | 0;
    // Scattering ten million entries straight into their buckets misses the cache on every write.
    // So they are first split by their top 8 bits (256 write streams, which the cache holds), then
    // each part, whose buckets are contiguous and fit the cache, is counting-sorted on its own.
    const { hashes: mixed, values } = splitByTopByte(pairs);
    const starts = new Uint32Array(buckets + 1);
    for (let i = 0; i < count; i++) starts[bucketOf(mixed[i]!) + 1]!++;
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const next = starts.slice(0, buckets);
    // The spent pairs' value array is reused for the sorted values: one 40 MB array fewer at a million channels.
    const sorted = pairs.values.subarray(0, count);
    const prints = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const h = mixed[i]!;
      const at = next[bucketOf(h)]!++;
      sorted[at] = values[i]!;
      prints[at] = h & 0xff;
    }
    this.#starts = starts;
    this.#values = sorted;
    this.#prints = prints;
    this.#scale = scale;
  }

  get size(): number {
    return this.#values.length;
  }

  get bytes(): number {
    return this.#starts.byteLength + this.#values.byteLength + this.#prints.byteLength;
  }

  /** Calls `found` with every value stored under `hash`, and now and then one stored under another: verify. */
  forEach(hash: number, found: (value: number) => void): void {
    const h = mixHash(hash);
    const b = ((h >>> 8) * this.#scale) | 0;
    const print = h & 0xff;
    for (let i = this.#starts[b]!, end = this.#starts[b + 1]!; i < end; i++) {
      if (this.#prints[i] === print) found(this.#values[i]!);
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
