/** @module Table tests for email addresses. */
import { describe, expect, it } from 'vitest';
import { parseContact } from '../../src/core/input/index.ts';

/** [input, value, display name] */
const emails: Array<[string, string, string | undefined]> = [
  ['support@binance.com', 'support@binance.com', undefined],
  ['Support@BINANCE.COM', 'Support@binance.com', undefined],
  ['  support@binance.com ', 'support@binance.com', undefined],
  ['Binance <support@binance.com>', 'support@binance.com', 'Binance'],
  ['"Binance Security" <alerts@random.example>', 'alerts@random.example', 'Binance Security'],
  ['"Doe, John" <john@example.com>', 'john@example.com', 'Doe, John'],
  ['<noreply@binance.com>', 'noreply@binance.com', undefined],
  ['mailto:support@binance.com', 'support@binance.com', undefined],
  ['MAILTO:support@binance.com?subject=Hi', 'support@binance.com', undefined],
  ['mailto:support%40binance.com', 'support@binance.com', undefined],
  ['first.last+tag@mail.binance.com', 'first.last+tag@mail.binance.com', undefined],
  ['user@bіnance.com', 'user@xn--bnance-pvf.com', undefined],
  ['user@xn--bnance-pvf.com', 'user@xn--bnance-pvf.com', undefined],
  ['user@bücher.example', 'user@xn--bcher-kva.example', undefined],
  ['binance.support@gmail.com', 'binance.support@gmail.com', undefined],
  ['"odd local"@example.com', '"odd local"@example.com', undefined],
  ['user@example.com.', 'user@example.com', undefined],
  ['do-not-reply@post.binance.com', 'do-not-reply@post.binance.com', undefined],
  ["o'brien@example.ie", "o'brien@example.ie", undefined],
  ['binance.com@evil.example', 'binance.com@evil.example', undefined],
];

const invalid: Array<[string, string]> = [
  ['support@', 'invalid_email'],
  ['mailto:', 'invalid_email'],
  ['two@@binance.com', 'invalid_email'],
  ['a b@binance.com', 'invalid_email'],
  ['user@[127.0.0.1]', 'invalid_email'],
  ['user@localhost', 'invalid_email'],
  [`${'a'.repeat(65)}@example.com`, 'invalid_email'],
  ['user@exa_mple..com', 'invalid_email'],
];

describe('email addresses', () => {
  it.each(emails)('%s → %s', (input, value, displayName) => {
    const result = parseContact(input);
    expect(result).toMatchObject({ ok: true, value: { kind: 'email', value } });
    expect(result.ok && result.value.kind === 'email' ? result.value.displayName : 'not an email').toBe(displayName);
  });

  it.each(invalid)('%s is refused with %s', (input, code) => {
    expect(parseContact(input, { type: 'email' })).toMatchObject({ ok: false, problem: { code } });
  });

  it('keeps the domain in Unicode for display', () => {
    expect(parseContact('user@bücher.example')).toMatchObject({ ok: true, value: { domainUnicode: 'bücher.example' } });
  });
});
