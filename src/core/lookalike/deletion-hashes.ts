/** @module The SymSpell deletion neighbourhood of a name, hashed in place: every variant with up to two letters left out, and its filter group. */

import { GROUP_COUNT } from '../grouped-presence-filter.ts';

const BASE = 0x01000193;
/** Prefix hashes and powers, reused: building a million names' neighbourhoods allocates nothing per name. */
let PRE = new Uint32Array(64);
let POW = new Uint32Array(64);

/** The hash of key[a..b) from prefix hashes and powers. A module function, not a closure: this runs ten million times. */
function span(pre: Uint32Array, pow: Uint32Array, a: number, b: number): number {
  return (pre[b]! - Math.imul(pre[a]!, pow[b - a]!)) >>> 0;
}

/**
 * The presence-filter group of a variant: its first two characters and its length, which most of a
 * query's variants share (all but those missing one of the first two letters), in 14 bits: 5 of the
 * first character, 4 of the length (15 for any longer), 5 of the second. Groups are laid out in that
 * order, so a query's groups (its first letter, at its length and one or two less) lie close
 * together: pages the processor has just looked up, where groups hashed apart cost a page walk each.
 */
const groupOf = (first: number, second: number, length: number): number =>
  ((first & 31) << 9) | ((length < 15 ? length : 15) << 5) | (second & 31);

/**
 * Writes into `out` from `start` the polynomial hash (mod 2^32) of `key` with up to `deletions`
 * characters left out, the SymSpell deletion neighbourhood, and into `groups` (same places) each
 * variant's group (see `groupOf`); returns where it stopped. Both must have room for `variantCount`
 * entries (`onlyMost`: only the variants with exactly `deletions` characters left out). Prefix sums
 * make each variant O(1), so a 15-letter name's 121 variants cost 121
 * multiplications, not 121 passes over the name. A name with doubled letters gives some variants
 * twice; callers tolerate repeats.
 */
export function deletionHashes(key: string, deletions: number, out: Uint32Array, groups: Uint16Array, start: number, onlyMost = false): number {
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
  const k0 = key.charCodeAt(0);
  const k1 = key.charCodeAt(1);
  const k2 = key.charCodeAt(2);
  const k3 = key.charCodeAt(3);
  let at = start;
  const fewer = !onlyMost || deletions === 0;
  if (fewer) {
    groups[at] = groupOf(k0, k1, n);
    out[at++] = pre[n]!;
  }
  if (deletions < 1) return at;
  for (let i = 0; i < n; i++) {
    if (fewer || deletions === 1) {
      groups[at] = i === 0 ? groupOf(k1, k2, n - 1) : i === 1 ? groupOf(k0, k2, n - 1) : groupOf(k0, k1, n - 1);
      out[at++] = (Math.imul(pre[i]!, pow[n - 1 - i]!) + span(pre, pow, i + 1, n)) >>> 0;
    }
    if (deletions < 2) continue;
    const head = Math.imul(pre[i]!, pow[Math.max(0, n - 2 - i)]!);
    for (let j = i + 1; j < n; j++) {
      groups[at] = twoLeftOutGroup(i, j, k0, k1, k2, k3, n - 2);
      out[at++] = (head + Math.imul(span(pre, pow, i + 1, j), pow[n - 1 - j]!) + span(pre, pow, j + 1, n)) >>> 0;
    }
  }
  return at;
}

/** The group of the variant with characters i and j (i < j) left out, from the name's first four characters. */
function twoLeftOutGroup(i: number, j: number, k0: number, k1: number, k2: number, k3: number, length: number): number {
  if (i >= 2) return groupOf(k0, k1, length);
  if (i === 1) return groupOf(k0, j === 2 ? k3 : k2, length);
  return j === 1 ? groupOf(k2, k3, length) : j === 2 ? groupOf(k1, k3, length) : groupOf(k1, k2, length);
}

let SCRATCH = new Uint32Array(256);
let SCRATCH_GROUPS = new Uint16Array(256);

/**
 * The deletion neighbourhood of a query and its groups (`onlyMost`: only the variants with exactly
 * `deletions` letters left out), in buffers reused by every call: valid until the next call. Returns
 * the buffers and how many entries they hold.
 */
export function queryDeletionHashes(key: string, deletions: number, onlyMost = false): { hashes: Uint32Array; groups: Uint16Array; count: number } {
  const needed = variantCount(key.length, deletions, onlyMost);
  if (needed > SCRATCH.length) {
    SCRATCH = new Uint32Array(2 * needed);
    SCRATCH_GROUPS = new Uint16Array(2 * needed);
  }
  return { hashes: SCRATCH, groups: SCRATCH_GROUPS, count: deletionHashes(key, deletions, SCRATCH, SCRATCH_GROUPS, 0, onlyMost) };
}

/**
 * How many variants a key of this length has (`onlyMost`: those with exactly `deletions` letters left
 * out): sizes the table without generating them twice.
 */
export function variantCount(length: number, deletions: number, onlyMost = false): number {
  const counts = [1, length, (length * (length - 1)) / 2];
  return onlyMost ? counts[deletions]! : counts.slice(0, deletions + 1).reduce((a, b) => a + b, 0);
}

