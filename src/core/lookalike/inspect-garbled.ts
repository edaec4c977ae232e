/**
 * @module A long brand garbled past the typo floors, three edits spread over it ("myentervallet" for
 * myetherwallet, "pankakiswoap" for pancakeswap), as a word of a domain.
 */
import { differingMiddle } from './describe-edits.ts';
import { osaDistance, typoDistance } from './edit-distance.ts';
import { typoDifferences } from './explain.ts';
import { spellsRealWords } from './keywords.ts';
import { LONG_NAME } from './long-names.ts';
import { isCommonWord, isForeignWord } from './names.ts';
import { keptTargetsOf, type Context } from './report.ts';
import { isLowerLetter as isLetter } from './skeleton.ts';

/** Edits a long name keeps its likeness through: the floors give names of 10+ letters two. */
const EDITS = 3;

/**
 * Letters of the name the three edits must spread over (from the first letter they change to the last):
 * a block of letters replaced in a name built of words is another name of the same build
 * ("myetpwallet", "myegemwallet": a coin of their own in MyEtherWallet's "my…wallet"), where a phisher's
 * garbling reaches across the name ("myentervallet", "trustewaelt").
 */
const SPREAD = 5;

/** Letters a word needs: a name of LONG_NAME letters less three. */
const SHORTEST_WORD = LONG_NAME - EDITS;

/** Dots, hyphens and underscores part the words of a name. */
const isSeparator = (code: number): boolean => code === 46 || code === 45 || code === 95;

/**
 * The words of `name` (between its dots, hyphens and underscores) of letters only that are three edits
 * from an official name of LONG_NAME+ letters, its first two letters and its last kept and the edits
 * spread over it (`SPREAD`): the typo floors stop at two edits, but a name this long garbled so is still
 * that name to a reader ("myentervallet", "pankakiswoap"). Words of the dictionary and real words put
 * together are left alone, and an alias is read as the organization's own names are. Read only where
 * nothing else was found; a warning, as the likeness is loose. Its first two letters kept, not just its
 * first: against the bench's million channels, 84 of 10,000 other made-up names are read so (121 with the
 * first letter alone), where the other checks flag 7,341 of them (names of one generator lie close).
 */
export function inspectGarbled(ctx: Context, name: string): void {
  for (let start = 0; start + SHORTEST_WORD <= name.length; ) {
    // Read in place: most names hold no word this long of letters only, and nothing is cut out for them.
    let end = start;
    let letters = true;
    for (; end < name.length && !isSeparator(name.charCodeAt(end)); end++) if (!isLetter(name.charCodeAt(end))) letters = false;
    const from = start;
    start = end + 1;
    if (!letters || end - from < SHORTEST_WORD) continue;
    const word = name.slice(from, end);
    if (isCommonWord(word) || isForeignWord(word) || spellsRealWords(word)) continue;
    ctx.index.longNames.forEachNear(word, EDITS, (nameId) => {
      const official = ctx.index.nameRaw(nameId);
      // The banded count first, which most names handed over leave early; the full one (a swap across a
      // letter added or left out, see `typoDistance`) fills its whole table.
      if (osaDistance(word, official, EDITS) !== EDITS || typoDistance(word, official, EDITS) !== EDITS || changedSpan(official, word) < SPREAD) return;
      const told = `${typoDifferences(word, official, EDITS)}, spread over a name of ${official.length} letters`;
      for (const target of keptTargetsOf(ctx, nameId)) if (!ctx.findings.has(target.organization)) ctx.findings.add(target, 'typo', told, 0.65);
    });
  }
}

/**
 * Letters from the first that `written` does not keep in place to the last (their shared start and end
 * left out), in the official name or in the word, whichever is longer: letters added across a name
 * ("myethernswallnet") spread the garbling as letters changed do.
 */
function changedSpan(official: string, written: string): number {
  const { start, endO, endL } = differingMiddle(official, written);
  return Math.max(endO, endL) - start;
}
