/**
 * @module A brand cut short or respelled beside the word of one of its own products ("trez-bridge",
 * "ldgrei-live", "suite-trzer"): the product's word tells which brand the few letters stand for.
 */
import { consonantFrame } from './consonant-frames.ts';
import { quote } from './explain.ts';
import type { ProductName } from './lookalike-index.ts';
import { compactRaw, compactSkeleton, isCommonWord } from './names.ts';
import { keptTargetsOf, type Context } from './report.ts';
import { spellsRealWords } from './keywords.ts';

/** Letters the brand's stretch needs at least: three are in too many words. */
const MIN_STRETCH = 4;

/** Letters a product's word keeps when written without its last letter ("suit" of "suite"): fewer are any word's. */
const SHORTEST_CUT_WORD = 4;

/** Letters a stretch may have past the brand's own ("trezorio" holds "io"). */
const MAX_LONGER = 2;

/** The brand's first consonants a stretch must keep, in order ("trz" of trezor, "ldg" of ledger). */
const KEPT_CONSONANTS = 3;

/**
 * A brand of 6+ letters cut short or respelled, as a piece of the name or run on from its product's
 * word, beside that word ("bridge-eng-trez", "desktp--ldgrei-live", "app-suit-trez-x"): its first letter,
 * its first three consonants in order, at most one consonant more, and no word of its own unless it is
 * the brand cut short ("ledge" of ledger; "lodge" is a lodge). Phishing kits for hardware wallets name
 * their pages after the product a buyer is sent to set up, and cut or garble the brand past the typo
 * floors; nobody else puts a word of that product beside those letters. A warning, read only where
 * nothing else was found. `text`: the name's part to read.
 */
export function inspectCutBesideProduct(ctx: Context, text: string): void {
  const products = ctx.index.productWords;
  if (!products.size) return;
  const pieces = text.split(/[-.]+/).map((piece) => compactRaw(piece).replace(/[^a-z]/g, '')).filter(Boolean);
  for (let i = 0; i < pieces.length; i++) {
    for (const { word, written, stretches } of productWordsIn(pieces, i, products)) {
      for (const product of products.get(word)!) {
        const stretch = stretches.find((s) => standsForBrand(s, product.brand));
        if (stretch === undefined) continue;
        report(ctx, product, stretch, written);
        return;
      }
    }
  }
}

/** A product's word found in a piece, as written, with the letters beside it that may be its brand's. */
interface ProductWordFound {
  word: string;
  written: string;
  stretches: string[];
}

/**
 * The product words piece `i` is, or holds (or is, less the word's last letter: "suit"), each with the
 * stretches that may be its brand: the piece's letters before and after the word ("ledg" of
 * "ledglivewalt"), or, where the piece is the word alone, every other piece.
 */
function productWordsIn(pieces: string[], i: number, products: ReadonlyMap<string, ProductName[]>): ProductWordFound[] {
  const piece = pieces[i]!;
  const found: ProductWordFound[] = [];
  for (const word of products.keys()) {
    if (piece === word || (word.length > SHORTEST_CUT_WORD && piece === word.slice(0, -1))) {
      found.push({ word, written: piece, stretches: pieces.filter((_, k) => k !== i) });
      continue;
    }
    const at = piece.indexOf(word);
    if (at >= 0) found.push({ word, written: word, stretches: [piece.slice(0, at), piece.slice(at + word.length)] });
  }
  return found;
}

/** Whether `stretch` stands for `brand` cut short or respelled (see `inspectCutBesideProduct`). */
function standsForBrand(stretch: string, brand: string): boolean {
  if (stretch === brand || stretch[0] !== brand[0] || stretch.length < MIN_STRETCH || stretch.length > brand.length + MAX_LONGER) return false;
  const brandFrame = consonantFrame(brand)?.frame ?? '';
  const frame = consonantFrame(stretch)?.frame ?? '';
  if (brandFrame.length < KEPT_CONSONANTS || !frame.startsWith(brandFrame.slice(0, KEPT_CONSONANTS)) || frame.length > brandFrame.length + 1) return false;
  return brand.startsWith(stretch) || !(isCommonWord(stretch) || spellsRealWords(stretch));
}

function report(ctx: Context, product: ProductName, stretch: string, written: string): void {
  const formId = ctx.index.formId(compactSkeleton(product.brand));
  if (formId === undefined) return;
  const nameId = ctx.index.formName(formId);
  const how = product.brand.startsWith(stretch) ? 'cut short' : 'respelled';
  const told = `${quote(stretch)}, ${quote(product.brand)} ${how}, beside ${quote(written)}, as in its product ${quote(product.product)}`;
  for (const target of keptTargetsOf(ctx, nameId)) if (!ctx.findings.has(target.organization)) ctx.findings.add(target, 'typo', told, 0.65);
}
