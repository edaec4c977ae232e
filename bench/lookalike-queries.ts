/** @module Lookalike-heavy domain queries: typosquats, homoglyphs, brand+keyword and TLD swaps of registered brands, and unrelated sites. */
import { parseContact } from '../src/core/input/index.ts';
import { COMMON_WORDS } from '../src/core/lookalike/data/common-words.generated.ts';
import type { RegistryContent } from '../src/core/registry/entries.ts';
import type { RegistryIndex } from '../src/core/registry/registry-index.ts';
import { createRandom, type Random } from './prng.ts';
import type { Query } from './queries.ts';
import type { Brand } from './synthetic-registry.ts';
import type { BrandNames } from './synthetic-values.ts';

export const TECHNIQUES = ['typo', 'double typo', 'homoglyph', 'brand+keyword', 'tld swap'] as const;
export type Technique = (typeof TECHNIQUES)[number];

export interface LookalikeQuery extends Query {
  /** The imitated organization's slug, or null for an unrelated site. */
  target: string | null;
  /** `dictionary`: an unrelated site named with everyday English words (see `createDictionaryQueries`). */
  technique: Technique | 'unrelated' | 'dictionary';
}

const SHARES: Array<[Technique, number]> = [['typo', 0.3], ['double typo', 0.1], ['homoglyph', 0.2], ['brand+keyword', 0.3], ['tld swap', 0.1]];
/** Two typos need a name of 10 letters or more, the floor the issue sets for two edits. */
const DOUBLE_TYPO_LENGTH = 10;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Cyrillic letters drawn like Latin ones, and ASCII stand-ins (0 for o, rn for m). */
const HOMOGLYPHS: Record<string, string[]> = {
  a: ['а'], e: ['е'], o: ['о', '0'], p: ['р'], c: ['с'], x: ['х'], i: ['і', '1'], s: ['ѕ'], l: ['1'], m: ['rn'], d: ['cl'],
};
const LURES = ['support', 'login', 'secure', 'verify', 'wallet', 'help', 'account', 'official', 'bonus', 'airdrop', 'claim', 'rewards', 'app'];
const CHEAP_TLDS = ['xyz', 'top', 'online', 'site', 'info', 'shop', 'cc', 'live'];
/** Everyday words: unrelated sites are mostly compounds of them (sunnybakery.com, bluefox-travel.net). */
const WORDS = [
  'garden', 'planner', 'sunny', 'bakery', 'blue', 'fox', 'travel', 'recipe', 'kitchen', 'north', 'river', 'studio',
  'maple', 'street', 'coffee', 'house', 'green', 'field', 'little', 'paper', 'stone', 'bridge', 'silver', 'lake',
  'happy', 'paws', 'city', 'bikes', 'yoga', 'daily', 'mountain', 'photo', 'craft', 'school', 'music', 'forest',
  'harbor', 'family', 'dental', 'clinic', 'pizza', 'corner', 'book', 'club', 'urban', 'farm', 'fresh', 'market',
];
const PLAIN_TLDS = ['com', 'com', 'net', 'org', 'co.uk', 'de', 'io', 'blog'];

/** One typing slip at or after `from` and before `to`: a letter left out, doubled, added, replaced by a neighbouring key or a vowel, or two swapped. */
function typo(name: string, random: Random, from = 0, to = name.length): string {
  const at = from + random.int(to - from);
  const ch = name[at]!;
  switch (random.int(5)) {
    case 0:
      return name.slice(0, at) + name.slice(at + 1);
    case 1:
      return name.slice(0, at) + ch + name.slice(at);
    case 2:
      return name.slice(0, at) + random.pick([...LETTERS]) + name.slice(at);
    case 3: {
      const row = KEYBOARD.find((r) => r.includes(ch)) ?? LETTERS;
      const near = [row[row.indexOf(ch) - 1], row[row.indexOf(ch) + 1], ...'aeiou'].filter((c): c is string => !!c && c !== ch);
      return name.slice(0, at) + random.pick(near) + name.slice(at + 1);
    }
    default:
      return at + 1 < name.length ? name.slice(0, at) + name[at + 1] + ch + name.slice(at + 2) : name.slice(0, at);
  }
}

function homoglyph(name: string, random: Random): string {
  const spots = [...name].flatMap((ch, i) => (HOMOGLYPHS[ch] ? [i] : []));
  const chars = [...name];
  for (const at of random.shuffle(spots).slice(0, random.chance(0.7) ? 1 : 2)) chars[at] = random.pick(HOMOGLYPHS[chars[at]!]!);
  return chars.join('');
}

