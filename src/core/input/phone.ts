/** @module Phone numbers: any formatting, tel:/sms: URIs and a country hint, normalized to E.164 by libphonenumber-js. */
import { parsePhoneNumberWithError, ParseError, type CountryCode } from 'libphonenumber-js';
import { fail, ok, type Outcome, type PhoneContact } from '../types.ts';

const URI_PREFIX = /^(tel|sms|callto):(\/\/)?/i;
/** Characters people and apps put in numbers: digits, spaces, separators, a leading plus, an extension. */
export const PHONE_LIKE = /^\+?[\d\s().\-\u2010-\u2015/]{6,40}((ext|x|#)\.?\s*\d{1,6})?$/i;

const REASONS: Record<string, Outcome<never>> = {
  INVALID_COUNTRY: fail(
    'phone_country_required',
    'This number has no country code. Write it with one (such as +44 20 7946 0000) or give the country it belongs to.',
  ),
  TOO_SHORT: fail('invalid_phone', 'This number is too short to be a phone number.'),
  TOO_LONG: fail('invalid_phone', 'This number is too long to be a phone number.'),
  NOT_A_NUMBER: fail('invalid_phone', 'This is not a phone number.'),
};

/**
 * Normalizes a phone number to E.164.
 * @example parsePhoneInput('tel:+1-415-555-0100') // ok: { value: '+14155550100', country: 'US', … }
 */
export function parsePhoneInput(
  text: string,
  country?: string,
  via?: PhoneContact['via'],
): Outcome<PhoneContact> {
  const uri = URI_PREFIX.exec(text);
  const scheme = uri?.[1]?.toLowerCase();
  const digits = (uri ? text.slice(uri[0].length) : text).replace(/[;?].*$/, '');
  try {
    const number = parsePhoneNumberWithError(digits, country ? { defaultCountry: country.toUpperCase() as CountryCode } : undefined);
    if (!number.isPossible()) return fail('invalid_phone', 'This number does not have a possible length for its country.');
    const how = via ?? (scheme === 'tel' || scheme === 'callto' ? 'tel' : scheme === 'sms' ? 'sms' : undefined);
    return ok({
      kind: 'phone',
      value: number.number,
      ...(number.country ? { country: number.country } : {}),
      international: number.formatInternational(),
      ...(how ? { via: how } : {}),
    });
  } catch (error) {
    const reason = error instanceof ParseError ? REASONS[error.message] : undefined;
    return reason ?? fail('invalid_phone', 'This is not a phone number.');
  }
}

/** Whether a country code is one libphonenumber-js knows, for validating `country` hints. */
export { isSupportedCountry } from 'libphonenumber-js';
