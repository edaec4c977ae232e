/** @module Edit distances (optimal string alignment, and Damerau–Levenshtein where a swap and a letter left out meet), and the keyboard and vowel facts typo rules read. */

/**
 * OSA distance between a and b, or max + 1 as soon as it must exceed max (so callers pay for near pairs only).
 * @example osaDistance('binance', 'biannce', 2) // 1: one adjacent swap
 */
export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const over = max + 1;
  // Three rows reused across calls: the lookalike search verifies thousands of candidates a second.
  if (n + 2 > ROWS[0]!.length) ROWS.forEach((_, k) => (ROWS[k] = new Int32Array(2 * (n + 2))));
  let prev2 = ROWS[0]!;
  let prev = ROWS[1]!;
  let row = ROWS[2]!;
  // Only cells within `max` of the diagonal can stay within `max`: each row is worked out on that band,
  // with the cells just outside it read as over the bound.
  for (let j = 0; j <= Math.min(n, over); j++) prev[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - max);
    const high = Math.min(n, i + max);
    row[low - 1] = low === 1 ? i : over;
    let best = row[low - 1]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (high < n) row[high + 1] = over;
    if (best > max) return over;
    const done = prev2;
    prev2 = prev;
    prev = row;
    row = done;
  }
  return Math.min(prev[n]!, over);
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
  // Two then means a swap across one letter added or left out and nothing else (a swap beside it, or
  // any other edit, OSA counts as well): found in one pass, without the full table.
  if (max === 2) return a.length > b.length ? (swapsAcrossOneLetter(a, b) ? 2 : 3) : swapsAcrossOneLetter(b, a) ? 2 : 3;
  return damerauDistance(a, b, max);
}

/**
 * Whether `longer` is `shorter` with two neighbours swapped and a letter put between them, all else
 * alike: shorter = P y x S, longer = P x c y S ("instagram" of "insgtram": "gt" becomes "tag").
 */
function swapsAcrossOneLetter(longer: string, shorter: string): boolean {
  const n = shorter.length;
  let prefix = 0;
  while (prefix < n && shorter.charCodeAt(prefix) === longer.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < n && shorter.charCodeAt(n - 1 - suffix) === longer.charCodeAt(n - suffix)) suffix++;
  // The swapped pair starts at i: P (i letters) must be a common prefix, S (n - i - 2) a common suffix.
  for (let i = Math.max(0, n - 2 - suffix); i <= Math.min(prefix, n - 2); i++) {
    if (shorter[i] === longer[i + 2] && shorter[i + 1] === longer[i]) return true;
  }
  return false;
}

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = new Set('aeiouy');

/** A key's row and column on a QWERTY keyboard; null for any other character. */
function keyAt(ch: string): readonly [number, number] | null {
  for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
    const c = KEYBOARD_ROWS[r]!.indexOf(ch);
    if (c >= 0) return [r, c];
  }
  return null;
}

/**
 * Whether two keys touch on a QWERTY keyboard: side by side, or diagonally. Each row sits about half a
 * key to the right of the one above, so a key touches the one above it and the one above to its right
 * ("k" touches "i" and "o", not "u"; "i" touches "j" and "k", not "l"), as dnstwist's keyboard map has it.
 */
export function areKeyboardNeighbours(a: string, b: string): boolean {
  const [pa, pb] = [keyAt(a), keyAt(b)];
  if (!pa || !pb || a === b) return false;
  if (pa[0] === pb[0]) return Math.abs(pa[1] - pb[1]) === 1;
  if (Math.abs(pa[0] - pb[0]) !== 1) return false;
  const [upper, lower] = pa[0] < pb[0] ? [pa, pb] : [pb, pa];
  return upper[1] - lower[1] === 0 || upper[1] - lower[1] === 1;
}

/**
 * Whether two keys are at most a key apart across and a row apart, either way: the keys a slipping
 * finger reaches, which include the touching ones and one diagonal further ("l" below and right of
 * "i"). Typo rules count a letter changed for such a key as a slip; an explanation names only the
 * keys that touch (`areKeyboardNeighbours`).
 */
export function areNearOnKeyboard(a: string, b: string): boolean {
  const [pa, pb] = [keyAt(a), keyAt(b)];
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
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length]! >= need;
}

/** Two rows reused across calls, as in `osaDistance`. */
const LCS_ROWS: Uint8Array[] = [new Uint8Array(64), new Uint8Array(64)];

/** Where a name comes closest inside a longer text: `text[start, end)`, `distance` edits from it. */
export interface ClosestWindow {
  distance: number;
  start: number;
  end: number;
}

/**
 * The stretch of `text` fewest edits (OSA) from `name`, when some stretch is at most `max` away; null
 * otherwise. Of stretches as close, the one starting with the name's letter, then the longest: a reader
 * meets "kirakeen" in "uskirakeenlloingg" as kraken, not "irake". A table of |name| × |text| cells
 * (Sellers' algorithm: any stretch of the text may start at no cost), each remembering where its
 * stretch started.
 */
export function closestWindow(name: string, text: string, max: number): ClosestWindow | null {
  const n = name.length;
  const m = text.length;
  const width = m + 1;
  if ((n + 1) * width > WINDOW_COST.length) {
    WINDOW_COST = new Int32Array(2 * (n + 1) * width);
    WINDOW_START = new Int32Array(2 * (n + 1) * width);
  }
  const cost = WINDOW_COST;
  const from = WINDOW_START;
  for (let j = 0; j <= m; j++) {
    cost[j] = 0;
    from[j] = j;
  }
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    cost[row] = i;
    from[row] = 0;
    for (let j = 1; j <= m; j++) {
      // The cells a step comes from: diagonal (a letter kept or changed), above (a name's letter left
      // out), left (a letter added) and, for a swap, two back. Of steps as cheap, the one whose stretch
      // starts earliest: the longer stretch holds the name's first letters.
      const diagonal = row - width + j - 1;
      let best = cost[diagonal]! + (name.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : 1);
      let start = from[diagonal]!;
      const swapped = i > 1 && j > 1 && name.charCodeAt(i - 1) === text.charCodeAt(j - 2) && name.charCodeAt(i - 2) === text.charCodeAt(j - 1);
      for (let step = 0; step < (swapped ? 3 : 2); step++) {
        const at = step === 0 ? row - width + j : step === 1 ? row + j - 1 : row - 2 * width + j - 2;
        const through = cost[at]! + 1;
        if (through < best || (through === best && from[at]! < start)) {
          best = through;
          start = from[at]!;
        }
      }
      cost[row + j] = best;
      from[row + j] = start;
    }
  }
  // The best end: closer first; then a stretch starting with the name's first letter; then the longer.
  let best = -1;
  const last = n * width;
  const rank = (end: number) => (text.charCodeAt(from[last + end]!) === name.charCodeAt(0) ? 1_000 : 0) + end - from[last + end]!;
  for (let end = 1; end <= m; end++) {
    const distance = cost[last + end]!;
    if (distance > max || (best >= 0 && distance > cost[last + best]!)) continue;
    if (best < 0 || distance < cost[last + best]! || rank(end) > rank(best)) best = end;
  }
  return best < 0 ? null : { distance: cost[last + best]!, start: from[last + best]!, end: best };
}

let WINDOW_COST = new Int32Array(1024);
let WINDOW_START = new Int32Array(1024);

/** The length of the longest common subsequence of two short strings. */
export function commonSubsequence(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const next = [0];
    for (let j = 1; j <= b.length; j++) next[j] = a[i - 1] === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!);
    row = next;
  }
  return row[b.length]!;
}
