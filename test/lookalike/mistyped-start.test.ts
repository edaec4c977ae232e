/** @module A brand mistyped at the start of a name run into a garbled lure on a platform anyone can publish on, or beside a campaign's tag under a TLD phishers favour. */
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../src/core/lookalike/data/common-words.generated.ts';
import { check, indexOf } from '../support/index.ts';
import { EVAL_REGISTRY } from './registry.ts';

const index = indexOf(EVAL_REGISTRY);
/** Matches of this reading: a typo told run into a garbled lure. */
const mistypedStart = (input: string) => check(index, input).matches.filter((m) => /, run into "[a-z]+", a garbled "[a-z]+", on /.test(m.explanation));

describe('a brand mistyped at the start of a name, run into a garbled lure', () => {
  it.each([
    ['metamskkloinz.webflow.io', 'metamask'],
    ['gminicilogmix.godaddysites.com', 'gemini'],
    ['exoduwailoiet.webflow.io', 'exodus'],
    ['kralkenloges.gitbook.io', 'kraken'],
    // A word of the publisher's part, between hyphens; digits are no letters of it.
    ['web-giminilogg6.mystrikingly.com', 'gemini'],
    // A name of 8+ letters takes two typos at the start, as long as it is not cut short by both.
    ['methmsakexthnehnsn.webflow.io', 'metamask'],
  ])('finds %s as %s', (input, slug) => {
    const answer = check(index, input);
    expect(answer.verdict).toBe('lookalike');
    expect(mistypedStart(input).map((m) => m.organization.slug)).toEqual([slug]);
  });

  it('explains the typo, the lure garbled after it and the place, as a warning', () => {
    expect(check(index, 'metamskkloinz.webflow.io').matches).toMatchObject([
      {
        organization: { slug: 'metamask' },
        reasons: ['typo'],
        severity: 'warning',
        score: 0.65,
        explanation:
          'Imitates MetaMask\'s metamask.io: "metamsk" is one typo away from "metamask": "a" left out after "metam", run into "kloinz", a garbled "login", on webflow.io, where anyone can publish a site.',
      },
    ]);
  });

  it.each([
    ['metamskkloinz.com', 'not on a platform anyone can publish on: the name is its owner\'s'],
    ['telegramanying.pages.dev', 'the brand written whole, which the checks for brands inside names weigh'],
    ['officieellogen.godaddysites.com', 'the cut inside a word of another language ("offici" of Dutch "officieel")'],
    ['lidoaxqz.webflow.io', 'a name of fewer than 6 letters'],
    ['gemina-studio.webflow.io', 'a word after the name'],
    ['metamskxqzv.webflow.io', 'stray letters that hold no lure'],
    ['kloinzmetamsk.webflow.io', 'the brand at the end, not the start'],
    ['telegraf.js.org', 'a name of 8 letters cut short by two ("telegr"), as the start of many words'],
  ])('leaves %s alone (%s)', (input) => {
    expect(mistypedStart(input)).toEqual([]);
  });

  it('flags no made-up name or everyday word run into stray letters on platforms anyone can publish on', () => {
    const places = ['webflow.io', 'gitbook.io', 'godaddysites.com', 'vercel.app', 'pages.dev', 'github.io'];
    expect(flaggedAmong(strayLetterNames({ seed: 11, places, fewest: 2, most: 6, mostAfterWord: 5 }), mistypedStart)).toEqual({ madeUp: [], words: [] });
  });
});

/** Matches of the tag reading: a typo told beside a few letters, under a TLD phishers favour. */
const besideTag = (input: string) => check(index, input).matches.filter((m) => /, beside "[a-z]+", under \.[a-z]+, a top-level domain phishers favour/.test(m.explanation));

describe('a brand mistyped beside a campaign\'s tag, under a TLD phishers favour', () => {
  it.each([
    ['portal.netfflixcas.live', 'netflix'],
    ['gbwhtsapp.pro', 'whatsapp'],
    ['binancollab.shop', 'binance'],
    ['18plus.whatsaapfre-x2021.tk', 'whatsapp'],
  ])('finds %s as %s', (input, slug) => {
    expect(check(index, input).verdict).toBe('lookalike');
    expect(besideTag(input).map((m) => m.organization.slug)).toEqual([slug]);
  });

  it('explains the typo, the letters beside it and the TLD, as a warning', () => {
    expect(check(index, 'portal.netfflixcas.live').matches).toMatchObject([
      {
        organization: { slug: 'netflix' },
        reasons: ['typo'],
        severity: 'warning',
        explanation: 'Imitates Netflix\'s netflix.com: "netfflix" is one typo away from "netflix": "f" doubled, beside "cas", under .live, a top-level domain phishers favour.',
      },
    ]);
  });

  it.each([
    ['netfflixcas.com', 'not under a TLD phishers favour'],
    ['v2kucoln.cc', 'a name of fewer than 7 letters'],
    ['telegrarnzi.top', 'a brand that is a common word'],
    ['netfflixlive.top', 'letters beside it that spell a word'],
    ['binancexq.top', 'the brand written whole, which the checks for brands inside names weigh'],
  ])('leaves %s alone (%s)', (input) => {
    expect(besideTag(input)).toEqual([]);
  });

  it('flags no made-up name or everyday word run into stray letters under TLDs phishers favour', () => {
    const places = ['top', 'xyz', 'shop', 'online', 'live', 'cc', 'site', 'buzz', 'icu', 'vip'];
    expect(flaggedAmong(strayLetterNames({ seed: 13, places, fewest: 1, most: 4, mostAfterWord: 4 }), besideTag)).toEqual({ madeUp: [], words: [] });
  });
});

/**
 * 4,000 made-up names (two or three syllables) and 4,000 everyday words, each run into `fewest`–`most`
 * stray letters (`fewest`–`mostAfterWord` after a word) under one of `places`, from a seeded generator.
 */
function strayLetterNames({ seed, places, fewest, most, mostAfterWord }: { seed: number; places: string[]; fewest: number; most: number; mostAfterWord: number }) {
  const words = COMMON_WORDS.split(' ').filter((w) => /^[a-z]{4,9}$/.test(w));
  const random = (below: number) => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) % below;
  const pick = <T>(from: ArrayLike<T>): T => from[random(from.length)]!;
  const syllable = () => pick('bcdfghjklmnprstvwz') + pick('aeiou') + (random(3) === 0 ? pick('lnrst') : '');
  const letters = (n: number) => Array.from({ length: n }, () => pick('abcdefghijklmnopqrstuvwxyz')).join('');
  const names = { madeUp: [] as string[], words: [] as string[] };
  for (let k = 0; k < 4_000; k++) {
    names.madeUp.push(`${Array.from({ length: 2 + random(2) }, syllable).join('')}${letters(fewest + random(most - fewest + 1))}.${pick(places)}`);
    names.words.push(`${pick(words)}${letters(fewest + random(mostAfterWord - fewest + 1))}.${pick(places)}`);
  }
  return names;
}

/** The names a reading flags, by kind. */
const flaggedAmong = (names: { madeUp: string[]; words: string[] }, reading: (input: string) => unknown[]) => ({
  madeUp: names.madeUp.filter((n) => reading(n).length),
  words: names.words.filter((n) => reading(n).length),
});
