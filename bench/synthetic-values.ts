/** @module Synthetic contact values: brand-like organization names, unique by construction, and phone numbers. */
import { isCommonWord } from '../src/core/lookalike/names.ts';
import { createRandom } from './prng.ts';

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'fl', 'gr', 'kl', 'pl', 'pr', 'st', 'tr', 'sk'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', '', 'n', 'r', 'l', 'x', 's', 'm', 'k', 'nd'];
/** Pairs a skeleton reads as another letter (rn → m): a name holding one would be its own homoglyph. */
const VISUAL_PAIRS = /rn|vv|cl/;
export const TLDS = ['com', 'com', 'com', 'net', 'org', 'io', 'co.uk', 'de', 'fr', 'com.au', 'app', 'bank'];

/** A stream of distinct brand names; `has` tells whether a name was ever handed out. */
export interface BrandNames {
  next(): string;
  has(name: string): boolean;
}

/**
 * Pronounceable made-up names of 5 to 12 letters built from syllables ("kalomir", "trabeandu"), never a
 * common English word (those are matched differently) and never repeated. The registry takes the first
 * names of a stream and misses the later ones, so a miss is never registered.
 * @example createBrandNames(1).next() // the same name on every run
 */
export function createBrandNames(seed: number): BrandNames {
  const random = createRandom(seed);
  const given = new Set<string>();
  return {
    next() {
      for (;;) {
        let name = '';
        for (let n = 2 + random.pick([0, 0, 1, 1, 1, 2]); n > 0; n--) name += random.pick(ONSETS) + random.pick(NUCLEI);
        name += random.pick(CODAS);
        if (name.length < 5 || name.length > 12 || VISUAL_PAIRS.test(name) || isCommonWord(name) || given.has(name)) continue;
        given.add(name);
        return name;
      }
    },
    has: (name) => given.has(name),
  };
}

/** 'kalomir' → 'Kalomir': registries and people write names capitalized; lookups must not care. */
export const capitalized = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Who a number is for: each gets its own exchange or prefix, so a registry number never equals a miss. */
export type PhoneSpace = 'registry' | 'scam' | 'miss';
const SPACE_DIGIT: Record<PhoneSpace, number> = { registry: 1, scam: 2, miss: 3 };

// Geographic US area codes: 20 of them at 10,000 lines each hold 200,000 numbers per space.
const AREAS = [212, 213, 312, 415, 617, 206, 303, 404, 503, 512, 602, 646, 702, 713, 718, 801, 813, 858, 919, 971];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The `serial`-th number of a space, written the way people write them. US, UK (London 020 3) and German
 * (Berlin 030) numbers, all valid for libphonenumber rather than only of possible length.
 * @example phoneNumber(0, 'registry') // '+1 (212) 231-0000'
 */
export function phoneNumber(serial: number, space: PhoneSpace): string {
  const digit = SPACE_DIGIT[space];
  const k = Math.floor(serial / 3);
  switch (serial % 3) {
    case 0:
      return `+1 (${AREAS[Math.floor(k / 10_000) % AREAS.length]}) 23${digit}-${pad(k % 10_000, 4)}`;
    case 1:
      return `+44 20 3${digit}${pad(k, 6).slice(0, 2)} ${pad(k, 6).slice(2)}`;
    default:
      return `+49 30 2${digit}${pad(k, 6)}`;
  }
}
