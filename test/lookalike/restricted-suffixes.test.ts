/** @module Public suffixes only public bodies and universities register under. */
import { describe, expect, it } from 'vitest';
import { isRestrictedSuffix } from '../../src/core/lookalike/restricted-suffixes.ts';

describe('isRestrictedSuffix', () => {
  it.each(['gov', 'edu', 'mil', 'int', 'gov.uk', 'gouv.fr', 'gob.mx', 'go.jp', 'gv.at', 'ac.uk', 'ac.jp', 'edu.au', 'mil.br', 'govt.nz', 'wa.gov.au', 'nsw.edu.au', 'pa.gov.br'])('%s is given only to public bodies or academia', (suffix) => {
    expect(isRestrictedSuffix(suffix)).toBe(true);
  });

  it.each(['com', 'org', 'io', 'co.uk', 'com.au', 'go.com', 'gov.example.com', 'ac', 'github.io', 'k12.ca.us'])('%s is open to anyone', (suffix) => {
    expect(isRestrictedSuffix(suffix)).toBe(false);
  });
});
