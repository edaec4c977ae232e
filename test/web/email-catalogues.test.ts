/** @module The email mode's catalogues: the eight languages complete, with the same placeholders and menu markers, and a title for every finding code the email check can give. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMAIL_MESSAGES } from '../../src/web/i18n/email/index.ts';
import { emailEn } from '../../src/web/i18n/email/en.ts';
import { LANGUAGE_CODES } from '../../src/web/i18n/index.ts';

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const boldRuns = (message: string) => message.split('**').length - 1;

describe('email catalogues', () => {
  it.each(LANGUAGE_CODES)('%s has every English key, the same placeholders and **menu** markers, translated', (code) => {
    const messages = EMAIL_MESSAGES[code];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(emailEn).sort());
    for (const [key, english] of Object.entries(emailEn)) {
      const message = messages[key as keyof typeof emailEn];
      expect(message.trim(), `${code} ${key}`).toBe(message);
      expect(message.length, `${code} ${key}`).toBeGreaterThan(0);
      expect(placeholders(message), `${code} ${key}`).toEqual(placeholders(english));
      // Menu names are marked in pairs; an odd count would leave the rest of the step bold.
      expect(boldRuns(message) % 2, `${code} ${key}`).toBe(0);
      expect(boldRuns(message) > 0, `${code} ${key}`).toBe(boldRuns(english) > 0);
    }
    if (code !== 'en') {
      const untranslated = Object.entries(messages).filter(([key, m]) => m === emailEn[key as keyof typeof emailEn] && m.includes(' '));
      expect(untranslated, code).toEqual([]);
    }
  });

  it('names every finding code the email check can give', () => {
    const dir = new URL('../../src/core/email/', import.meta.url);
    const source = readdirSync(dir).map((file) => readFileSync(new URL(file, dir), 'utf8')).join('\n');
    const literal = [...source.matchAll(/code: '([a-z_]+)'/g)].map((m) => m[1]!);
    // Contact findings are `${place}_${verdict}` (contact-findings.ts).
    const places = /export type Place = ([^;]+);/.exec(source)![1]!.match(/'([a-z_]+)'/g)!.map((p) => p.slice(1, -1));
    const contact = places.flatMap((place) => ['known_scam', 'lookalike', 'revoked'].map((verdict) => `${place}_${verdict}`));
    const codes = [...new Set([...literal, ...contact])];
    expect(codes.length).toBeGreaterThan(35);
    expect(codes.filter((code) => !(`finding.${code}` in emailEn))).toEqual([]);
  });
});
