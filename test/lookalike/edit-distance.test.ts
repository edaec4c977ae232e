/** @module Edit distances and the edits an explanation names: exact cases, and properties of the two distances. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEdits } from '../../src/core/lookalike/describe-edits.ts';
import { areKeyboardNeighbours, areNearOnKeyboard, damerauDistance, osaDistance, typoDistance } from '../../src/core/lookalike/edit-distance.ts';
import { substitutionKind } from '../../src/core/lookalike/typo-rules.ts';

describe('damerauDistance', () => {
  it('counts a swap across a letter left out or added as two edits, where OSA counts three', () => {
    expect(osaDistance('insgtram', 'instagram', 3)).toBe(3);
    expect(damerauDistance('insgtram', 'instagram', 3)).toBe(2);
    expect(damerauDistance('ca', 'abc', 3)).toBe(2);
    expect(osaDistance('ca', 'abc', 3)).toBe(3);
  });

  it('is what typoDistance gives, through OSA where the two agree', () => {
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
      expect(typoDistance(a, b, max)).toBe(damerauDistance(a, b, max));
    }));
  });

  it('stops at max + 1', () => {
    expect(damerauDistance('binance', 'kraken', 2)).toBe(3);
    expect(damerauDistance('a', 'abcd', 1)).toBe(2);
  });

  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });

  it('is symmetric, never above OSA, and agrees with it up to one edit', () => {
    fc.assert(fc.property(word, word, (a, b) => {
      const [osa, dl] = [osaDistance(a, b, 20), damerauDistance(a, b, 20)];
      expect(damerauDistance(b, a, 20)).toBe(dl);
      expect(dl).toBeLessThanOrEqual(osa);
      if (osa <= 1) expect(dl).toBe(osa);
      expect(dl === 0).toBe(a === b);
    }));
  });
});

describe('describeEdits', () => {
  it.each([
    ['binance', 'binnance', [{ kind: 'insertion', at: 3, original: '', changed: 'n' }]],
    ['binance', 'biannce', [{ kind: 'transposition', at: 2, original: 'na', changed: 'an' }]],
    // Two edits apart are named one by one, not as one changed middle.
    ['whatsapp', 'watlsapp', [{ kind: 'deletion', at: 1, original: 'h', changed: '' }, { kind: 'insertion', at: 4, original: '', changed: 'l' }]],
    ['coinbase', 'cionbsae', [{ kind: 'transposition', at: 1, original: 'oi', changed: 'io' }, { kind: 'transposition', at: 5, original: 'as', changed: 'sa' }]],
    // A swap across a letter left out, and across a letter added.
    ['instagram', 'insgtram', [{ kind: 'deletion', at: 4, original: 'a', changed: '' }, { kind: 'transposition', at: 3, original: 'tg', changed: 'gt' }]],
    ['abcd', 'acxbd', [{ kind: 'transposition', at: 1, original: 'bc', changed: 'cb' }, { kind: 'insertion', at: 2, original: '', changed: 'x' }]],
    // Up to four edits are named one by one, letters added in one place as one.
    ['binance', 'binacne11', [{ kind: 'transposition', at: 4, original: 'nc', changed: 'cn' }, { kind: 'insertion', at: 7, original: '', changed: '11' }]],
    // Beyond four edits the differing middle is named whole.
    ['binance', 'bxyzwvqe', [{ kind: 'substitution', at: 1, original: 'inanc', changed: 'xyzwvq' }]],
  ])('%s → %s', (official, lookalike, edits) => {
    expect(describeEdits(official, lookalike, true)).toEqual(edits);
  });

  it('names a differing middle whole unless asked for each edit, as a homoglyph is told', () => {
    expect(describeEdits('metamask', 'rnetamask')).toEqual([{ kind: 'substitution', at: 0, original: 'm', changed: 'rn' }]);
    expect(describeEdits('whatsapp', 'watlsapp')).toEqual([{ kind: 'substitution', at: 1, original: 'hat', changed: 'atl' }]);
  });
});

describe('keyboard neighbours', () => {
  /** dnstwist's QWERTY map of touching keys, for the letters. */
  const DNSTWIST: Record<string, string> = {
    q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
    a: 'qwsz', s: 'weadzx', d: 'ersfxc', f: 'rtdgcv', g: 'tyfhvb', h: 'yugjbn', j: 'uihknm', k: 'iojlm', l: 'opk',
    z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
  };
  const letters = Object.keys(DNSTWIST);

  it('are the keys that touch, as dnstwist maps them, each way', () => {
    for (const a of letters) for (const b of letters) expect([a, b, areKeyboardNeighbours(a, b)]).toEqual([a, b, DNSTWIST[a]!.includes(b)]);
  });

  it('are all within reach of a slipping finger, which reaches one diagonal further', () => {
    for (const a of letters) for (const b of letters) if (areKeyboardNeighbours(a, b)) expect(areNearOnKeyboard(a, b)).toBe(true);
    expect(areNearOnKeyboard('i', 'l')).toBe(true);
    expect(areKeyboardNeighbours('i', 'l')).toBe(false);
  });

  it('name a substitution in an explanation only when the keys touch; other relations have their own words', () => {
    expect(substitutionKind('e', 'r')).toBe('neighbouring key');
    expect(substitutionKind('i', 'l')).toBe('like shape');
    expect(substitutionKind('c', 's')).toBe('sound alike');
    expect(substitutionKind('k', 'c')).toBe('sound alike');
    expect(substitutionKind('q', 'k')).toBe('sound alike');
    expect(substitutionKind('a', 'o')).toBe('vowel swap');
    expect(substitutionKind('n', 'g')).toBe(null);
  });
});
