/**
 * @module Official names found inside longer text: the names kept in runs by their first five letters,
 * so that a substring search reads one run per start position instead of probing a table per length.
 */
import { hashStart, hashStepSigned, hashString } from '../string-hash.ts';
import { HashPairs, StaticHashMultiMap } from '../static-hash-table.ts';

/** Characters of a name's start its run is found by: all a name found inside text is sure to have. */
const TOKEN_PREFIX = 5;
/** Names are kept with their length in 8 bits. */
const MAX_TOKEN_LENGTH = 255;

/** A name found inside a text: which, and where its skeleton starts. */
export interface FoundToken {
  nameId: number;
  at: number;
}

/**
 * The names (their compact skeletons) in runs, one per distinct first TOKEN_PREFIX characters, shortest
 * first within a run. Each name is two 32-bit words side by side: its skeleton's hash, and its id and
 * length packed. A search reads, at each start position of a text, the run of the names that start
 * like it (a few dozen bytes, one cache line), where probing a hash table for every length some name
 * has read one line each, elsewhere in megabytes: at a million channels, a fifth of a microsecond apiece.
 */
export class TokenRuns {
  /** Per name: records[2k] is the hash of its skeleton, records[2k + 1] its id << 8 | its length. */
  readonly #records: Uint32Array;
  /** Run r holds records k from runStarts[r] up to runStarts[r + 1]. */
  readonly #runStarts: Uint32Array;
  /** Hash of a run's first TOKEN_PREFIX characters → the run. */
  readonly #runs: StaticHashMultiMap;
  /** How many names. */
  readonly size: number;

  /** `keys[id]` for every id `isToken` takes: the names to find. */
  constructor(keys: readonly string[], isToken: (id: number) => boolean) {
    const ids: number[] = [];
    const runOfToken: number[] = [];
    const runOfPrefix = new Map<number, number>();
    const counts: number[] = [];
    for (let id = 0; id < keys.length; id++) {
      const key = keys[id]!;
      if (!isToken(id) || key.length < TOKEN_PREFIX || key.length > MAX_TOKEN_LENGTH) continue;
      const prefix = hashString(key.slice(0, TOKEN_PREFIX));
      let run = runOfPrefix.get(prefix);
      if (run === undefined) runOfPrefix.set(prefix, (run = counts.push(0) - 1));
      counts[run]!++;
      ids.push(id);
      runOfToken.push(run);
    }
    const runStarts = new Uint32Array(counts.length + 1);
    for (let r = 0; r < counts.length; r++) runStarts[r + 1] = runStarts[r]! + counts[r]!;
    // Each run's names in the order found, then shortest first (runs are short: an insertion sort).
    const slots = new Uint32Array(ids.length);
    const next = runStarts.slice(0, counts.length);
    for (let k = 0; k < ids.length; k++) slots[next[runOfToken[k]!]!++] = ids[k]!;
    const records = new Uint32Array(2 * ids.length);
    for (let r = 0; r < counts.length; r++) {
      for (let k = runStarts[r]! + 1; k < runStarts[r + 1]!; k++) {
        const id = slots[k]!;
        let at = k;
        for (; at > runStarts[r]! && keys[slots[at - 1]!]!.length > keys[id]!.length; at--) slots[at] = slots[at - 1]!;
        slots[at] = id;
      }
    }
    for (let k = 0; k < ids.length; k++) {
      const key = keys[slots[k]!]!;
      records[2 * k] = hashString(key);
      records[2 * k + 1] = ((slots[k]! << 8) | key.length) >>> 0;
    }
    this.#records = records;
    this.#runStarts = runStarts;
    const runs = new HashPairs(runOfPrefix.size);
    for (const [prefix, run] of runOfPrefix) runs.add(prefix, run);
    this.#runs = new StaticHashMultiMap(runs);
    this.size = ids.length;
  }

  get bytes(): number {
    return this.#records.byteLength + this.#runStarts.byteLength + this.#runs.bytes;
  }

  /**
   * The names anywhere inside `key` (a compact skeleton), by start position and then shortest first;
   * `nameKey` gives a name's skeleton, read only to confirm one whose hash matched.
   */
  find(key: string, nameKey: (nameId: number) => string): FoundToken[] {
    const found: FoundToken[] = [];
    const records = this.#records;
    const runStarts = this.#runStarts;
    const runs = this.#runs;
    for (let start = 0; start + TOKEN_PREFIX <= key.length; start++) {
      // Hashes are signed here (see `hashMore`), made unsigned where compared with the tables'.
      let prefix = hashStart | 0;
      for (let k = start; k < start + TOKEN_PREFIX; k++) prefix = hashStepSigned(prefix, key.charCodeAt(k));
      runs.seek(prefix >>> 0);
      for (let run = runs.next(); run !== -1; run = runs.next()) {
        // The hash of key[start, start + length), extended as the run's names get longer.
        let hash = prefix;
        let length = TOKEN_PREFIX;
        for (let k = runStarts[run]!; k < runStarts[run + 1]!; k++) {
          const packed = records[2 * k + 1]!;
          const tokenLength = packed & 0xff;
          if (start + tokenLength > key.length) break;
          while (length < tokenLength) hash = hashStepSigned(hash, key.charCodeAt(start + length++));
          if (hash >>> 0 !== records[2 * k]) continue;
          const nameId = packed >>> 8;
          if (key.startsWith(nameKey(nameId), start)) found.push({ nameId, at: start });
        }
      }
    }
    return found;
  }
}