function lookalikeHost(technique: Technique, name: string, tld: string, random: Random): string {
  switch (technique) {
    case 'typo':
      return `${typo(name, random)}.${random.chance(0.7) ? tld : 'com'}`;
    case 'double typo': {
      // One slip in each half, apart, so they stay two edits however they combine.
      const half = Math.floor(name.length / 2);
      return `${typo(typo(name, random, half + 2), random, 0, half - 2)}.${random.chance(0.7) ? tld : 'com'}`;
    }
    case 'homoglyph':
      return `${homoglyph(name, random)}.${tld}`;
    case 'tld swap':
      return `${name}.${random.pick(CHEAP_TLDS)}`;
    case 'brand+keyword': {
      const [lure, other] = random.shuffle([...LURES]);
      const end = random.pick(['com', 'net', ...CHEAP_TLDS]);
      return random.pick([`${name}-${lure}.${end}`, `${lure}-${name}.${end}`, `${name}${lure}.${end}`, `${lure}${name}.${end}`,
        `${name}.${lure}-${other}.com`, `${lure}.${name}-${other}.${end}`]);
    }
  }
}

/** How people paste a host: bare, as a link with a path, or with www. */
const asPasted = (host: string, random: Random): string =>
  random.pick([host, `https://${host}/login`, `http://www.${host}/`, `https://${host}/account/verify?id=${random.int(1e6)}`]);

/**
 * `count` shuffled domain queries: half imitate a random registered brand (each technique in its share),
 * half are unrelated sites. A candidate that parses badly, is registered exactly (a known scam domain),
 * or whose typo spells another brand is drawn again, so every lookalike query has one right answer.
 */
export function createLookalikeQueries(index: RegistryIndex, content: RegistryContent, brands: Brand[], names: BrandNames, count: number, seed = 3): LookalikeQuery[] {
  const random = createRandom(seed);
  const tldOf = new Map<string, string>();
  for (const c of content.channels) {
    if (c.kind === 'domain' && c.status === 'active' && !tldOf.has(c.organization)) tldOf.set(c.organization, c.value.slice(c.value.indexOf('.') + 1));
  }
  const usable = brands.filter((b) => tldOf.has(b.slug));
  const long = usable.filter((b) => b.name.length >= DOUBLE_TYPO_LENGTH);
  const exactFree = (input: string) => {
    const parsed = parseContact(input, {});
    if (!parsed.ok || parsed.value.kind !== 'domain') return false;
    const hits = index.find(parsed.value);
    return hits.channels.length + hits.scams.length === 0;
  };
  const out: LookalikeQuery[] = [];
  for (const [technique, share] of SHARES) {
    for (let n = Math.round((count / 2) * share); n > 0; ) {
      const brand = random.pick(technique === 'double typo' ? long : usable);
      const host = lookalikeHost(technique, brand.name, tldOf.get(brand.slug)!, random);
      const input = asPasted(host, random);
      const label = host.slice(0, host.indexOf('.'));
      // An altered name must differ from every brand: a typo that spells another brand imitates that one, and
      // a name without a letter to swap comes back from homoglyph() unchanged.
      const altered = technique === 'typo' || technique === 'double typo' || technique === 'homoglyph';
      if ((altered && (label === brand.name || names.has(label))) || !exactFree(input)) continue;
      out.push({ input, options: {}, hit: false, target: brand.slug, technique });
      n--;
    }
  }
  while (out.length < count) {
    const [a, b] = random.shuffle([...WORDS]);
    const input = asPasted(`${a}${random.chance(0.3) ? '-' : ''}${b}.${random.pick(PLAIN_TLDS)}`, random);
    if (exactFree(input)) out.push({ input, options: {}, hit: false, target: null, technique: 'unrelated' });
  }
  return random.shuffle(out);
}

/** Everyday words of 4+ letters, the most frequent first (SUBTLEX-US, as the detector's own list). */
const DICTIONARY = COMMON_WORDS.split(' ').filter((w) => /^[a-z]{4,}$/.test(w));

/**
 * `count` unrelated sites named with everyday words, as honest sites are: a word alone, a word with a
 * lure beside it or joined to it, two words joined. In a registry of a million made-up names most
 * everyday words are a letter or two from one, which the synthetic compounds above seldom are.
 */
export function createDictionaryQueries(index: RegistryIndex, count: number, seed = 5): LookalikeQuery[] {
  const random = createRandom(seed);
  const out: LookalikeQuery[] = [];
  while (out.length < count) {
    const [word, other] = [random.pick(DICTIONARY), random.pick(DICTIONARY)];
    const lure = random.pick(LURES);
    const host = random.pick([`${word}.${random.pick(PLAIN_TLDS)}`, `${word}-${lure}.com`, `${word}${lure}.com`, `${word}${other}.net`]);
    const parsed = parseContact(host, {});
    if (!parsed.ok || parsed.value.kind !== 'domain') continue;
    const hits = index.find(parsed.value);
    if (hits.channels.length + hits.scams.length === 0) out.push({ input: host, options: {}, hit: false, target: null, technique: 'dictionary' });
  }
  return out;
}
