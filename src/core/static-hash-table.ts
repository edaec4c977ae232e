/**
 * @module A multimap from 32-bit hashes to integer ids, built once from all its pairs: ids grouped by
 * bucket in one array with an 8-bit fingerprint each, 5 bytes an entry plus 1 a bucket.
 */
import { mixHash } from './hash-table.ts';

/** Entries per bucket on average: a lookup reads about this many fingerprints, in one or two cache lines. */
const BUCKET_LOAD = 4;

/** The pairs a table is built from, collected into arrays sized up front. */
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
  readonly #buckets: number;

  constructor(pairs: HashPairs) {
    const count = pairs.length;
    const buckets = Math.max(1, Math.ceil(count / BUCKET_LOAD));
    this.#buckets = buckets;
    const starts = new Uint32Array(buckets + 1);
    const mixed = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      const h = mixHash(pairs.hashes[i]!);
      mixed[i] = h;
      starts[this.#bucketOf(h) + 1]!++;
    }
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const next = starts.slice(0, buckets);
    this.#values = new Uint32Array(count);
    this.#prints = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const h = mixed[i]!;
      const at = next[this.#bucketOf(h)]!++;
      this.#values[at] = pairs.values[i]!;
      this.#prints[at] = h & 0xff;
    }
    this.#starts = starts;
  }

  get size(): number {
    return this.#values.length;
  }

  get bytes(): number {
    return this.#starts.byteLength + this.#values.byteLength + this.#prints.byteLength;
  }

  #bucketOf(mixed: number): number {
    return Math.floor(((mixed >>> 8) * this.#buckets) / 0x1000000);
  }

  /** Calls `found` with every value stored under `hash`, and now and then one stored under another: verify. */
  forEach(hash: number, found: (value: number) => void): void {
    const h = mixHash(hash);
    const b = this.#bucketOf(h);
    const print = h & 0xff;
    for (let i = this.#starts[b]!, end = this.#starts[b + 1]!; i < end; i++) {
      if (this.#prints[i] === print) found(this.#values[i]!);
    }
  }
}
