/** @module Matching one piece of a name (a label, a word, a handle) against the official names. */
import { osaDistance } from './edit-distance.ts';
import { hashStart, hashStep } from '../hash-table.ts';
import { queryDeletionHashes } from './deletion-hashes.ts';
import { formsOf, MIN_TOKEN_LENGTH, TOKEN_PREFIX, tokenStartBit, type LookalikeIndex } from './lookalike-index.ts';
import { isKeyword } from './keywords.ts';
import { compactRaw, compactSkeleton, isCommonWord, isCompoundOfCommonWords } from './names.ts';

export type WordHit =
  /** Same skeleton: `same` when written exactly as the official name, otherwise a homoglyph. */
  | { kind: 'exact'; nameId: number; same: boolean }
  /** Within the typo floors; `repeated` when only repeated letters differ ("krakenn", "mettammask"). */
  | { kind: 'typo'; nameId: number; distance: number; repeated: boolean };

const ASCII = /^[\x00-\x7f]*$/;

/**
 * An extra letter at the end that is neither a repeat nor a plural makes a new name more often than
 * a slip ("krakend", "amazone" are real, unrelated sites): not counted as a typo. "metamasks" is.
 */
function isNewEnding(official: string, lookalike: string): boolean {
  if (lookalike.length !== official.length + 1 || !lookalike.startsWith(official)) return false;
  const added = lookalike.at(-1);
  return added !== official.at(-1) && added !== 's';
}

/**
 * Official names this piece equals by skeleton or is a typo of. A common word is only ever the brand
 * itself ("ledger" in "ledger-live.com"), never a typo or an ASCII lookalike of one ("finance" is not
 * "binance"). Names under 3 characters ("x", "fb") count like common words: whole, beside a lure.
 */
export function matchWord(index: LookalikeIndex, piece: string, maxTypos = 2): WordHit[] {
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
  // Real words put together ("metatask", "openseed") are one letter from a brand by chance; the
  // brand with something added ("metamasks") is not.
  let compound: boolean | undefined;
  for (const { form, kind } of queryForms) {
    // Two edits only reach names of 10+ letters, so only pieces of 8+; collapsed forms get one.
    const deletions = Math.min(maxTypos, raw.length >= 8 && kind !== 'collapsed' ? 2 : 1);
    const { hashes, count } = queryDeletionHashes(form, deletions);
    index.beginVisit();
    for (let k = 0; k < count; k++) {
      index.typos.forEach(hashes[k]!, (formId) => {
        if (!index.firstVisit(formId)) return;
        const nameId = index.formName(formId);
        const held = hits.get(nameId);
        if (held && (held.kind === 'exact' || held.repeated)) return;
        const official = index.formText(formId);
        const allowed = index.formEdits(formId);
        const distance = osaDistance(form, official, allowed);
        if (distance < 1 || distance > allowed || isNewEnding(official, form)) return;
        compound ??= isCompoundOfCommonWords(raw);
        if (compound && !raw.startsWith(index.nameRaw(nameId))) return;
        if (!held || distance < held.distance) hits.set(nameId, { kind: 'typo', nameId, distance, repeated: false });
      });
    }
  }
  return [...hits.values()];
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
      index.tokens.forEach(h, (id) => {
        const name = index.nameKey(id);
        if (name.length === length && key.startsWith(name, start)) found.push({ nameId: id, at: start });
      });
    }
  }
  return found;
}
