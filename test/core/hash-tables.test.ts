/** @module The hash tables under the indexes: every pair put in is found again, and absent keys are mostly turned away (or always, for texts). */
import { describe, expect, it } from 'vitest';
import { GroupedPresenceFilter, GROUP_COUNT } from '../../src/core/grouped-presence-filter.ts';
import { HashPairs, StaticHashMultiMap } from '../../src/core/static-hash-table.ts';
import { mixHash } from '../../src/core/string-hash.ts';
import { TextIds } from '../../src/core/text-ids.ts';

const COUNT = 20_000;
const hashOf = (i: number) => mixHash(i * 2 + 1);
const groupOf = (i: number) => (i * 7) % 50;

describe('StaticHashMultiMap', () => {
  it('gives back every value stored under a hash, including several under one', () => {
    const pairs = new HashPairs(COUNT + 2);
    for (let i = 0; i < COUNT; i++) pairs.add(hashOf(i), i);
    pairs.add(hashOf(5), 999_999);
    pairs.add(hashOf(5), 888_888);
    const table = new StaticHashMultiMap(pairs);
    expect(table.size).toBe(COUNT + 2);
    const valuesOf = (hash: number) => {
      const found: number[] = [];
      table.seek(hash);
      for (let v = table.next(); v !== -1; v = table.next()) found.push(v);
      return found;
    };
    for (let i = 0; i < COUNT; i += 97) expect(valuesOf(hashOf(i))).toContain(i);
    expect(valuesOf(hashOf(5)).sort()).toEqual(expect.arrayContaining([5, 888_888, 999_999]));
    const viaForEach: number[] = [];
    table.forEach(hashOf(5), (v) => viaForEach.push(v));
    expect(viaForEach.sort()).toEqual(valuesOf(hashOf(5)).sort());
  });
});

describe('GroupedPresenceFilter', () => {
  const hashes = Uint32Array.from({ length: COUNT }, (_, i) => hashOf(i));
  const groups = Uint16Array.from({ length: COUNT }, (_, i) => groupOf(i));
  const filter = new GroupedPresenceFilter(hashes.slice(), groups.slice(), COUNT);

  it('never turns away a (hash, group) it was built from', () => {
    for (let i = 0; i < COUNT; i++) expect(filter.mayHold(hashOf(i), groupOf(i))).toBe(true);
  });

  it('turns away most absent hashes, and every hash of a group it holds nothing of', () => {
    let through = 0;
    for (let i = COUNT; i < 2 * COUNT; i++) if (filter.mayHold(hashOf(i), groupOf(i))) through++;
    expect(through / COUNT).toBeLessThan(0.25);
    for (let g = 50; g < GROUP_COUNT; g += 101) expect(filter.mayHold(hashOf(1), g)).toBe(false);
  });

  it('keeps in place exactly the pairs mayHold lets through', () => {
    const n = 1_000;
    const probeHashes = Uint32Array.from({ length: n }, (_, k) => hashOf(k * 41));
    const probeGroups = Uint16Array.from({ length: n }, (_, k) => (k % 3 === 0 ? groupOf(k * 41) : (k * 13) % GROUP_COUNT));
    const expected = [...probeHashes].map((h, k) => [h, probeGroups[k]!] as const).filter(([h, g]) => filter.mayHold(h, g));
    const kept = filter.keepPossible(probeHashes, probeGroups, n);
    expect(kept).toBe(expected.length);
    expect([...probeHashes.slice(0, kept)].map((h, k) => [h, probeGroups[k]!])).toEqual(expected);
    // The built pairs among the probes (every third one while k * 41 < COUNT) are all kept.
    const built = [...Array(n).keys()].filter((k) => k % 3 === 0 && k * 41 < COUNT).map((k) => hashOf(k * 41));
    expect([...probeHashes.slice(0, kept)]).toEqual(expect.arrayContaining(built));
  });
});

describe('TextIds', () => {
  it('gives each distinct text the next id, and the same id again for an equal text', () => {
    const texts: string[] = [];
    const ids = new TextIds(texts);
    // Enough texts to regrow the table several times, each added again after all were in.
    for (let i = 0; i < COUNT; i++) expect(ids.add(`name${i}`)).toBe(i);
    for (let i = 0; i < COUNT; i += 7) expect(ids.add(`name${i}`)).toBe(i);
    expect(texts).toHaveLength(COUNT);
    expect(texts[1234]).toBe('name1234');
    // Texts never added (one empty, one a prefix of many) are new, not mistaken for a held one.
    expect(ids.add('')).toBe(COUNT);
    expect(ids.add('name')).toBe(COUNT + 1);
    expect(ids.add('name12')).toBe(12);
    expect(texts).toHaveLength(COUNT + 2);
  });
});
