/** @module The SymSpell deletion neighbourhood of a name, hashed in place: every variant with up to two letters left out. */

const BASE = 0x01000193;
/** Prefix hashes and powers, reused: building a million names' neighbourhoods allocates nothing per name. */
let PRE = new Uint32Array(64);
let POW = new Uint32Array(64);

/** The hash of key[a..b) from prefix hashes and powers. A module function, not a closure: this runs ten million times. */
function span(pre: Uint32Array, pow: Uint32Array, a: number, b: number): number {
  return (pre[b]! - Math.imul(pre[a]!, pow[b - a]!)) >>> 0;
}

/**
 * Writes into `out` from `start` the polynomial hash (mod 2^32) of `key` with up to `deletions`
 * characters left out, the SymSpell deletion neighbourhood, and returns where it stopped; `out` must
 * have room for `variantCount` hashes. Prefix sums make each variant O(1), so a 15-letter name's 121
 * variants cost 121 multiplications, not 121 passes over the name. A name with doubled letters gives
 * some variants twice; callers tolerate repeats.
 */
export function deletionHashes(key: string, deletions: number, out: Uint32Array, start: number): number {
  const n = key.length;
  if (n + 1 > PRE.length) {
    PRE = new Uint32Array(2 * (n + 1));
    POW = new Uint32Array(2 * (n + 1));
  }
  const pre = PRE;
  const pow = POW;
  pre[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    pre[i + 1] = (Math.imul(pre[i]!, BASE) + key.charCodeAt(i)) >>> 0;
    pow[i + 1] = Math.imul(pow[i]!, BASE) >>> 0;
  }
  let at = start;
  out[at++] = pre[n]!;
  if (deletions < 1) return at;
  for (let i = 0; i < n; i++) {
    out[at++] = (Math.imul(pre[i]!, pow[n - 1 - i]!) + span(pre, pow, i + 1, n)) >>> 0;
    if (deletions < 2) continue;
    const head = Math.imul(pre[i]!, pow[Math.max(0, n - 2 - i)]!);
    for (let j = i + 1; j < n; j++) {
      out[at++] = (head + Math.imul(span(pre, pow, i + 1, j), pow[n - 1 - j]!) + span(pre, pow, j + 1, n)) >>> 0;
    }
  }
  return at;
}

let SCRATCH = new Uint32Array(256);

/**
 * The deletion neighbourhood of a query, in a buffer reused by every call: valid until the next call.
 * Returns the buffer and how many hashes it holds.
 */
export function queryDeletionHashes(key: string, deletions: number): { hashes: Uint32Array; count: number } {
  const needed = variantCount(key.length, deletions);
  if (needed > SCRATCH.length) SCRATCH = new Uint32Array(2 * needed);
  return { hashes: SCRATCH, count: deletionHashes(key, deletions, SCRATCH, 0) };
}

/** How many variants a key of this length has: sizes the table without generating them twice. */
export const variantCount = (length: number, deletions: number): number =>
  1 + (deletions >= 1 ? length : 0) + (deletions >= 2 ? (length * (length - 1)) / 2 : 0);

