/** @module Properties of lookalike detection: skeletons are stable, officials stay official, the index equals a full scan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consonantFrame, MAX_FRAME, MIN_FRAME } from '../../src/core/lookalike/consonant-frames.ts';
import { LookalikeIndex } from '../../src/core/lookalike/lookalike-index.ts';
import { LONG_NAME } from '../../src/core/lookalike/long-names.ts';
import { findTokens, fullScan, matchWord } from '../../src/core/lookalike/match-word.ts';
import { COMMON_WORDS } from '../../src/core/lookalike/data/common-words.generated.ts';
import { compactSkeleton, isCommonWord, mayLieInsideLongerWord } from '../../src/core/lookalike/names.ts';
import { GENERIC_WORDS } from '../../src/core/lookalike/generic-words.ts';
import { describeCharacter, skeleton, visualForm } from '../../src/core/lookalike/skeleton.ts';
import type { ChannelEntry } from '../../src/core/registry/entries.ts';
import { parseContact } from '../../src/core/input/index.ts';
import { checkContact } from '../../src/core/verdict.ts';
import { check, indexOf } from '../support/index.ts';
import { LOOKALIKE_REGISTRY } from './registry.ts';

const RUNS = { numRuns: 200, seed: 20261126 };
const letters = 'abcdeiklmnorstuvwxyz01';
const name = fc.string({ unit: fc.constantFrom(...letters), minLength: 3, maxLength: 13 });

/** One or two random edits (insert, delete, replace, swap) of a registered name: queries near the names, where typos are. */
const edit = fc.tuple(fc.constantFrom('insert', 'delete', 'replace', 'swap'), fc.nat(), fc.constantFrom(...letters));
const mutation = fc.tuple(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 2 })).map(([pick, edits]) => (names: string[]) => {
  let text = names[pick % names.length]!;
  for (const [how, at, letter] of edits) {
    const i = at % (text.length + 1);
    if (how === 'insert') text = text.slice(0, i) + letter + text.slice(i);
    else if (how === 'delete' && text.length > 1) text = text.slice(0, i) + text.slice(i + 1);
    else if (how === 'replace') text = text.slice(0, i) + letter + text.slice(i + 1);
    else if (i + 1 < text.length) text = text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
  }
  return text;
});

/** A random registry: organizations with a domain and a handle each, names from a small alphabet so they collide. */
const registry = fc.uniqueArray(name, { minLength: 2, maxLength: 40 }).map((names) => ({
  organizations: names.map((n, i) => ({
    slug: `org-${i}`,
    name: `Org ${n}`,
    channels: [
      { kind: 'domain', value: `${n}.com` },
      { kind: 'social', platform: 'x', value: `${n.slice(0, 10)}_${i}` },
    ],
  })),
}));

describe('skeleton', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
      expect(skeleton(skeleton(text))).toBe(skeleton(text));
    }), { numRuns: 3000, seed: 1 });
  });

  it('maps confusables of a name onto the name', () => {
    expect(skeleton('bіnance')).toBe('binance');
    expect(skeleton('раураl')).toBe('paypal');
    expect(skeleton('c0inbase')).toBe('coinbase');
    expect(skeleton('rnetarnask')).toBe(skeleton('metamask'));
    expect(visualForm(skeleton('rnetarnask'))).toBe('metamask');
    // Full-width forms are ASCII drawn wider, which UTS #39 mostly leaves to compatibility mappings.
    expect(skeleton('ｂｉｎａｎｃｅ')).toBe('binance');
    expect(skeleton('ＢＩＮＡＮＣＥ')).toBe(skeleton('BINANCE'));
  });
});

describe('mayLieInsideLongerWord', () => {
  const words = COMMON_WORDS.split(' ');

  it('holds every piece of 5+ letters of every common word', () => {
    fc.assert(fc.property(fc.constantFrom(...words.filter((w) => w.length > 5)), fc.nat(), fc.nat(), (word, a, b) => {
      const start = a % (word.length - 4);
      const end = start + 5 + (b % (word.length - start - 4));
      if (end - start === word.length) return;
      expect(mayLieInsideLongerWord(word.slice(start, end)), word.slice(start, end)).toBe(true);
    }), RUNS);
    for (const piece of ['apple', 'ledge', 'insta', 'pineappl']) expect(mayLieInsideLongerWord(piece), piece).toBe(true);
  });

  it('rules out names no common word holds', () => {
    for (const name of ['binance', 'kaistouk', 'faiplezio', 'metamask']) expect(mayLieInsideLongerWord(name), name).toBe(false);
  });
});

