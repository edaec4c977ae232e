/** @module Brands respelled past the typo floors beside a lure on platforms anyone can publish on, found by their consonants and measured in edits. */
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../src/core/lookalike/data/common-words.generated.ts';
import { closestWindow } from '../../src/core/lookalike/edit-distance.ts';
import { findLure } from '../../src/core/lookalike/lure-frames.ts';
import { check, indexOf } from '../support/index.ts';
import { EVAL_REGISTRY } from './registry.ts';

const index = indexOf(EVAL_REGISTRY);
/** Matches of this check: a typo told beside a lure on a platform (the scrambled check tells consonants kept). */
const respelled = (input: string) =>
  check(index, input).matches.filter((m) => /typos? away from "[^"]+": .*, beside "[^"]+"(, read as "[^"]+")?, on [^,]+, where anyone can publish a site\.$/.test(m.explanation));

describe('closestWindow', () => {
  it.each([
    ['kucoin', 'kukvinloggn', 2, { distance: 2, start: 0, end: 6 }],
    ['metamask', 'matemsakkwalllat', 3, { distance: 3, start: 0, end: 8 }],
    ['exodus', 'exaduswolleta', 2, { distance: 1, start: 0, end: 6 }],
    // Of stretches as close, the one starting with the name's letter, then the longest.
    ['kraken', 'uskirakeen', 2, { distance: 2, start: 2, end: 10 }],
    ['kucoin', 'loginkucoin', 2, { distance: 0, start: 5, end: 11 }],
  ])('finds %s in %s', (name, text, max, window) => {
    expect(closestWindow(name, text, max)).toEqual(window);
  });

  it('answers null when no stretch is within the bound', () => {
    expect(closestWindow('metamask', 'portfoliologin', 3)).toBeNull();
  });
});

describe('findLure', () => {
  it.each([
    ['loggn', { start: 0, end: 5, word: 'login' }],
    ['xxhelpzz', { start: 2, end: 6, word: 'help' }],
    ['logiinb', { start: 0, end: 6, word: 'login' }],
    ['lvewallat', { start: 3, end: 9, word: 'wallet' }],
    ['extnsion', { start: 0, end: 8, word: 'extension' }],
  ])('reads %s', (letters, span) => {
    expect(findLure(letters)).toEqual(span);
  });

  it.each([
    // The sign-in and the wallet with a consonant slipped: one added between the first and last, or two neighbours swapped.
    ['loghinhng', { start: 0, end: 6, word: 'login' }],
    ['gloiun', { start: 0, end: 6, word: 'login' }],
    ['signhin', { start: 0, end: 7, word: 'signin' }],
    ['wawaltn', { start: 0, end: 6, word: 'wallet' }],
  ])('reads %s with a consonant slipped, where asked to', (letters, span) => {
    expect(findLure(letters, true)).toEqual(span);
    expect(findLure(letters)).toBeNull();
  });

  it('finds none in other words', () => {
    expect(findLure('portfolio')).toBeNull();
    // Other lures slipped are in too many made-up names: "kibupu" is no backup, "skat" no security.
    expect(findLure('kibupu', true)).toBeNull();
    expect(findLure('skat', true)).toBeNull();
  });
});

describe('respelled brands', () => {
  it.each([
    ['kukvinloggn.webflow.io', 'kucoin'],
    ['loginkinucein.webflow.io', 'kucoin'],
    ['kuxcoinlogiinb.webflow.io', 'kucoin'],
    ['matemsakk-walllat.gitbook.io', 'metamask'],
    ['exaduswolleta.godaddysites.com', 'exodus'],
    // Beside a sign-in or a wallet respelled in turn.
    ['kiucuoingloiun.webflow.io', 'kucoin'],
    ['mthmsakloghinhng.webflow.io', 'metamask'],
    // A name of 6 letters with half its letters changed, where nothing else could be read.
    ['kogcinlougen.webflow.io', 'kucoin'],
    ['gaaminelugen.webflow.io', 'gemini'],
    // Two neighbouring consonants swapped; a name of 8+ letters respelled at its length or longer with four edits.
    ['coinsbiaesign-ins.gitbook.io', 'coinbase'],
    ['conesbaasesign-in.gitbook.io', 'coinbase'],
    // A sign-in or a wallet garbled past reading at the end; words in front of the brand.
    ['kukvinlogix.webflow.io', 'kucoin'],
    ['exodduswe-bwalle.gitbook.io', 'exodus'],
    ['kuinbass-pr-logzx.godaddysites.com', 'coinbase'],
    // A wallet's browser extension garbled so: its first three letters, then others.
    ['cuenbseexteionn.webflow.io', 'coinbase'],
    ['gettingmetamsklogin.gitbook.io', 'metamask'],
    // A consonant of the name left out ("mtmk" for metamask's "mtmsk", "tzr" for trezor's "trzr").
    ['mettemakllugin.webflow.io', 'metamask'],
    ['logahontezor.gitbook.io', 'trezor'],
    // The brand between two lures, its last consonant left out ("trz" for trezor's "trzr").
    ['help--treozio-support.webflow.io', 'trezor'],
    // Hardware wallets' setup page and app, which their kits name ("trezor.io/start", Trezor Suite).
    ['web---treorze-suite.webflow.io', 'trezor'],
    ['iostart-trezon.wixstudio.com', 'trezor'],
  ])('finds %s as %s', (input, slug) => {
    const answer = check(index, input);
    expect(answer.verdict).toBe('lookalike');
    expect(answer.matches.map((m) => m.organization.slug)).toEqual([slug]);
  });

  it('explains the letters changed and the lure beside them, as a warning', () => {
    expect(check(index, 'kukvinloggn.webflow.io').matches).toMatchObject([
      {
        organization: { slug: 'kucoin' },
        reasons: ['typo'],
        severity: 'warning',
        explanation:
          'Imitates KuCoin\'s kucoin.com: "kukvin" is two typos away from "kucoin": "k" in place of "c" (letters that sound alike), "v" in place of "o", beside "loggn", read as "login", on webflow.io, where anyone can publish a site.',
      },
    ]);
  });

  it.each([
    ['kukvinloggn.com', 'not on a platform anyone can publish on: the name is its owner\'s'],
    ['kukvinzzz.webflow.io', 'no lure beside it'],
    ['kukvinzzzzzzloggn.webflow.io', 'letters of their own between the brand and the lure'],
    ['magmaliterate-login.gitbook.io', 'the brand\'s letters across other words ("gmal" of gmail)'],
    ['portfoliotutorlogin.webflow.io', 'real words put together'],
    ['kcinlogin.webflow.io', 'a name of 6 letters with two left out is another word'],
    ['gominohelp.webflow.io', 'two vowels changed in a name of 6 letters make another word'],
    ['login-indispensablelegions.pages.dev', 'a word with a lure\'s consonants is that word ("legion")'],
    ['tunislogin.webflow.io', 'an alias two edits off is another name ("tunis" of Apple\'s itunes)'],
    ['kochanie-login.gitbook.io', 'a word of another language three edits from a name of 6 letters (Polish "kochanie", kucoin)'],
    ['garmin-login.godaddysites.com', 'a popular site\'s name three edits from a name of 6 letters (gemini)'],
    ['kalkinhelp.gitbook.io', 'a made-up product\'s name three edits from a name of 6 letters (kucoin) beside no sign-in'],
    ['mesusklogin.gitbook.io', 'a name of 8 letters cut shorter with a fourth edit ("mesusk" of metamask)'],
    ['kukvinlogic.webflow.io', 'a word at the end is no garbled sign-in ("logic")'],
    ['kukvinwalls.webflow.io', 'a word at the end is no garbled wallet ("walls")'],
    ['consistedloganapp.pages.dev', 'a common word on the lure\'s side ("consisted", four edits from coinbase)'],
    ['nurbattemejursecure.pages.dev', 'a fourth edit from another first letter ("urbattem" of arbitrum)'],
  ])('leaves %s alone (%s)', (input) => {
    expect(check(index, input).verdict).toBe('not_official');
  });

  it('leaves made-up names and everyday words beside a lure alone, on platforms anyone can publish on', () => {
    const words = COMMON_WORDS.split(' ').filter((w) => /^[a-z]{4,}$/.test(w));
    const lures = ['login', 'help', 'support', 'wallet', 'secure', 'app'];
    const platforms = ['webflow.io', 'gitbook.io', 'godaddysites.com', 'vercel.app', 'pages.dev'];
    // Made-up names of two to three syllables, as projects and shops name themselves ("tomaku", "belvanor").
    let seed = 7;
    const random = (below: number) => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) % below;
    const pick = <T>(from: ArrayLike<T>): T => from[random(from.length)]!;
    const syllable = () => pick('bcdfghjklmnprstvwz') + pick('aeiou') + (random(3) === 0 ? pick('lnrst') : '');
    const flagged: string[] = [];
    for (let k = 0; k < 4_000; k++) {
      const madeUp = Array.from({ length: 2 + random(2) }, syllable).join('');
      const twoWords = pick(words) + pick(words);
      for (const name of [madeUp, twoWords]) {
        const lure = pick(lures);
        const host = `${random(2) ? `${lure}-${name}` : `${name}${lure}`}.${pick(platforms)}`;
        if (respelled(host).length) flagged.push(host);
      }
    }
    expect(flagged).toEqual([]);
  });
});
