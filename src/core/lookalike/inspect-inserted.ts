/**
 * @module A brand named by two words written with another word put between them ("openprojectsea",
 * "0penprosea" for OpenSea), as a word of a domain that shows other signs of phishing.
 */
import { quote } from './explain.ts';
import { isCommonWord } from './names.ts';
import { keptTargetsOf, match, type Context } from './report.ts';
import { readDigitsAsLetters } from './skeleton.ts';

/** Letters each of the brand's two words needs: shorter ones ("uni" of Uniswap) begin and end too many words. */
const MIN_PART = 3;

/** Letters put between them: one makes a typo (read elsewhere); more than a word or two is another name. */
const MIN_INSERTED = 2;
const MAX_INSERTED = 8;

const ZERO = /0/g;

/**
 * The words of `name` (between its dots and hyphens, digits read as the letters they look like) that
 * start with a common word and end with another, which together, without the letters between them,
 * spell an official name: "open" + "project" + "sea". Read only when nothing else was found, and only
 * beside the contact's evidence (a lure, a platform anyone can publish on, digits among letters, a TLD
 * phishers favour): honest names put words between words too ("gatesopenresearch"). A warning.
 */
export function inspectInserted(ctx: Context, name: string): void {
  const clause = ctx.evidence.clause;
  if (clause === null) return;
  for (const written of name.split(/[.-]+/)) {
    // Digits written for letters as they look (0 for o too, which skeletons read but this reading does not).
    const word = readDigitsAsLetters(written).replace(ZERO, 'o');
    if (word.length < 2 * MIN_PART + MIN_INSERTED || !/^[a-z]+$/.test(word)) continue;
    for (let head = MIN_PART; head + MIN_INSERTED + MIN_PART <= word.length; head++) {
      const first = word.slice(0, head);
      if (!isCommonWord(first)) continue;
      const shortestTail = Math.max(MIN_PART, word.length - head - MAX_INSERTED);
      for (let tail = word.length - head - MIN_INSERTED; tail >= shortestTail; tail--) {
        const second = word.slice(word.length - tail);
        if (!isCommonWord(second)) continue;
        const between = word.slice(head, word.length - tail);
        for (const hit of match(ctx, first + second, 0)) {
          if (hit.kind !== 'exact' || !hit.same) continue;
          const told = `${quote(written)} is ${quote(first + second)} with ${quote(between)} put between ${quote(first)} and ${quote(second)}, ${clause}`;
          for (const target of keptTargetsOf(ctx, hit.nameId)) ctx.findings.add(target, 'brand_embedded', told, 0.65);
        }
      }
    }
  }
}
