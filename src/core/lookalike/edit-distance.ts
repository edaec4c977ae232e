/** @module Edit distances (optimal string alignment, and Damerau–Levenshtein where a swap and a letter left out meet) and what the edits were. */

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
 * left out, then the "tg" it leaves swapped. Slower than `osaDistance` (a full table): asked only of
 * pairs OSA puts just past a second edit.
 * @example damerauDistance('insgtram', 'instagram', 2) // 2
 */
export function damerauDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const [m, n] = [a.length, b.length];
  const width = n + 2;
  if ((m + 2) * width > TABLE.length) TABLE = new Int32Array(2 * (m + 2) * width);
  const table = TABLE;
  const infinity = m + n;
  const at = (i: number, j: number) => i * width + j;
  table[at(0, 0)] = infinity;
  for (let i = 0; i <= m; i++) [table[at(i + 1, 0)], table[at(i + 1, 1)]] = [infinity, i];
  for (let j = 0; j <= n; j++) [table[at(0, j + 1)], table[at(1, j + 1)]] = [infinity, j];
  // The last row of `a` each character was seen in (0: not yet): short names, so a list, not a map.
  const seen: Array<[number, number]> = [];
  const lastRow = (code: number) => seen.find(([c]) => c === code)?.[1] ?? 0;
  for (let i = 1; i <= m; i++) {
    let lastColumn = 0;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const [i1, j1] = [lastRow(b.charCodeAt(j - 1)), lastColumn];
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      if (cost === 0) lastColumn = j;
      table[at(i + 1, j + 1)] = Math.min(
        table[at(i, j)]! + cost,
        table[at(i + 1, j)]! + 1,
        table[at(i, j + 1)]! + 1,
        table[at(i1, j1)]! + (i - i1 - 1) + 1 + (j - j1 - 1),
      );
    }
    const entry = seen.find(([c]) => c === ai);
    if (entry) entry[1] = i;
    else seen.push([ai, i]);
  }
  return Math.min(table[at(m + 1, n + 1)]!, max + 1);
}

let TABLE = new Int32Array(64 * 64);

/** Typo distance: Damerau–Levenshtein, worked out through OSA, the cheaper, which agrees with it up to two edits. */
export function typoDistance(a: string, b: string, max: number): number {
  const osa = osaDistance(a, b, max);
  return osa >= 3 && max >= 2 ? damerauDistance(a, b, max) : osa;
}

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
 * a person would describe: the first difference from the left, then from the right. A differing
 * middle is one substitution ("rn" in place of "m", as a homoglyph is told) unless `eachEdit` asks
 * for its two edits one by one (as a typo is told).
 * @example describeEdits('binance', 'binnance') // [{ kind: 'insertion', at: 3, original: '', changed: 'n' }]
 */
export function describeEdits(official: string, lookalike: string, eachEdit = false): Edit[] {
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
  // A swap across a letter left out or added (see `damerauDistance`): "insgtram" leaves out the "a" of
  // "instagram", then swaps the "tg" that leaves.
  if (o.length === 3 && l.length === 2 && o[0] === l[1] && o[2] === l[0]) {
    return [{ kind: 'deletion', at: start + 1, original: o[1]!, changed: '' }, { kind: 'transposition', at: start, original: o[0]! + o[2]!, changed: l }];
  }
  if (o.length === 2 && l.length === 3 && l[0] === o[1] && l[2] === o[0]) {
    return [{ kind: 'transposition', at: start, original: o, changed: l[0]! + l[2] }, { kind: 'insertion', at: start + 1, original: '', changed: l[1]! }];
  }
  if (o.length === l.length && o.length <= 2) {
    return [...o].flatMap((ch, k) => (ch === l[k] ? [] : [{ kind: 'substitution' as const, at: start + k, original: ch, changed: l[k]! }]));
  }
  if (o.length === 0) return [{ kind: 'insertion', at: start, original: '', changed: l }];
  if (l.length === 0) return [{ kind: 'deletion', at: start, original: o, changed: '' }];
  return (eachEdit ? alignedEdits(o, l, start) : null) ?? [{ kind: 'substitution', at: start, original: o, changed: l }];
}

/**
 * The two edits turning `o` into `l` (both the differing middles of longer names, from `start`), read
 * back from an OSA table: "watlsapp" leaves out the "h" of "whatsapp" and adds an "l", where one
 * clause for the whole middle ("atl" in place of "hat") would leave the reader to find them. Null when
 * more than two edits are needed.
 */
function alignedEdits(o: string, l: string, start: number): Edit[] | null {
  const [m, n] = [o.length, l.length];
  const d = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const swapped = (i: number, j: number) => i > 1 && j > 1 && o[i - 1] === l[j - 2] && o[i - 2] === l[j - 1];
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (o[i - 1] === l[j - 1] ? 0 : 1));
      if (swapped(i, j)) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  if (d[m]![n]! > 2) return null;
  const edits: Edit[] = [];
  for (let [i, j] = [m, n]; i > 0 || j > 0; ) {
    const here = d[i]![j]!;
    if (i > 0 && j > 0 && o[i - 1] === l[j - 1] && here === d[i - 1]![j - 1]) [i, j] = [i - 1, j - 1];
    else if (swapped(i, j) && here === d[i - 2]![j - 2]! + 1) {
      edits.push({ kind: 'transposition', at: start + i - 2, original: o.slice(i - 2, i), changed: l.slice(j - 2, j) });
      [i, j] = [i - 2, j - 2];
    } else if (i > 0 && j > 0 && here === d[i - 1]![j - 1]! + 1) {
      edits.push({ kind: 'substitution', at: start + i - 1, original: o[i - 1]!, changed: l[j - 1]! });
      [i, j] = [i - 1, j - 1];
    } else if (i > 0 && here === d[i - 1]![j]! + 1) {
      edits.push({ kind: 'deletion', at: start + i - 1, original: o[i - 1]!, changed: '' });
      i--;
    } else {
      edits.push({ kind: 'insertion', at: start + i, original: '', changed: l[j - 1]! });
      j--;
    }
  }
  return edits.reverse();
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
