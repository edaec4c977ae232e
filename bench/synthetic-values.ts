/** @module Synthetic contact values: organization names, domains and phone numbers that are unique by construction. */
import type { Random } from './prng.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ten', 'ra', 'vo', 'zu', 'pel', 'dar', 'nix', 'sol', 'bre', 'qua', 'fin', 'tor', 'ge'];
export const TLDS = ['com', 'com', 'com', 'net', 'org', 'io', 'co.uk', 'de', 'fr', 'com.au', 'app', 'bank'];

/**
 * A name unique to organization number `i`: a pronounceable word, then `i` in base 36 padded to 4 characters.
 * The fixed-width suffix makes names of different numbers differ, whatever the words; 12 characters at most
 * keeps them inside every platform's limits (X allows 15).
 * @example orgName(7, random) // 'tenvo0007'
 */
export function orgName(i: number, random: Random): string {
  let word = '';
  for (let n = 2 + random.int(2); n > 0 && word.length < 6; n--) word += random.pick(SYLLABLES);
  return `${word}${i.toString(36).padStart(4, '0')}`;
}

/** 'tenvo0007' → 'Tenvo0007': registries and people write names capitalized; lookups must not care. */
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
