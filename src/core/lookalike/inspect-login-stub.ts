/** @module A brand that is a common word, whole, beside a login cut short and garbled, on a platform anyone can publish on ("gemini-logau"). */
import { quote } from './explain.ts';
import { compactRaw, isCommonWord } from './names.ts';
import { keptTargetsOf, match, type Context } from './report.ts';
import { publishedOn } from './shared-hosting.ts';

/** A word that starts as "login" does, its letters doubled or not ("logau", "loogiipayusa", "lloogeein"). */
const LOGIN_STUB = /^l+o+g/;

/** Letters such a word needs: "log" alone is a log's. */
const MIN_STUB = 4;

/** Software's own words that start so, no word of the dictionary list: a logger's, a log's book, a logout. */
const LOG_WORDS = new Set(['logger', 'loggers', 'logout', 'logoff']);

/** Whether a word starts as "login" does and is none of the words that start so ("logbook" is a log and a book). */
const isLoginStub = (word: string): boolean =>
  word.length >= MIN_STUB && LOGIN_STUB.test(word) && !isCommonWord(word) && !LOG_WORDS.has(word) && !isLogAndWord(word);

/** "log" and a word of 4+ letters ("logbook"): two words, no login garbled ("loggin" keeps its "gin"). */
const isLogAndWord = (word: string): boolean => word.startsWith('log') && word.length >= 7 && isCommonWord(word.slice(3));

/**
 * A brand that is a common word (gemini, kraken), written whole as a word of the name a publisher chose
 * on a platform anyone can publish on, beside a word that starts as "login" does and is no word itself
 * ("gemini-logau.gitbook.io", "gemini-loogiipayusa.godaddysites.com"): the kits that fill such platforms
 * cut and garble the lure past any edit count, and nobody names a page for the word so. A warning, read
 * only where nothing else was found.
 */
export function inspectLoginStub(ctx: Context, text: string, platform: string): void {
  const words = text.split(/[-.]+/).map(compactRaw).filter(Boolean);
  const stub = words.find(isLoginStub);
  if (stub === undefined) return;
  for (const word of words) {
    if (word === stub) continue;
    for (const hit of match(ctx, word, 0)) {
      if (hit.kind !== 'exact' || !hit.same || !ctx.index.isCommon(hit.nameId)) continue;
      const told = `${quote(word)} beside ${quote(stub)}, a login cut short, ${publishedOn(platform)}`;
      for (const target of keptTargetsOf(ctx, hit.nameId)) if (!ctx.findings.has(target.organization)) ctx.findings.add(target, 'brand_embedded', told, 0.6);
    }
  }
}
