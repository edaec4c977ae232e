/** @module Brands scrambled past the typo floors beside a scrambled lure on platforms anyone can publish on, read by their consonants. */
import { describe, expect, it } from 'vitest';
import { consonantFrame } from '../../src/core/lookalike/consonant-frames.ts';
import { COMMON_WORDS } from '../../src/core/lookalike/data/common-words.generated.ts';
import { check, indexOf } from '../support/index.ts';
import { EVAL_REGISTRY } from './registry.ts';

const index = indexOf(EVAL_REGISTRY);
const byConsonants = (input: string) => check(index, input).matches.filter((m) => m.explanation.includes('has the consonants of'));

describe('consonant frames', () => {
  it.each([
    ['kraken', 'krkn'],
    ['ckraiken', 'krkn'],
    ['kuucoiin', 'kkn'],
    ['coinbase', 'knbs'],
    ['trusttwallet', 'trstwlt'],
    ['yummy', 'm'],
  ])('%s reads %s', (text, frame) => {
    expect(consonantFrame(text)?.frame).toBe(frame);
  });

  it('reads ASCII letters only', () => {
    expect(consonantFrame('kraken1')).toBeNull();
    expect(consonantFrame('krakén')).toBeNull();
  });
});

describe('scrambled brands', () => {
  it.each([
    ['ckraikenilogen.gitbook.io', 'kraken'],
    ['craikinlogun.gitbook.io', 'kraken'],
    ['login-craikin.webflow.io', 'kraken'],
    ['kuucoiinloginne.webflow.io', 'kucoin'],
    ['kukionlognn.webflow.io', 'kucoin'],
    // Three consonants and three vowels: another first vowel counts where the other two are kept.
    ['kocioenlogin.webflow.io', 'kucoin'],
    ['jemzinizalogin.gitbook.io', 'gemini'],
    ['mycnbasewlltxtnsin.webflow.io', 'coinbase'],
    ['trusttwalletlougine.gitbook.io', 'trust-wallet'],
    ['blakcchain-suport.godaddysites.com', 'blockchain-com'],
    // A site builder the Public Suffix List misses, as godaddysites.com: Versoly's free sites.
    ['baninancewaellete.versoly.page', 'binance'],
  ])('finds %s as %s', (input, slug) => {
    const answer = check(index, input);
    expect(answer.verdict).toBe('lookalike');
    expect(answer.matches.map((m) => m.organization.slug)).toContain(slug);
  });

  it('explains the consonants kept and the lure beside them, as a warning', () => {
    const [match] = check(index, 'ckraikenilogen.gitbook.io').matches;
    expect(match).toMatchObject({
      organization: { slug: 'kraken' },
      reasons: ['typo'],
      severity: 'warning',
      explanation: 'Imitates Kraken\'s kraken.com: "ckraiken" has the consonants of "kraken" in order with its vowels changed, beside "logen", read as "login", on gitbook.io, where anyone can publish a site.',
    });
  });

  it.each([
    ['ckraikenilogen.com', 'not on a platform anyone can publish on: the name is its owner\'s'],
    ['portfolio-login.webflow.io', 'real words put together'],
    ['korean-login.webflow.io', 'a common word with the consonants of kraken'],
    ['ckraikeni.gitbook.io', 'no lure beside it'],
    ['yesterdaycrakenlogin.webflow.io', 'the consonants inside a longer word'],
    ['krookenlogin.webflow.io', 'vowels unlike the brand\'s'],
    ['coercinlogin.webflow.io', 'four consonants (kraken\'s) under another first vowel'],
    ['gigolsupport.webflow.io', 'three consonants under another first vowel, in a name of two vowels (google)'],
  ])('leaves %s alone (%s)', (input) => {
    expect(byConsonants(input)).toEqual([]);
  });

  it('leaves nearly every everyday word with a vowel left out and a lure joined alone, on a platform anyone can publish on', () => {
    const lures = ['login', 'wallet', 'support', 'secure'];
    const words = COMMON_WORDS.split(' ').filter((w) => w.length >= 5);
    const flagged: string[] = [];
    words.forEach((word, k) => {
      const v = Math.max(...['a', 'e', 'i', 'o', 'u'].map((vowel) => word.lastIndexOf(vowel)));
      const host = `${v > 0 ? word.slice(0, v) + word.slice(v + 1) : word}${lures[k % lures.length]}.webflow.io`;
      const found = byConsonants(host);
      if (found.length) flagged.push(`${host} ${found[0]!.organization.slug}`);
    });
    expect(words.length).toBeGreaterThan(20_000);
    // Two of 22,000 read as the brands scrambled, as a phisher would write them: "crackn" for kraken, "tweetr" for twitter.
    expect(flagged).toEqual(['crackngsupport.webflow.io kraken', 'tweetrsecure.webflow.io x']);
  });
});
