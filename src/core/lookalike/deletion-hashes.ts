/** @module The SymSpell deletion neighbourhood of a name, hashed in place: every variant with up to two letters left out. */

const BASE = 0x01000193;
/** Prefix hashes and powers, reused: building a million names' neighbourhoods allocates nothing per name. */
let PRE = new Uint32Array(64);
let POW = new Uint32Array(64);

/**
 * Calls `visit` with the polynomial hash (mod 2^32) of `key` with up to `deletions` characters left
 * out: the SymSpell deletion neighbourhood. Prefix sums make each variant O(1), so a 15-letter name's
 * 121 variants cost 121 multiplications, not 121 passes over the name. A name with doubled letters
 * visits some variants twice; callers tolerate repeats.
 */
export function forEachDeletionHash(key: string, deletions: number, visit: (hash: number) => void): void {
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
  // hash of key[a..b)
  const span = (a: number, b: number) => (pre[b]! - Math.imul(pre[a]!, pow[b - a]!)) >>> 0;
  visit(pre[n]!);
  if (deletions < 1) return;
  for (let i = 0; i < n; i++) {
    visit((Math.imul(pre[i]!, pow[n - 1 - i]!) + span(i + 1, n)) >>> 0);
    if (deletions < 2) continue;
    const head = Math.imul(pre[i]!, pow[Math.max(0, n - 2 - i)]!);
    for (let j = i + 1; j < n; j++) {
      visit((head + Math.imul(span(i + 1, j), pow[n - 1 - j]!) + span(j + 1, n)) >>> 0);
    }
  }
}

/** How many variants a key of this length has: sizes the table without generating them twice. */
export const variantCount = (length: number, deletions: number): number =>
  deletions === 0 ? 0 : 1 + length + (deletions === 2 ? (length * (length - 1)) / 2 : 0);

