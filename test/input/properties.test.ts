/** @module Property tests: normalization never throws, and normalizing a normalized value changes nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContact } from '../../src/core/input/index.ts';
import { PLATFORMS, type Contact, type ParseOptions } from '../../src/core/types.ts';

const RUNS = { numRuns: 2000, seed: 20261125 };

/** Inputs shaped like what people paste, mixed with arbitrary text. */
const contactLike = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.emailAddress(),
  fc.domain(),
  fc.stringMatching(/^\+?[0-9 ()-]{4,20}$/),
  fc.stringMatching(/^@[A-Za-z0-9_.]{1,20}$/),
  fc.tuple(fc.constantFrom('https://t.me/', 'x.com/', 'instagram.com/', 'youtube.com/@', 'wa.me/', 'reddit.com/r/', 'tiktok.com/@'), fc.string({ maxLength: 30 })).map(([a, b]) => a + b),
);
const options: fc.Arbitrary<ParseOptions> = fc.record(
  {
    type: fc.constantFrom('auto', 'url', 'domain', 'email', 'phone', 'social'),
    platform: fc.constantFrom(...PLATFORMS),
    country: fc.constantFrom('US', 'GB', 'DE', 'zz'),
  },
  { requiredKeys: [] },
);

/** The options that make a normalized value parse as the same kind of contact again. */
function sameKind(contact: Contact): ParseOptions {
  if (contact.kind === 'social') return { type: 'social', ...(contact.platform ? { platform: contact.platform } : {}) };
  return { type: contact.kind === 'domain' ? 'domain' : contact.kind };
}

describe('parseContact properties', () => {
  it('never throws, and always answers ok or a problem with a code and a message', () => {
    fc.assert(
      fc.property(contactLike, options, (input, opts) => {
        const result = parseContact(input, opts);
        if (!result.ok) {
          expect(result.problem.code).toMatch(/^[a-z_]+$/);
          expect(result.problem.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('is idempotent: the normalized value normalizes to itself', () => {
    fc.assert(
      fc.property(contactLike, options, (input, opts) => {
        const first = parseContact(input, opts);
        if (!first.ok || first.value.value === undefined) return;
        const again = parseContact(first.value.value, sameKind(first.value));
        expect(again.ok ? again.value.value : again.problem).toBe(first.value.value);
      }),
      RUNS,
    );
  });
});
