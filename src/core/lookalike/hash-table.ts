/** @module A compact multimap from 32-bit hashes to integer ids in typed arrays: a million entries in 8 MB. */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, one character at a time, so a substring's hash extends by one step per character. */
export const hashStart = FNV_OFFSET;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME) >>> 0;

export function hashString(text: string): number {
  let h = hashStart;
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** Open addressing with linear probing; equal hashes sit in one probe run, so a lookup finds them all. */
export class HashMultiMap {
  readonly #keys: Uint32Array;
  readonly #values: Int32Array;
  readonly #mask: number;
  #size = 0;

  constructor(expectedEntries: number) {
    let capacity = 16;
    while (capacity < expectedEntries * 2) capacity *= 2;
    this.#keys = new Uint32Array(capacity);
    this.#values = new Int32Array(capacity).fill(-1);
    this.#mask = capacity - 1;
  }

  get size(): number {
    return this.#size;
  }

  get bytes(): number {
    return this.#keys.byteLength + this.#values.byteLength;
  }

  add(hash: number, value: number): void {
    if (this.#size * 2 >= this.#keys.length) throw new Error('HashMultiMap is full: size it for its entries');
    let i = hash & this.#mask;
    while (this.#values[i] !== -1) i = (i + 1) & this.#mask;
    this.#keys[i] = hash;
    this.#values[i] = value;
    this.#size++;
  }

  /** Calls `found` with every value stored under `hash` (and, rarely, under a colliding one: verify). */
  forEach(hash: number, found: (value: number) => void): void {
    for (let i = hash & this.#mask; this.#values[i] !== -1; i = (i + 1) & this.#mask) {
      if (this.#keys[i] === hash) found(this.#values[i]!);
    }
  }
}
