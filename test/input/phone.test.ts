/** @module Table tests for phone numbers. */
import { describe, expect, it } from 'vitest';
import { parseContact } from '../../src/core/input/index.ts';

/** [input, country hint, E.164, via] */
const phones: Array<[string, string | undefined, string, string | undefined]> = [
  ['+1 415 555 0100', undefined, '+14155550100', undefined],
  ['+1 (415) 555-0100', undefined, '+14155550100', undefined],
  ['+1.415.555.0100', undefined, '+14155550100', undefined],
  ['+14155550100', undefined, '+14155550100', undefined],
  ['tel:+1-415-555-0100', undefined, '+14155550100', 'tel'],
  ['TEL:+14155550100', undefined, '+14155550100', 'tel'],
  ['sms:+14155550100', undefined, '+14155550100', 'sms'],
  ['sms:+14155550100?body=hi', undefined, '+14155550100', 'sms'],
  ['callto:+14155550100', undefined, '+14155550100', 'tel'],
  ['(415) 555-0100', 'US', '+14155550100', undefined],
  ['415 555 0100', 'us', '+14155550100', undefined],
  ['020 7946 0000', 'GB', '+442079460000', undefined],
  ['+44 (0) 20 7946 0000', undefined, '+442079460000', undefined],
  ['+44 20 7946 0000', undefined, '+442079460000', undefined],
  ['0044 20 7946 0000', 'DE', '+442079460000', undefined],
  ['+86 138 0013 8000', undefined, '+8613800138000', undefined],
  ['+90 212 555 0100', undefined, '+902125550100', undefined],
  ['+84 28 3822 0000', undefined, '+842838220000', undefined],
  ['+55 11 91234-5678', undefined, '+5511912345678', undefined],
  ['+7 495 123-45-67', undefined, '+74951234567', undefined],
  ['+971 4 123 4567', undefined, '+97141234567', undefined],
  ['+34 912 34 56 78', undefined, '+34912345678', undefined],
  ['+1 415 555 0100 ext. 12', undefined, '+14155550100', undefined],
  ['+1‑415‑555‑0100', undefined, '+14155550100', undefined],
  ['https://wa.me/14155550100', undefined, '+14155550100', 'whatsapp'],
  ['wa.me/14155550100?text=hello', undefined, '+14155550100', 'whatsapp'],
  ['https://api.whatsapp.com/send?phone=14155550100', undefined, '+14155550100', 'whatsapp'],
];

const invalid: Array<[string, string | undefined, string]> = [
  ['415 555 0100', undefined, 'phone_country_required'],
  ['020 7946 0000', undefined, 'phone_country_required'],
  ['+1', undefined, 'invalid_phone'],
  ['+1 234', undefined, 'invalid_phone'],
  ['+1 415 555 0100 0100 0100 0100', undefined, 'invalid_phone'],
  ['tel:', undefined, 'invalid_phone'],
  ['tel:abc', undefined, 'invalid_phone'],
];

describe('phone numbers', () => {
  it.each(phones)('%s (country %s) → %s', (input, country, e164, via) => {
    const result = parseContact(input, country ? { country } : {});
    expect(result).toMatchObject({ ok: true, value: { kind: 'phone', value: e164 } });
    expect(result.ok && result.value.kind === 'phone' ? result.value.via : 'not a phone').toBe(via);
  });

  it.each(invalid)('%s (country %s) is refused with %s', (input, country, code) => {
    expect(parseContact(input, { type: 'phone', ...(country ? { country } : {}) })).toMatchObject({ ok: false, problem: { code } });
  });

  it('gives the country and an international format', () => {
    expect(parseContact('+44 20 7946 0000')).toMatchObject({
      ok: true,
      value: { country: 'GB', international: '+44 20 7946 0000' },
    });
  });
});
