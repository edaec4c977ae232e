/** @module A bare @name is looked up on every platform: the loose-key shortcut must find exactly what trying each platform finds. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHandle } from '../../src/core/input/social/index.ts';
import { PLATFORMS, type SocialContact } from '../../src/core/types.ts';
import { indexOf } from '../support/index.ts';

const handle = fc.stringMatching(/^[a-z][a-z0-9]{4,11}$/);
const written: Record<string, (h: string) => string> = {
  x: (h) => h, telegram: (h) => h, instagram: (h) => `${h.slice(0, 3)}.${h.slice(3)}`, youtube: (h) => `@${h}`,
  facebook: (h) => h, tiktok: (h) => `@${h}`, github: (h) => h, reddit: (h) => `r/${h}`, medium: (h) => `@${h}`,
};

const registry = fc.array(fc.tuple(handle, fc.constantFrom(...Object.keys(written))), { minLength: 1, maxLength: 30 }).map((pairs) => ({
  organizations: [{
    slug: 'org',
    name: 'Org',
    channels: [...new Map(pairs.map(([h, p]) => [`${p}|${h}`, { kind: 'social', platform: p, value: written[p]!(h) }])).values()],
  }],
}));

describe('bare handles', () => {
  it('the loose-key shortcut agrees with normalizing the name for every platform', () => {
    fc.assert(fc.property(registry, fc.array(fc.oneof(handle, handle.map((h) => `${h.toUpperCase()}`), handle.map((h) => `${h.slice(0, 2)}.${h.slice(2)}`)), { maxLength: 10 }), (json, extra) => {
      const index = indexOf(json);
      const queries = [...json.organizations[0]!.channels.map((c) => c.value.replace(/^(@|r\/)/, '')), ...extra];
      for (const value of queries) {
        const fast = index.find({ kind: 'social', platform: null, value }).channels.map((c) => `${c.platform}|${c.value}`).sort();
        const slow = PLATFORMS.flatMap((platform) => {
          const normalized = normalizeHandle(platform, value);
          if (!normalized.ok) return [];
          return index.find({ ...normalized.value, platform } as SocialContact).channels.map((c) => `${c.platform}|${c.value}`);
        }).sort();
        expect(fast, value).toEqual([...new Set(slow)].sort());
      }
    }), { numRuns: 300, seed: 42 });
  });
});
