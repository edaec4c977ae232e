/** @module Matching one piece of a name (a label, a word, a handle) against the official names. */
import { hashStart, hashStep } from '../string-hash.ts';
import { queryDeletionHashes } from './deletion-hashes.ts';
import { areKeyboardNeighbours, isVowelSwap, osaDistance, shareDeletionVariant } from './edit-distance.ts';
import { allowedEdits, formsOf, MIN_TOKEN_LENGTH, TOKEN_PREFIX, tokenStartBit, type LookalikeIndex } from './lookalike-index.ts';
import { isKeyword } from './keywords.ts';
import { compactRaw, compactSkeleton, isCommonWord, isCompoundOfCommonWords } from './names.ts';

export type WordHit =
  /** Same skeleton: `same` when written exactly as the official name, otherwise a homoglyph. */
  | { kind: 'exact'; nameId: number; same: boolean }
  /** Within the typo floors; `repeated` when only repeated letters differ ("krakenn", "mettammask"). */
  | { kind: 'typo'; nameId: number; distance: number; repeated: boolean };

const ASCII = /^[\x00-\x7f]*$/;

/** Characters of like shape, which a glance takes for each other ("pancakeswaq", "coinbas3"). */
const LIKE_SHAPES = new Set(['pq', 'gq', 'bd', 'uv', 'mn', 'hn', 'ce', 'co', 'il', 'ij', 'lt', '3e', '4a', '5s', '0o', '1i', '1l', '7t', '8b', '9g']);
const likeShapes = (a: string, b: string) => LIKE_SHAPES.has(a < b ? a + b : b + a);

/**
 * An extra letter at the end that is neither a repeat nor a plural makes a new name more often than
 * a slip ("krakend", "amazone" are real, unrelated sites): not counted as a typo. "metamasks" is.
 * So does a last letter changed for one neither beside it on the keyboard, of like shape, nor a
 * vowel for a vowel ("telegraf", "paypay"); "coinbasr" and "pancakeswaq" are slips or disguises.
 */
function isNewEnding(official: string, lookalike: string): boolean {
  if (lookalike.length === official.length && lookalike.slice(0, -1) === official.slice(0, -1)) {
    const [was, now] = [official.at(-1)!, lookalike.at(-1)!];
    return !areKeyboardNeighbours(was, now) && !isVowelSwap(was, now) && !likeShapes(was, now);
  }
  if (lookalike.length !== official.length + 1 || !lookalike.startsWith(official)) return false;
  const added = lookalike.at(-1);
  return added !== official.at(-1) && added !== 's';
}

/**
 * Edits allowed between a piece and an official name of `length` letters: the floors, plus a
 * second edit for names of 7–9 letters when the piece keeps the name's first and last letters.
 * Readers anchor on a word's ends, so phishers garble its middle ("watlsapp", "arbutrium"), while
 * real names built on a brand change its ending ("openstax", "metamako", "phantomjs").
 */
function editsAllowed(official: string, form: string, length: number): number {
  const floor = allowedEdits(length);
  if (length < 7 || floor !== 1) return floor;
  return form[0] === official[0] && form.at(-1) === official.at(-1) ? 2 : 1;
}

/**
 * Official names this piece equals by skeleton or is a typo of. A common word is only ever the brand
 * itself ("ledger" in "ledger-live.com"), never a typo or an ASCII lookalike of one ("finance" is not
 * "binance"). Names under 3 characters ("x", "fb") count like common words: whole, beside a lure.
 * `lured`: the piece stands beside a lure, so real words put together ("metatask") count as typos too.
 */
export function matchWord(index: LookalikeIndex, piece: string, maxTypos = 2, lured = false, candidates: TypoCandidates = fromIndex): WordHit[] {
  const key = compactSkeleton(piece);
  if (!key) return [];
  const raw = compactRaw(piece);
  const common = isCommonWord(raw);
  const hits = new Map<number, WordHit>();
  const queryForms = formsOf(key);
  for (const { form, kind } of queryForms) {
    const formId = index.formId(form);
    if (formId === undefined) continue;
    const nameId = index.formName(formId);
    const same = raw === index.nameRaw(nameId);
    // Names under 3 letters ("fb", "x") match written exactly (then only beside a lure) or through look-alike letters.
    if (hits.has(nameId) || (key.length < 3 && !same && ASCII.test(raw))) continue;
    if (same) hits.set(nameId, { kind: 'exact', nameId, same });
    else if (common) continue;
    // Only the piece's own repeats count: "aavee" and "binnance" repeat letters, "ave" is not "aave".
    else if (kind === 'collapsed') hits.set(nameId, { kind: 'typo', nameId, distance: 1, repeated: true });
    else if (index.formKind(formId) !== 'collapsed') hits.set(nameId, { kind: 'exact', nameId, same });
  }
  // Lures are words of their own: "login" is not a typo of a brand named "lonin".
  if (common || isKeyword(raw) || raw.length < 4 || maxTypos === 0 || raw.length > index.longestName + 2) return [...hits.values()];
  for (const { form, kind } of queryForms) {
    // Two edits reach names of 7+ letters only (indexed with one deletion below 10), so only pieces
    // of 8+; collapsed forms get one.
    const deletions = Math.min(maxTypos, raw.length >= 8 && kind !== 'collapsed' ? 2 : 1);
    const found = candidates(index, form, deletions, FOUND);
    for (let k = 0; k < found.count; k++) {
      const formId = found.ids[k]!;
      const nameId = index.formName(formId);
      const held = hits.get(nameId);
      if (held && (held.kind === 'exact' || held.repeated)) continue;
      const distance = typoDistance(index, formId, form, deletions, raw, lured);
      if (distance > 0 && (!held || distance < held.distance)) hits.set(nameId, { kind: 'typo', nameId, distance, repeated: false });
    }
  }
  return [...hits.values()];
}

