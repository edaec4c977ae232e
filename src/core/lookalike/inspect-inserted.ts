/**
 * @module A brand named by two words written with another word put between them ("openprojectsea",
 * "0penprosea" for OpenSea), as a word of a name on a platform anyone can publish on.
 */
import { quote } from './explain.ts';
import { commonWordEnds, compactSkeleton, isCommonWord } from './names.ts';
import { keptTargetsOf, type Context } from './report.ts';
import { readDigitsAsLetters } from './skeleton.ts';

/** Letters each of the brand's two words needs: shorter ones ("uni" of Uniswap) begin and end too many words. */
const MIN_PART = 3;

/** Letters put between them: one makes a typo (read elsewhere); more than a word or two is another name. */
const MIN_INSERTED = 2;
const MAX_INSERTED = 8;

const ZERO = /0/g;
const LETTERS_ONLY = /^[a-z]+$/;

/** The ends of the common words a word starts with (see `commonWordEnds`), reused: one word at a time. */
const HEADS = new Int32Array(64);

/**
 * The words of `name` (between its dots and hyphens, digits read as the letters they look like) that
 * start with a common word and end with another, which together, without the letters between them,
 * spell an official name: "open" + "project" + "sea". Read only when nothing else was found, and only
 * in the part a publisher chose on a platform anyone can publish on, where the kits that fill such
 * platforms write so: elsewhere honest names put words between words too ("gatesopenresearch"). A
 * warning, told with the contact's evidence (a lure first, else the platform).
 */
export function inspectInserted(ctx: Context, name: string): void {
  for (const written of name.split(/[.-]+/)) {
    if (written.length < 2 * MIN_PART + MIN_INSERTED) continue;
    // Digits written for letters as they look (0 for o too, which skeletons read but this reading does not).
    const word = readDigitsAsLetters(written).replace(ZERO, 'o');
    if (!LETTERS_ONLY.test(word)) continue;
    // The common words the word starts with, read in one pass; then those it ends with, once each.
    const heads = commonWordEnds(word, 0, word.length - MIN_PART - MIN_INSERTED, HEADS);
    let firstHead = 0;
    while (firstHead < heads && HEADS[firstHead]! < MIN_PART) firstHead++;
    if (firstHead === heads) continue;
    const tails: number[] = [];
    for (let tail = MIN_PART; tail <= word.length - MIN_PART - MIN_INSERTED; tail++) if (isCommonWord(word.slice(word.length - tail))) tails.push(tail);
    for (let h = firstHead; h < heads; h++) {
      const head = HEADS[h]!;
      const first = word.slice(0, head);
      for (const tail of tails) {
        const inserted = word.length - head - tail;
        if (inserted < MIN_INSERTED || inserted > MAX_INSERTED) continue;
        const second = word.slice(word.length - tail);
        const nameId = officialNameId(ctx, first + second);
        if (nameId === undefined) continue;
        const told = `${quote(written)} is ${quote(first + second)} with ${quote(word.slice(head, word.length - tail))} put between ${quote(first)} and ${quote(second)}, ${ctx.evidence.clause}`;
        for (const target of keptTargetsOf(ctx, nameId)) ctx.findings.add(target, 'brand_embedded', told, 0.65);
      }
    }
  }
}

/** The official name written exactly as `letters`, by one lookup of its form (a full match reads every form of it). */
function officialNameId(ctx: Context, letters: string): number | undefined {
  const formId = ctx.index.formId(compactSkeleton(letters));
  if (formId === undefined || ctx.index.formKind(formId) !== 'skeleton') return undefined;
  const nameId = ctx.index.formName(formId);
  return ctx.index.nameRaw(nameId) === letters ? nameId : undefined;
}