describe('isCommonWord', () => {
  const words = new Set([...COMMON_WORDS.split(' '), ...GENERIC_WORDS]);

  it('knows every common and generic word, past its filter', () => {
    for (const word of words) expect(isCommonWord(word), word).toBe(true);
  });

  it('knows no other text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0'), minLength: 1, maxLength: 12 }), (text) => {
      expect(isCommonWord(text), text).toBe(words.has(text));
    }), { numRuns: 5000, seed: 3 });
  });
});

describe('describeCharacter', () => {
  it('names confusables from the data, ASCII and accented Latin letters by rule, others by code point', () => {
    expect(describeCharacter('і')).toBe('U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I');
    expect(describeCharacter('ｂ')).toBe('U+FF42 FULLWIDTH LATIN SMALL LETTER B');
    expect(describeCharacter('í')).toBe('U+00ED LATIN SMALL LETTER I WITH ACUTE');
    expect(describeCharacter('â')).toBe('U+00E2 LATIN SMALL LETTER A WITH CIRCUMFLEX');
    expect(describeCharacter('ǖ')).toBe('U+01D6 LATIN SMALL LETTER U WITH DIAERESIS AND MACRON');
    expect(describeCharacter('İ')).toBe('U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE');
    // The Angstrom sign decomposes to Å but is named for itself, which the data does not hold.
    expect(describeCharacter('\u212b')).toBe('U+212B');
    expect(describeCharacter('й')).toBe('U+0439');
    expect(describeCharacter('4')).toBe('U+0034 DIGIT FOUR');
    expect(describeCharacter('q')).toBe('U+0071 LATIN SMALL LETTER Q');
  });
});

describe('on any input', () => {
  it('never throws and always explains its matches', () => {
    const index = indexOf(LOOKALIKE_REGISTRY);
    const inputs = fc.oneof(
      fc.domain(),
      fc.webUrl(),
      fc.emailAddress(),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map((s) => `${s}.com`),
      fc.tuple(fc.constantFrom('binance', 'paypal', 'ledger', 'coinbase', 'okx'), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('.com', '.xyz', '.co.uk'))
        .map(([brand, extra, tld]) => `${brand}${extra}${tld}`),
      // Typos beside lures, on handles (which have no domain evidence of their own) and domains.
      fc.tuple(fc.constantFrom('@', 'app', ''), fc.constantFrom('binapce', 'cionbsae', 'binance'), fc.constantFrom('_support', 'login', '-support.com', '.top'))
        .map(([before, name, after]) => `${before}${name}${after}`),
    );
    fc.assert(fc.property(inputs, fc.constantFrom(undefined, 'x', 'telegram'), (input, platform) => {
      const contact = parseContact(input, platform ? { platform } : {});
      if (!contact.ok) return;
      const answer = checkContact(index, input, contact.value, new Date());
      for (const match of answer.matches) {
        expect(match.explanation.length).toBeGreaterThan(20);
        // A clause that had nothing to say must not say "null".
        expect(match.explanation).not.toMatch(/, (null|undefined)(;|\.$)/);
        expect(match.reasons.length).toBeGreaterThan(0);
      }
    }), { numRuns: 3000, seed: 7 });
  });
});
/** The lookalike index of a random registry's domains alone. */
function domainIndexOf(json: { organizations: Array<{ slug: string; channels: Array<{ value: string }> }> }): LookalikeIndex {
  const channels = json.organizations.map((o) => ({
    organization: o.slug, kind: 'domain', value: o.channels[0]!.value, display: o.channels[0]!.value, status: 'active',
  })) as ChannelEntry[];
  return new LookalikeIndex({ organizations: [], channels });
}

