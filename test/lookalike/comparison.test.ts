/** @module The side-by-side comparison a lookalike answer carries: which characters differ, marked for highlighting. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignByBits, alignByTable, MAX_BIT_COLUMNS } from '../../src/core/lookalike/align.ts';
import { compareTexts } from '../../src/core/lookalike/comparison.ts';
import { check, indexOf } from '../support/index.ts';
import { LOOKALIKE_REGISTRY } from './registry.ts';

const index = indexOf(LOOKALIKE_REGISTRY);

/** Segments written compactly: differing runs in [brackets]. */
const marked = (segments: Array<{ text: string; differs: boolean }>) => segments.map((s) => (s.differs ? `[${s.text}]` : s.text)).join('');

describe('the comparison on lookalike matches', () => {
  it.each([
    ['bіnance.com', 'b[і]nance.com', 'b[i]nance.com'],
    ['xn--bnance-pvf.com', 'b[і]nance.com', 'b[i]nance.com'],
    ['b1nance.com', 'b[1]nance.com', 'b[i]nance.com'],
    ['binnance.com', 'bin[n]ance.com', 'binance.com'],
    ['biannce.com', 'bi[a]nnce.com', 'bin[a]nce.com'],
    ['secure-binance.net', '[secure-]binance.[net]', 'binance.[com]'],
    ['binance.com.login-secure.xyz', 'binance.com[.login-secure.xyz]', 'binance.com'],
    ['bínance.com', 'b[í]nance.com', 'b[i]nance.com'],
  ])('%s: the contact reads %s against %s', (input, contact, official) => {
    const [match] = check(index, input).matches;
    expect(match?.comparison && marked(match.comparison.contact)).toBe(contact);
    expect(match?.comparison && marked(match.comparison.official)).toBe(official);
  });

  it('compares handles without the "@" some platforms write', () => {
    const [match] = check(index, '@binance_support', { platform: 'x' }).matches;
    expect(match?.channel.value).toMatch(/^@?binance$/);
    expect(marked(match!.comparison!.contact)).toBe('binance[_support]');
    expect(marked(match!.comparison!.official)).toBe('binance');
  });

  it('leaves it out where the contact is not alike letter by letter (a sender name\'s claim)', () => {
    const [match] = check(index, '"Binance Security" <alerts@random.example>').matches;
    expect(match?.reasons).toEqual(['display_name_claim']);
    expect(match).not.toHaveProperty('comparison');
  });

  it('marks a doubled letter where the explanation names it: the second of the two', () => {
    expect(compareTexts('binnance.com', 'binance.com')).toEqual({
      contact: [{ text: 'bin', differs: false }, { text: 'n', differs: true }, { text: 'ance.com', differs: false }],
      official: [{ text: 'binance.com', differs: false }],
    });
  });

  it('keeps an accent with its letter and a letter beyond the BMP whole, and gives up on texts too long to read side by side', () => {
    expect(compareTexts('bi\u0301nance', 'binance')).toEqual({
      contact: [{ text: 'b', differs: false }, { text: 'i\u0301', differs: true }, { text: 'nance', differs: false }],
      official: [{ text: 'b', differs: false }, { text: 'i', differs: true }, { text: 'nance', differs: false }],
    });
    // Letters beyond the BMP are one character each, never half a surrogate pair.
    expect(compareTexts('x𝐚𝐛y', 'x𝐛𝐚y')).toEqual({
      contact: [{ text: 'x', differs: false }, { text: '𝐚', differs: true }, { text: '𝐛y', differs: false }],
      official: [{ text: 'x𝐛', differs: false }, { text: '𝐚', differs: true }, { text: 'y', differs: false }],
    });
    expect(compareTexts('a'.repeat(300), 'a')).toBeNull();
    expect(compareTexts('', 'binance')).toBeNull();
  });

  it('aligns by bit rows exactly as by the table: the same characters marked, the same length in common', () => {
    // A small alphabet, so that texts share letters in many ways and ties between walks are common.
    const text = (max: number) => fc.array(fc.integer({ min: 97, max: 101 }), { maxLength: max });
    fc.assert(
      fc.property(text(40), text(MAX_BIT_COLUMNS), fc.nat(3), (a, b, shared) => {
        const start = Math.min(shared, a.length, b.length);
        const codesB = Int32Array.from([...a.slice(0, start), ...b.slice(start)]);
        const codesA = Int32Array.from(a);
        const run = (align: typeof alignByBits) => {
          const [sharedA, sharedB] = [new Uint8Array(codesA.length), new Uint8Array(codesB.length)];
          const length = align(codesA, codesA.length, codesB, codesB.length, start, sharedA, sharedB);
          return { length, sharedA: [...sharedA], sharedB: [...sharedB] };
        };
        const byTable = run(alignByTable);
        expect(run(alignByBits)).toEqual(byTable);
        expect(byTable.sharedA.filter(Boolean)).toHaveLength(byTable.length);
      }),
      { numRuns: 2000, seed: 20261127 },
    );
  });
});