/** Form ids, in a buffer that grows as needed and is reused by every search. */
export class FormIds {
  ids = new Uint32Array(64);
  count = 0;

  clear(): this {
    this.count = 0;
    return this;
  }

  push(formId: number): void {
    if (this.count === this.ids.length) {
      const wider = new Uint32Array(2 * this.ids.length);
      wider.set(this.ids);
      this.ids = wider;
    }
    this.ids[this.count++] = formId;
  }
}

/** Candidates are read before the next search starts (a search never runs inside another), so one buffer serves all. */
const FOUND = new FormIds();

/** Every official form that may be a typo of `form`, each once, into `out`: a superset, which `typoDistance` narrows. */
export type TypoCandidates = (index: LookalikeIndex, form: string, deletions: number, out: FormIds) => FormIds;

/** The forms sharing a deletion variant with the query form, through the index: cost grows with the form, not the registry. */
const fromIndex: TypoCandidates = (index, form, deletions, out) => {
  out.clear();
  const { hashes, groups, count } = queryDeletionHashes(form, deletions);
  const typos = index.typos;
  // Nearly every variant is absent: the presence filter drops most before the table is read.
  const possible = index.typoFilter.keepPossible(hashes, groups, count);
  index.beginVisit();
  for (let k = 0; k < possible; k++) {
    typos.seek(hashes[k]!);
    for (let formId = typos.next(); formId !== -1; formId = typos.next()) {
      if (index.firstVisit(formId)) out.push(formId);
    }
  }
  return out;
};

/** Every form a typo may be of: what the index must agree with (tests compare the two). */
export const fullScan: TypoCandidates = (index, _form, _deletions, out) => {
  out.clear();
  for (let formId = 0; formId < index.formCount; formId++) if (index.formEdits(formId) > 0) out.push(formId);
  return out;
};

/**
 * How many edits make the query form `form` (of a piece written `raw`, searched with `deletions`
 * deletions) the official form `formId`, when the rules count it a typo; 0 when they do not. The
 * index only finds the candidates: this decides, so a full scan with it gives the same answers.
 */
function typoDistance(index: LookalikeIndex, formId: number, form: string, deletions: number, raw: string, lured: boolean): number {
  const official = index.formText(formId);
  const nameId = index.formName(formId);
  let allowed = index.formEdits(formId);
  // Only a skeleton gets a second edit; its name's length is read only when one may be due.
  if (allowed === 1 && index.formKind(formId) === 'skeleton') allowed = editsAllowed(official, form, index.nameRaw(nameId).length);
  const distance = osaDistance(form, official, allowed);
  if (distance < 1 || distance > allowed || isNewEnding(official, form)) return 0;
  // A second edit on a name indexed with one deletion counts only where the index reaches it,
  // checked exactly so that no hash collision decides.
  if (distance === 2 && index.formEdits(formId) === 1 && !shareDeletionVariant(form, official, deletions, 1)) return 0;
  // Real words put together ("metatask", "openseed") are one letter from a brand by chance; the
  // brand with something added ("metamasks") is not. Beside a lure ("busines-support-facebock") the
  // likeness is meant, whatever words it spells.
  if (!lured && isCompoundOfCommonWords(raw) && !raw.startsWith(index.nameRaw(nameId))) return 0;
  return distance;
}

/**
 * Official names (5+ characters) found anywhere inside a compact skeleton: "mybinancewallet" holds
 * "binance". Cost grows with the text, not with the registry.
 */
export function findTokens(index: LookalikeIndex, key: string): Array<{ nameId: number; at: number }> {
  const found: Array<{ nameId: number; at: number }> = [];
  const maxLength = index.tokenLengths.length - 1;
  for (let start = 0; start + MIN_TOKEN_LENGTH <= key.length; start++) {
    let h = hashStart;
    for (let end = start; end < key.length && end - start < maxLength; end++) {
      h = hashStep(h, key.charCodeAt(end));
      const length = end - start + 1;
      if (length === TOKEN_PREFIX) {
        const bit = tokenStartBit(h);
        if ((index.tokenStarts[bit >>> 5]! & (1 << (bit & 31))) === 0) break;
      }
      if (index.tokenLengths[length] !== 1) continue;
      index.tokens.seek(h);
      for (let id = index.tokens.next(); id !== -1; id = index.tokens.next()) {
        const name = index.nameKey(id);
        if (name.length === length && key.startsWith(name, start)) found.push({ nameId: id, at: start });
      }
    }
  }
  return found;
}