describe('on random registries', () => {
  it('every official channel stays official', () => {
    fc.assert(fc.property(registry, (json) => {
      const index = indexOf(json);
      for (const org of json.organizations) {
        for (const channel of org.channels) {
          const answer = check(index, channel.value, channel.kind === 'social' ? { platform: 'x' } : {});
          expect(answer.verdict, channel.value).toBe('official');
          expect(answer.matches).toEqual([]);
        }
      }
    }), RUNS);
  });

  it("every name reads as itself, whatever text other names' forms share with it", () => {
    // Each name registered after a twin whose collapsed or visual form is that name: a letter doubled, m written rn.
    const twinned = fc.tuple(fc.uniqueArray(name, { minLength: 1, maxLength: 20 }), fc.nat()).map(([names, at]) => ({
      organizations: names.flatMap((n, i) => {
        const k = at % n.length;
        const twin = n.includes('m') ? n.replace('m', 'rn') : n.slice(0, k + 1) + n.slice(k);
        return [twin, n].map((label, j) => ({ slug: `org-${i}-${j}`, channels: [{ value: `${label}.com` }] }));
      }),
    }));
    fc.assert(fc.property(twinned, (json) => {
      const index = domainIndexOf(json);
      for (const org of json.organizations) {
        const label = org.channels[0]!.value.replace(/\.com$/, '');
        const exact = matchWord(index, label).filter((h) => h.kind === 'exact').map((h) => index.nameKey(h.nameId));
        expect(exact, label).toContain(compactSkeleton(label));
      }
    }), RUNS);
  });

  it("a name's channels kept for findings are, per organization, the first of the best rank", () => {
    // Few names over many organizations, kinds and platforms: most names are several organizations'.
    const channel = fc.record({
      organization: fc.constantFrom('org-a', 'org-b', 'org-c'),
      name: fc.constantFrom('kaistouk', 'faiplezio', 'brairio'),
      kind: fc.constantFrom('domain', 'email', 'social'),
      platform: fc.constantFrom('x', 'telegram', 'github'),
    });
    const ranks = fc.func(fc.integer({ min: 0, max: 3 }));
    fc.assert(fc.property(fc.array(channel, { minLength: 1, maxLength: 30 }), ranks, (drawn, rankOf) => {
      const channels = drawn.map(({ organization, name, kind, platform }, i) => {
        const value = kind === 'domain' ? `${name}.com` : kind === 'email' ? `${name}${i}@${name}.com` : name;
        return { organization, kind, value, display: value, status: 'active', ...(kind === 'social' ? { platform } : {}) };
      }) as ChannelEntry[];
      const index = new LookalikeIndex({ organizations: [], channels });
      const rank = (kind: string, platform: string | undefined) => rankOf(kind, platform ?? '');
      for (let nameId = 0; nameId < index.nameCount; nameId++) {
        const all = index.targetsOf(nameId);
        const organizations = [...new Set(all.map((t) => t.organization))];
        expect(index.organizationsOf(nameId)).toEqual(organizations);
        const best = organizations.map((o) => {
          const own = all.filter((t) => t.organization === o);
          const top = Math.max(...own.map((t) => rank(t.kind, t.platform)));
          return own.find((t) => rank(t.kind, t.platform) === top);
        });
        expect(index.bestTargetsOf(nameId, rank)).toEqual(best);
      }
    }), RUNS);
  });

  it('the consonant frames find exactly the names a full scan finds', () => {
    let found = 0;
    fc.assert(fc.property(registry, fc.array(fc.oneof(name, mutation), { minLength: 1, maxLength: 20 }), (json, queries) => {
      const index = domainIndexOf(json);
      const names = json.organizations.map((o) => o.channels[0]!.value.replace(/\.com$/, ''));
      const frameOf = (text: string) => consonantFrame(text)?.frame;
      const frames = [...names, ...queries.map((q) => (typeof q === 'string' ? q : q(names)))].map(frameOf).filter((f): f is string => !!f);
      for (const frame of frames) {
        const viaIndex = index.frames.namesFramed(frame).filter((id) => frameOf(index.nameRaw(id)) === frame).sort();
        const scan: number[] = [];
        if (frame.length >= MIN_FRAME && frame.length <= MAX_FRAME) {
          for (let id = 0; id < index.nameCount; id++) if (index.isFramed(id) && frameOf(index.nameRaw(id)) === frame) scan.push(id);
        }
        expect(viaIndex, frame).toEqual(scan.sort());
        found += scan.length;
      }
    }), RUNS);
    expect(found).toBeGreaterThan(100);
  });

  it('the long names near a word (its first two letters and last, its length within three, its letters counted but six apart) are exactly those a full scan finds', () => {
    const longName = fc.string({ unit: fc.constantFrom(...letters), minLength: LONG_NAME - 2, maxLength: LONG_NAME + 5 });
    const longRegistry = fc.uniqueArray(longName, { minLength: 2, maxLength: 40 }).map((names) => ({
      organizations: names.map((n, i) => ({ slug: `org-${i}`, name: `Org ${n}`, channels: [{ kind: 'domain', value: `${n}.com` }] })),
    }));
    let found = 0;
    fc.assert(fc.property(longRegistry, fc.array(fc.oneof(longName, mutation), { minLength: 1, maxLength: 20 }), (json, queries) => {
      const index = domainIndexOf(json);
      const names = json.organizations.map((o) => o.channels[0]!.value.replace(/\.com$/, ''));
      const upToThree = (text: string, c: string) => Math.min(3, [...text].filter((x) => x === c).length);
      const lettersApart = (a: string, b: string) => [...'abcdefghijklmnopqrstuvwxyz'].reduce((sum, c) => sum + Math.abs(upToThree(a, c) - upToThree(b, c)), 0);
      const near = (a: string, b: string) => a.slice(0, 2) === b.slice(0, 2) && a.at(-1) === b.at(-1) && Math.abs(a.length - b.length) <= 3 && lettersApart(a, b) <= 6;
      for (const word of queries.map((q) => (typeof q === 'string' ? q : q(names)))) {
        const viaIndex: number[] = [];
        index.longNames.forEachNear(word, 3, (id) => viaIndex.push(id));
        const scan: number[] = [];
        for (let id = 0; id < index.nameCount; id++) {
          const raw = index.nameRaw(id);
          if (raw.length >= LONG_NAME && /^[a-z]/.test(raw) && /[a-z]$/.test(raw) && !index.isJoined(id) && !index.isCommon(id) && near(raw, word)) scan.push(id);
        }
        // The index may hand over a longer name now and then (lengths past its last slot share it): callers measure each.
        expect(viaIndex.filter((id) => near(index.nameRaw(id), word)).sort(), word).toEqual(scan.sort());
        found += scan.length;
      }
    }), RUNS);
    expect(found).toBeGreaterThan(50);
  });

  it('the index finds exactly the names a full scan finds', () => {
    fc.assert(fc.property(registry, fc.array(fc.oneof(name, mutation), { minLength: 1, maxLength: 20 }), (json, queries) => {
      const index = domainIndexOf(json);
      const names = json.organizations.map((o) => o.channels[0]!.value.replace(/\.com$/, ''));
      for (const query of queries.map((q) => (typeof q === 'string' ? q : q(names)))) {
        const key = compactSkeleton(query);
        const found = (hits: ReturnType<typeof matchWord>) => hits.map((h) => `${h.kind}:${index.nameKey(h.nameId)}`).sort();
        for (const around of ['bare', 'evidence', 'lured'] as const) {
          expect(found(matchWord(index, query, 2, around)), query).toEqual(found(matchWord(index, query, 2, around, fullScan)));
        }
        const tokens = findTokens(index, `x${key}y`).map((t) => index.nameKey(t.nameId)).sort();
        const scannedTokens = Array.from({ length: index.nameCount }, (_, id) => id)
          .filter((id) => index.nameRaw(id).length >= 5 && !index.isCommon(id) && `x${key}y`.includes(index.nameKey(id)))
          .map((id) => index.nameKey(id)).sort();
        expect([...new Set(tokens)], query).toEqual([...new Set(scannedTokens)]);
      }
    }), RUNS);
  });
});
