/**
 * @module Dense ids for distinct texts while an index is built: a table of 32-bit slots over the
 * caller's array of texts, where a Map of a million strings would keep the collector busy.
 */
import { hashString, mixHash } from './string-hash.ts';

/** The table doubles when half its slots are taken: probe runs stay short. */
const MAX_LOAD = 0.5;

/**
 * The texts of `texts` (id = position) by value: `add` finds one, or appends it when new. Each slot
 * holds an id + 1 (0 is empty); each id's mixed hash is kept so the table regrows without hashing again.
 */
export class TextIds {
  #slots = new Uint32Array(1024);
  #hashes = new Uint32Array(512);

  /** `texts`: the array ids point into, filled only through `add`. */
  constructor(private readonly texts: string[]) {}

  /** The id of `text`, added (as the next position of `texts`) when new. */
  add(text: string): number {
    const hash = mixHash(hashString(text));
    const held = this.#find(text, hash);
    if (held >= 0) return held;
    const id = this.texts.push(text) - 1;
    if (id >= this.#hashes.length) {
      const wider = new Uint32Array(2 * this.#hashes.length);
      wider.set(this.#hashes);
      this.#hashes = wider;
    }
    this.#hashes[id] = hash;
    if (id + 1 > this.#slots.length * MAX_LOAD) this.#regrow();
    else this.#place(id, hash);
    return id;
  }

  #find(text: string, hash: number): number {
    const slots = this.#slots;
    const mask = slots.length - 1;
    for (let at = hash & mask; slots[at] !== 0; at = (at + 1) & mask) {
      const id = slots[at]! - 1;
      if (this.#hashes[id] === hash && this.texts[id] === text) return id;
    }
    return -1;
  }

  #place(id: number, hash: number): void {
    const slots = this.#slots;
    const mask = slots.length - 1;
    let at = hash & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    slots[at] = id + 1;
  }

  #regrow(): void {
    this.#slots = new Uint32Array(2 * this.#slots.length);
    for (let id = 0; id < this.texts.length; id++) this.#place(id, this.#hashes[id]!);
  }
}
