/** @module Matching one piece of a name (a label, a word, a handle) against the official names. */
import { osaDistance } from './edit-distance.ts';
import { hashStart, hashStep } from './hash-table.ts';
import { allowedEdits, deletionHashes, type LookalikeIndex } from './lookalike-index.ts';
import { compactRaw, compactSkeleton, isCommonWord } from './names.ts';

export type WordHit =
  /** Same skeleton. `same` when it is written exactly as the official name, otherwise a homoglyph. */
  | { kind: 'exact'; nameId: number; same: boolean }
  | { kind: 'typo'; nameId: number; distance: number };

/**
 * Official names this piece equals by skeleton or is a typo of. A common English word is only ever
 * the brand itself ("ledger" in "ledger-live.com"), never a typo or an ASCII lookalike of one
 * ("finance" is not "binance", "modem" is not "modern").
 */
export function matchWord(index: LookalikeIndex, piece: string): WordHit[] {
  const key = compactSkeleton(piece);
  if (key.length < 3) return [];
  const raw = compactRaw(piece);
  const common = isCommonWord(raw);
  const hits: WordHit[] = [];
  const exact = index.nameId(key);
  if (exact !== undefined) {
    const same = raw === index.names[exact]!.raw;
    if (same || !common) hits.push({ kind: 'exact', nameId: exact, same });
  }
  if (common || key.length < 4) return hits;
  const seen = new Set<number>();
  for (const h of deletionHashes(key, key.length >= 8 ? 2 : 1)) {
    index.typos.forEach(h, (id) => {
      if (seen.has(id) || id === exact) return;
      seen.add(id);
      const name = index.names[id]!.key;
      const allowed = allowedEdits(name.length);
      const distance = osaDistance(key, name, allowed);
      if (distance >= 1 && distance <= allowed) hits.push({ kind: 'typo', nameId: id, distance });
    });
  }
  return hits;
}

/**
 * Official names (5+ characters, not common words) found anywhere inside a compact skeleton:
 * "mybinancewallet" holds "binance". Cost grows with the text, not with the registry.
 */
export function findTokens(index: LookalikeIndex, key: string): Array<{ nameId: number; at: number }> {
  const found: Array<{ nameId: number; at: number }> = [];
  const maxLength = index.tokenLengths.length - 1;
  for (let start = 0; start < key.length; start++) {
    let h = hashStart;
    for (let end = start; end < key.length && end - start < maxLength; end++) {
      h = hashStep(h, key.charCodeAt(end));
      const length = end - start + 1;
      if (index.tokenLengths[length] !== 1) continue;
      index.tokens.forEach(h, (id) => {
        const name = index.names[id]!.key;
        if (name.length === length && key.startsWith(name, start)) found.push({ nameId: id, at: start });
      });
    }
  }
  return found;
}
