/** @module What the edits between a name and its lookalike were, one by one, as an explanation tells them. */

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
 * The edits turning `official` into `lookalike`, as a person would describe them: the first
 * difference from the left, then from the right. A differing middle is one substitution ("rn" in
 * place of "m", as a homoglyph is told) unless `eachEdit` asks for its edits one by one (as a typo is
 * told, up to MAX_ALIGNED_EDITS).
 * @example describeEdits('binance', 'binnance') // [{ kind: 'insertion', at: 3, original: '', changed: 'n' }]
 */
export function describeEdits(official: string, lookalike: string, eachEdit = false): Edit[] {
  const { start, endO, endL } = differingMiddle(official, lookalike);
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
 * Where two texts differ, their shared start and end left out: official[start, endO) against
 * lookalike[start, endL) (the end read back no further than the start).
 */
export function differingMiddle(official: string, lookalike: string): { start: number; endO: number; endL: number } {
  let start = 0;
  while (start < official.length && start < lookalike.length && official[start] === lookalike[start]) start++;
  let endO = official.length;
  let endL = lookalike.length;
  while (endO > start && endL > start && official[endO - 1] === lookalike[endL - 1]) {
    endO--;
    endL--;
  }
  return { start, endO, endL };
}

/** Edits an explanation names one by one; past them a differing middle is told whole. */
const MAX_ALIGNED_EDITS = 4;

/**
 * The edits turning `o` into `l` (both the differing middles of longer names, from `start`), read
 * back from an OSA table: "watlsapp" leaves out the "h" of "whatsapp" and adds an "l", where one
 * clause for the whole middle ("atl" in place of "hat") would leave the reader to find them. Letters
 * added in one place are one edit to tell ("binacne11": an extra "11"). Null past MAX_ALIGNED_EDITS.
 */
function alignedEdits(o: string, l: string, start: number): Edit[] | null {
  const m = o.length;
  const width = l.length + 1;
  if ((m + 1) * width > ALIGN.length) ALIGN = new Uint16Array(2 * (m + 1) * width);
  const d = ALIGN;
  const cell = (i: number, j: number) => d[i * width + j]!;
  const swapped = (i: number, j: number) => i > 1 && j > 1 && o[i - 1] === l[j - 2] && o[i - 2] === l[j - 1];
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j < width; j++) {
      if (i === 0 || j === 0) d[i * width + j] = i + j;
      else {
        let best = Math.min(cell(i - 1, j) + 1, cell(i, j - 1) + 1, cell(i - 1, j - 1) + (o[i - 1] === l[j - 1] ? 0 : 1));
        if (swapped(i, j)) best = Math.min(best, cell(i - 2, j - 2) + 1);
        d[i * width + j] = best;
      }
    }
  }
  if (cell(m, width - 1) > MAX_ALIGNED_EDITS) return null;
  const edits: Edit[] = [];
  for (let i = m, j = width - 1; i > 0 || j > 0; ) {
    const here = cell(i, j);
    if (i > 0 && j > 0 && o[i - 1] === l[j - 1] && here === cell(i - 1, j - 1)) {
      i--;
      j--;
    } else if (swapped(i, j) && here === cell(i - 2, j - 2) + 1) {
      edits.push({ kind: 'transposition', at: start + i - 2, original: o.slice(i - 2, i), changed: l.slice(j - 2, j) });
      i -= 2;
      j -= 2;
    } else if (i > 0 && j > 0 && here === cell(i - 1, j - 1) + 1) {
      edits.push({ kind: 'substitution', at: start + i - 1, original: o[i - 1]!, changed: l[j - 1]! });
      i--;
      j--;
    } else if (i > 0 && here === cell(i - 1, j) + 1) {
      edits.push({ kind: 'deletion', at: start + i - 1, original: o[i - 1]!, changed: '' });
      i--;
    } else {
      // Read backwards: a letter added just before the last one told joins it.
      const last = edits.at(-1);
      if (last?.kind === 'insertion' && last.at === start + i) last.changed = l[j - 1]! + last.changed;
      else edits.push({ kind: 'insertion', at: start + i, original: '', changed: l[j - 1]! });
      j--;
    }
  }
  return edits.reverse();
}

/** The alignment table, reused (one explanation is written at a time); its values are edit counts of short names. */
let ALIGN = new Uint16Array(256);
