/**
 * @module Which characters two texts share, by a longest common subsequence: a table for long texts,
 * a word of bits per row for the short official values nearly every comparison has.
 */

/**
 * The longest official text aligned by bits: its characters are the bits of one signed 32-bit word,
 * and a row's sum stays below 2^31.
 */
export const MAX_BIT_COLUMNS = 30;

/**
 * The characters `a[start..aEnd)` and `b[start..bEnd)` share, marked 1 in `sharedA` and `sharedB`
 * (the `start` characters before, equal on both sides, are not touched); returns how many they share.
 * One longest common subsequence is taken, walking both texts from the front: a shared character
 * when the two are equal, else a step along `a` when that keeps as much in common as a step along
 * `b`. Both methods below take the same one.
 */
export type Aligner = (a: Int32Array, aEnd: number, b: Int32Array, bEnd: number, start: number, sharedA: Uint8Array, sharedB: Uint8Array) => number;

export const alignCodes: Aligner = (a, aEnd, b, bEnd, start, sharedA, sharedB) =>
  (bEnd - start <= MAX_BIT_COLUMNS ? alignByBits : alignByTable)(a, aEnd, b, bEnd, start, sharedA, sharedB);

/** The table of suffix lengths, reused by every alignment (one runs at a time) and grown as needed. */
let TABLE = new Uint16Array(1024);

/** The textbook way: lengths of every pair of suffixes in a table, then the walk. */
export const alignByTable: Aligner = (a, aEnd, b, bEnd, start, sharedA, sharedB) => {
  const rows = aEnd - start;
  const columns = bEnd - start;
  const width = columns + 1;
  const cells = (rows + 1) * width;
  if (cells > TABLE.length) TABLE = new Uint16Array(cells);
  const lcs = TABLE;
  // Only the last row and column, which the recurrence reads first, must start at 0.
  for (let k = rows * width; k < cells; k++) lcs[k] = 0;
  for (let i = 0; i < rows; i++) lcs[i * width + columns] = 0;
  for (let i = rows - 1; i >= 0; i--) {
    const code = a[start + i];
    const row = i * width;
    const below = row + width;
    for (let j = columns - 1; j >= 0; j--) {
      if (code === b[start + j]) lcs[row + j] = lcs[below + j + 1]! + 1;
      else {
        const down = lcs[below + j]!;
        const right = lcs[row + j + 1]!;
        lcs[row + j] = down > right ? down : right;
      }
    }
  }
  for (let i = 0, j = 0; i < rows && j < columns; ) {
    if (a[start + i] === b[start + j]) {
      sharedA[start + i++] = 1;
      sharedB[start + j++] = 1;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) i++;
    else j++;
  }
  return lcs[0]!;
};

/** Per number of `a`'s characters read from its end, the bit row after them (see `alignByBits`). */
let ROWS = new Int32Array(257);
/** Which of `b`'s characters each character code matches, in a small open-addressing table (codes, -1 for none). */
const MASK_CODES = new Int32Array(64).fill(-1);
const MASK_BITS = new Int32Array(64);
/** The slots an alignment filled, to empty them after. */
const USED_SLOTS = new Int32Array(MAX_BIT_COLUMNS);

const slotOf = (code: number): number => {
  let slot = Math.imul(code, 0x9e3779b1) >>> 26;
  while (MASK_CODES[slot] !== -1 && MASK_CODES[slot] !== code) slot = (slot + 1) & 63;
  return slot;
};

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * The same alignment from bit rows (Allison and Dix 1986, Hyyrö 2004): both texts reversed, so that
 * a prefix of theirs is a suffix of ours, `b`'s characters are the bits of a word, and each character
 * of `a` updates the row in a few word operations. The suffix length at (i, j) is then the number of
 * zero bits among the low `columns - j` bits of the row after `rows - i` characters. About a tenth of
 * the table's work on a host and the official domain it imitates.
 */
export const alignByBits: Aligner = (a, aEnd, b, bEnd, start, sharedA, sharedB) => {
  const rows = aEnd - start;
  const columns = bEnd - start;
  if (rows >= ROWS.length) ROWS = new Int32Array(2 * rows + 1);
  // Bit t stands for b's character columns - 1 - t: b read from its end.
  for (let t = 0; t < columns; t++) {
    const code = b[bEnd - 1 - t]!;
    const slot = slotOf(code);
    MASK_CODES[slot] = code;
    MASK_BITS[slot]! |= 1 << t;
    USED_SLOTS[t] = slot;
  }
  const full = columns === 0 ? 0 : (1 << columns) - 1;
  const rowBits = ROWS;
  let v = full;
  rowBits[0] = v;
  for (let k = 0; k < rows; k++) {
    const slot = slotOf(a[aEnd - 1 - k]!);
    const u = v & (MASK_CODES[slot] === -1 ? 0 : MASK_BITS[slot]!);
    v = ((v + u) | (v - u)) & full;
    rowBits[k + 1] = v;
  }
  for (let t = 0; t < columns; t++) {
    MASK_CODES[USED_SLOTS[t]!] = -1;
    MASK_BITS[USED_SLOTS[t]!] = 0;
  }
  for (let i = 0, j = 0; i < rows && j < columns; ) {
    if (a[start + i] === b[start + j]) {
      sharedA[start + i++] = 1;
      sharedB[start + j++] = 1;
    } else if (suffixLength(rowBits, rows, columns, i + 1, j) >= suffixLength(rowBits, rows, columns, i, j + 1)) i++;
    else j++;
  }
  return suffixLength(rowBits, rows, columns, 0, 0);
};

/** The length in common of a's characters from i and b's from j (counted after the shared start), from the bit rows. */
function suffixLength(rowBits: Int32Array, rows: number, columns: number, i: number, j: number): number {
  const width = columns - j;
  return width - popcount(rowBits[rows - i]! & ((1 << width) - 1));
}
