/** @module Properties of lookalike detection: skeletons are stable, officials stay official, the index equals a full scan. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { osaDistance } from '../../src/core/lookalike/edit-distance.ts';
import { allowedEdits, LookalikeIndex } from '../../src/core/lookalike/lookalike-index.ts';
import { findTokens, matchWord } from '../../src/core/lookalike/match-word.ts';
import { compactRaw, compactSkeleton, isCommonWord } from '../../src/core/lookalike/names.ts';
import { skeleton, visualForm } from '../../src/core/lookalike/skeleton.ts';
import type { ChannelEntry } from '../../src/core/registry/entries.ts';
import { parseContact } from '../../src/core/input/index.ts';
import { checkContact } from '../../src/core/verdict.ts';
import { check, indexOf } from '../support/index.ts';
import { LOOKALIKE_REGISTRY } from './registry.ts';

const RUNS = { numRuns: 200, seed: 20261126 };
const letters = 'abcdeiklmnorstuvwxyz01';
const name = fc.string({ unit: fc.constantFrom(...letters), minLength: 3, maxLength: 13 });

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
    );
    fc.assert(fc.property(inputs, fc.constantFrom(undefined, 'x', 'telegram'), (input, platform) => {
      const contact = parseContact(input, platform ? { platform } : {});
      if (!contact.ok) return;
      const answer = checkContact(index, input, contact.value, new Date());
      for (const match of answer.matches) {
        expect(match.explanation.length).toBeGreaterThan(20);
        expect(match.reasons.length).toBeGreaterThan(0);
      }
    }), { numRuns: 3000, seed: 7 });
  });
});

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

  it('the index finds exactly the names a full scan finds', () => {
    fc.assert(fc.property(registry, fc.array(name, { minLength: 1, maxLength: 20 }), (json, queries) => {
      const channels = json.organizations.map((o) => ({
        organization: o.slug, kind: 'domain', value: `${o.channels[0]!.value}`, display: o.channels[0]!.value, status: 'active',
      })) as ChannelEntry[];
      const index = new LookalikeIndex({ organizations: [], channels });
      for (const query of queries) {
        const key = compactSkeleton(query);
        const common = isCommonWord(compactRaw(query));
        const names = Array.from({ length: index.nameCount }, (_, id) => ({
          key: index.nameKey(id), raw: index.nameRaw(id), common: index.isCommon(id), joined: index.isJoined(id),
        }));
        const fromIndex = matchWord(index, query).map((h) => `${h.kind}:${index.nameKey(h.nameId)}`).sort();
        const scanned = names.flatMap((n) => {
          if (n.key === key) return common && compactRaw(query) !== n.raw ? [] : [`exact:${n.key}`];
          if (common || key.length < 4 || n.joined) return [];
          const d = osaDistance(key, n.key, allowedEdits(n.key.length));
          return d >= 1 && d <= allowedEdits(n.key.length) ? [`typo:${n.key}`] : [];
        }).sort();
        expect(fromIndex, query).toEqual(scanned);
        const tokens = findTokens(index, `x${key}y`).map((t) => index.nameKey(t.nameId)).sort();
        const scannedTokens = names.filter((n) => n.key.length >= 5 && !n.common && `x${key}y`.includes(n.key)).map((n) => n.key).sort();
        expect([...new Set(tokens)], query).toEqual([...new Set(scannedTokens)]);
      }
    }), RUNS);
  });
});
