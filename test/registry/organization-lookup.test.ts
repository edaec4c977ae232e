/** @module RegistryIndex.organization, the hash-table lookup answers use, must agree with the organizations map. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOf } from '../support/index.ts';

const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);

describe('RegistryIndex.organization', () => {
  it('finds every organization by its slug, and none for another', () => {
    fc.assert(fc.property(fc.uniqueArray(slug, { minLength: 1, maxLength: 60 }), fc.array(slug, { maxLength: 20 }), (slugs, others) => {
      const index = indexOf({ organizations: slugs.map((s) => ({ slug: s, name: `Org ${s}`, channels: [{ kind: 'domain', value: `${s.replace(/-/g, '')}x.com` }] })) });
      for (const s of slugs) expect(index.organization(s)).toBe(index.organizations.get(s));
      for (const s of others) expect(index.organization(s)).toBe(index.organizations.get(s));
    }), { numRuns: 100, seed: 20261127 });
  });
});
