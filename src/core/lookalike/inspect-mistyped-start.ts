/**
 * @module A brand mistyped at the start of a name on a platform anyone can publish on, run into a lure
 * garbled past reading ("metamskkloinz.webflow.io": metamask and login), or at either end of a word
 * beside a campaign's tag under a TLD phishers favour ("netfflixcas.live").
 */
import { typoDistance } from './edit-distance.ts';
import { underFavouredTld } from './evidence.ts';
import { quote, typoDifferences } from './explain.ts';
import { isKeyword, spellsRealWords } from './keywords.ts';
import { garbledLure, MIN_GARBLED_LURE } from './lure-frames.ts';
import { compactRaw, isCommonWord, isForeignWord } from './names.ts';
import { keptTargetsOf, match, officialRaw, type Context } from './report.ts';
import { publishedOn } from './shared-hosting.ts';

/** Letters a name needs to be read this way: a brand of six, less a typo, and a garbled lure. */
const MIN_LETTERS = 8;
/**
 * Letters of the official name, at least: one typo from a name of five is where too many made-up words
 * start ("gamna" of gemini is three, but "lidoa", "curvi" are one), and such kits garble the longer ones.
 */
const MIN_NAME = 6;
/** Letters of an official name that lets its start take two typos ("metmsk" of metamask). */
const TWO_TYPOS = 8;

const NOT_LETTERS = /[^a-z]/g;

/**
 * A word of the publisher's part whose first letters are an official name of 6+ letters with one typo
 * ("metamsk", "gmini", "exodu"), or one of 8+ with two ("methmsak", not cut short by both: "telegr" of
 * "telegraf" starts too many words), and whose other letters spell no word, keyword or words put
 * together but hold a lure's letters in order, all but two (`garbledLure`: "kloinz" and "loges" of login,
 * "wailoiet" of wallet). Phishing kits that fill such platforms write brand and lure so; honest names
 * there put words after a name, which other readings judge ("trevorsmith", "gemina-studio"), and a name
 * written whole inside ("telegramanying") was read already by the checks for brands inside names, which
 * weigh its place. Read only where nothing else was found, a warning: the likeness is loose, and the
 * place and the lure are what give it away.
 */
export function inspectMistypedStart(ctx: Context, published: string, platform: string): void {
  for (const written of published.split(/[.-]+/)) {
    const letters = compactRaw(written).replace(NOT_LETTERS, '');
    if (letters.length < MIN_LETTERS || isCommonWord(letters) || isForeignWord(letters) || spellsRealWords(letters)) continue;
    // A cut inside a word the name starts with reads a brand in that word's letters ("offici" of "officieel").
    for (let cut = Math.max(MIN_NAME - 1, wordAtStart(letters) + 1); cut + MIN_GARBLED_LURE <= letters.length; cut++) {
      const head = letters.slice(0, cut);
      const rest = letters.slice(cut);
      // The head is no word: the cut comes after the longest word the name starts with.
      if (!spellsNothing(rest)) continue;
      const lure = garbledLure(rest);
      if (lure === null) continue;
      for (const hit of match(ctx, head, 2)) {
        const name = officialRaw(ctx, hit.nameId);
        const typos = name.length >= TWO_TYPOS ? 2 : 1;
        if (hit.kind !== 'typo' || name.length < MIN_NAME || letters.includes(name)) continue;
        const distance = typoDistance(head, name, typos);
        // Two letters left out are the name cut short, which starts too many words ("telegr" of "telegraf").
        if (distance > typos || (distance === 2 && head.length < name.length - 1)) continue;
        const told = `${typoDifferences(head, name, distance)}, run into ${quote(rest)}, a garbled ${quote(lure)}, ${publishedOn(platform)}`;
        for (const target of keptTargetsOf(ctx, hit.nameId)) ctx.findings.add(target, 'typo', told, 0.65);
        return;
      }
    }
  }
}

/** Letters a campaign's tag beside a mistyped brand may have (see `inspectMistypedBesideTag`). */
const MOST_TAG = 4;
/** Letters of an official name whose typo counts beside a tag: one typo from a shorter one is too many made-up words. */
const MIN_TAGGED_NAME = 7;

/**
 * A word of a name under a TLD phishers favour that is an official name of MIN_TAGGED_NAME+ letters, no
 * common word or alias, with one typo, and a few letters at one end that spell nothing, a campaign's tag
 * ("netfflixcas.live", "gbwhtsapp.pro"). Read only where nothing else was found, a warning.
 */
export function inspectMistypedBesideTag(ctx: Context, name: string, tld: string): void {
  for (const written of name.split(/[.-]+/)) {
    const letters = compactRaw(written).replace(NOT_LETTERS, '');
    if (letters.length < MIN_TAGGED_NAME || isCommonWord(letters) || isForeignWord(letters) || spellsRealWords(letters)) continue;
    for (let tag = 1; tag <= MOST_TAG && letters.length - tag >= MIN_TAGGED_NAME - 1; tag++) {
      for (const [piece, rest] of [[letters.slice(0, -tag), letters.slice(-tag)], [letters.slice(tag), letters.slice(0, tag)]] as const) {
        if (!spellsNothing(rest) || isCommonWord(piece)) continue;
        for (const hit of match(ctx, piece, 1)) {
          const official = officialRaw(ctx, hit.nameId);
          if (hit.kind !== 'typo' || official.length < MIN_TAGGED_NAME || ctx.index.isCommon(hit.nameId) || ctx.index.isAlias(hit.nameId) || letters.includes(official)) continue;
          const distance = typoDistance(piece, official, 1);
          if (distance > 1) continue;
          const told = `${typoDifferences(piece, official, distance)}, beside ${quote(rest)}, ${underFavouredTld(tld)}`;
          for (const target of keptTargetsOf(ctx, hit.nameId)) ctx.findings.add(target, 'typo', told, 0.65);
          return;
        }
      }
    }
  }
}

/** Letters of the longest word, common or of another language, a name starts with (0 for none of 4+ letters). */
function wordAtStart(letters: string): number {
  for (let length = letters.length; length >= MIN_WORD; length--) {
    const start = letters.slice(0, length);
    if (isCommonWord(start) || isForeignWord(start)) return length;
  }
  return 0;
}

const MIN_WORD = 4;

/** Whether letters spell no word, keyword or words put together: a garble, or a campaign's tag. */
const spellsNothing = (letters: string): boolean => !isCommonWord(letters) && !isKeyword(letters) && !spellsRealWords(letters);
