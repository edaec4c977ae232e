/** @module Edit distances (optimal string alignment, and Damerau–Levenshtein where a swap and a letter left out meet), and the keyboard and vowel facts typo rules read. */

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

/**
 * Damerau–Levenshtein distance (swaps may have letters added or left out between them), or max + 1
 * when it exceeds max. OSA counts "insgtram" three edits from "instagram"; a reader sees two: an "a"
 * left out, then the "tg" it leaves swapped. Slower than `osaDistance` (a full table): asked only
 * where the two can differ (see `typoDistance`).
 * @example damerauDistance('insgtram', 'instagram', 2) // 2
 */
export function damerauDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  // Row i + 1 and column j + 1 of the table hold prefixes of i and j characters; row and column 0 a bound.
  const width = n + 2;
  if ((m + 2) * width > TABLE.length) TABLE = new Int32Array(2 * (m + 2) * width);
  if (m > SEEN_CODES.length) [SEEN_CODES, SEEN_ROWS] = [new Int32Array(2 * m), new Int32Array(2 * m)];
  const table = TABLE;
  const infinity = m + n;
  table[0] = infinity;
  for (let i = 0; i <= m; i++) {
    table[(i + 1) * width] = infinity;
    table[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= n; j++) {
    table[j + 1] = infinity;
    table[width + j + 1] = j;
  }
  // The last row of `a` each character was seen in (0: not yet): names are short, so a list, not a map.
  let seen = 0;
  for (let i = 1; i <= m; i++) {
    let lastColumn = 0;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let i1 = 0;
      for (let k = 0; k < seen; k++) if (SEEN_CODES[k] === bj) i1 = SEEN_ROWS[k]!;
      const j1 = lastColumn;
      const cost = ai === bj ? 0 : 1;
      if (cost === 0) lastColumn = j;
      table[(i + 1) * width + j + 1] = Math.min(
        table[i * width + j]! + cost,
        table[(i + 1) * width + j]! + 1,
        table[i * width + j + 1]! + 1,
        table[i1 * width + j1]! + (i - i1 - 1) + 1 + (j - j1 - 1),
      );
    }
    let k = 0;
    while (k < seen && SEEN_CODES[k] !== ai) k++;
    SEEN_CODES[k] = ai;
    SEEN_ROWS[k] = i;
    if (k === seen) seen++;
  }
  return Math.min(table[(m + 1) * width + n + 1]!, max + 1);
}

let SEEN_CODES = new Int32Array(64);
let SEEN_ROWS = new Int32Array(64);
let TABLE = new Int32Array(64 * 64);

/**
 * Typo distance: Damerau–Levenshtein, worked out through OSA, the cheaper, which agrees with it up to
 * two edits. Within two, they differ only by a swap across one letter added or left out, so only
 * lengths one apart need the full table (typo searches ask this of many candidates).
 */
export function typoDistance(a: string, b: string, max: number): number {
  const osa = osaDistance(a, b, max);
  if (osa < 3 || max < 2 || (max === 2 && Math.abs(a.length - b.length) !== 1)) return osa;
  return damerauDistance(a, b, max);
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
