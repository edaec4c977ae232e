/** @module A compact multimap from 32-bit hashes to integer ids in one typed array: a million entries in 16 MB. */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, one character at a time, so a substring's hash extends by one step per character. */
export const hashStart = FNV_OFFSET;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME) >>> 0;

/** Extends hash `h` by every character of `text`: keys of several parts hash without being joined into one string. */
export function hashMore(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

export const hashString = (text: string): number => hashMore(hashStart, text);

/**
 * MurmurHash3's finalizer: every input bit moves every output bit. FNV and polynomial hashes of short
 * names leave their low bits poorly spread, and tables pick slots by low bits.
 */
export function mixHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Open addressing with linear probing; equal hashes sit in one probe run, so a lookup finds them all.
 * Each slot holds its hash and value side by side, so a probe touches one cache line, not two.
 */
export class HashMultiMap {
  /** slots[2i] = hash, slots[2i + 1] = value + 1 (0 marks an empty slot). */
  readonly #slots: Uint32Array;
  readonly #mask: number;
  #size = 0;

  constructor(expectedEntries: number) {
    let capacity = 16;
    // At most two-thirds full: short probe runs without doubling the memory.
    while (capacity * 2 < expectedEntries * 3) capacity *= 2;
    this.#slots = new Uint32Array(capacity * 2);
    this.#mask = capacity - 1;
  }

  get size(): number {
    return this.#size;
  }

  get bytes(): number {
    return this.#slots.byteLength;
  }

  add(hash: number, value: number): void {
    if ((this.#size + 1) * 4 > (this.#mask + 1) * 3) throw new Error('HashMultiMap is full: size it for its entries');
    let i = mixHash(hash) & this.#mask;
    while (this.#slots[2 * i + 1] !== 0) i = (i + 1) & this.#mask;
    this.#slots[2 * i] = hash;
    this.#slots[2 * i + 1] = value + 1;
    this.#size++;
  }

  /** Calls `found` with every value stored under `hash` (and, rarely, under a colliding one: verify). */
  forEach(hash: number, found: (value: number) => void): void {
    const slots = this.#slots;
    for (let i = mixHash(hash) & this.#mask; slots[2 * i + 1] !== 0; i = (i + 1) & this.#mask) {
      if (slots[2 * i] === hash) found(slots[2 * i + 1]! - 1);
    }
  }
}
