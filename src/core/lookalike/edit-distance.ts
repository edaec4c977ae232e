/** @module Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps) and what the edits were. */

/**
 * OSA distance between a and b, or max + 1 as soon as it must exceed max (so callers pay for near pairs only).
 * @example osaDistance('binance', 'biannce', 2) // 1: one adjacent swap
 */
export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three rows reused across calls: the lookalike search verifies thousands of candidates a second.
  if (n + 1 > ROWS[0]!.length) ROWS.forEach((_, k) => (ROWS[k] = new Int32Array(2 * (n + 1))));
  let [prev2, prev, row] = ROWS as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

const ROWS: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export type EditKind = 'insertion' | 'deletion' | 'substitution' | 'transposition';

export interface Edit {
  kind: EditKind;
  /** Index in the imitated name where the edit happens. */
  at: number;
  /** Characters of the imitated name (deleted, replaced or swapped). */
  original: string;
  /** Characters in the lookalike (inserted, replacing or swapped). */
  changed: string;
}

/**
 * The edits turning `official` into `lookalike`, when they are at most two and differ in a way
 * a person would describe: the first difference from the left, then from the right.
 * @example describeEdits('binance', 'binnance') // [{ kind: 'insertion', at: 3, original: '', changed: 'n' }]
 */
export function describeEdits(official: string, lookalike: string): Edit[] {
  let start = 0;
  while (start < official.length && start < lookalike.length && official[start] === lookalike[start]) start++;
  let endO = official.length;
  let endL = lookalike.length;
  while (endO > start && endL > start && official[endO - 1] === lookalike[endL - 1]) {
    endO--;
    endL--;
  }
  const o = official.slice(start, endO);
  const l = lookalike.slice(start, endL);
  if (o.length === 2 && l.length === 2 && o[0] === l[1] && o[1] === l[0]) return [{ kind: 'transposition', at: start, original: o, changed: l }];
  if (o.length === l.length && o.length <= 2) {
    return [...o].flatMap((ch, k) => (ch === l[k] ? [] : [{ kind: 'substitution' as const, at: start + k, original: ch, changed: l[k]! }]));
  }
  if (o.length === 0) return [{ kind: 'insertion', at: start, original: '', changed: l }];
  if (l.length === 0) return [{ kind: 'deletion', at: start, original: o, changed: '' }];
  return [{ kind: 'substitution', at: start, original: o, changed: l }];
}

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = new Set('aeiouy');

/** Whether two letters sit side by side (or diagonally) on a QWERTY keyboard. */
export function areKeyboardNeighbours(a: string, b: string): boolean {
  const find = (ch: string) => {
    for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
      const c = KEYBOARD_ROWS[r]!.indexOf(ch);
      if (c >= 0) return [r, c] as const;
    }
    return null;
  };
  const pa = find(a);
  const pb = find(b);
  if (!pa || !pb || a === b) return false;
  return Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] - pb[1]) <= 1;
}

export const isVowelSwap = (a: string, b: string) => a !== b && VOWELS.has(a) && VOWELS.has(b);

/**
 * Whether `a` with at most `fromA` letters left out and `b` with at most `fromB` left out can be the
 * same text: the test a deletion-neighbourhood index answers, made exact (the index's hashes can
 * collide). True when a common subsequence is long enough: LCS(a, b) ≥ max(|a| − fromA, |b| − fromB).
 */
export function shareDeletionVariant(a: string, b: string, fromA: number, fromB: number): boolean {
  const need = Math.max(a.length - fromA, b.length - fromB);
  if (need <= 0) return true;
  if (b.length + 1 > LCS_ROWS[0]!.length) LCS_ROWS.forEach((_, k) => (LCS_ROWS[k] = new Uint8Array(2 * (b.length + 1))));
  let [previous, current] = LCS_ROWS as [Uint8Array, Uint8Array];
  previous.fill(0, 0, b.length + 1);
  current[0] = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]! >= need;
}

/** Two rows reused across calls, as in `osaDistance`. */
const LCS_ROWS: Uint8Array[] = [new Uint8Array(64), new Uint8Array(64)];
