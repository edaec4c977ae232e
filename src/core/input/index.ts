/** @module Understanding free text: detect what kind of contact it is and normalize it. */
import { fail, type Contact, type Outcome, type ParseOptions, type Platform } from '../types.ts';
import { APP_SCHEME, HAS_SCHEME, parseDomainInput, toUrl, urlHost } from './domain.ts';
import { parseEmailInput } from './email.ts';
import { MAX_REDIRECTS, redirectTarget } from './redirects.ts';
import { parsePhoneInput, PHONE_LIKE } from './phone.ts';
import { normalizeHandle, parseSocialUrl } from './social/index.ts';

/** Longest input accepted: long enough for any real link, short enough to bound work per lookup. */
export const MAX_INPUT_LENGTH = 2048;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const INVISIBLE_EDGES = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;
/** Printable ASCII but the space: no white space or invisible character is one. */
const isVisibleAscii = (code: number): boolean => code > 0x20 && code < 0x7f;
/**
 * The text without white space or invisible characters at its ends. Most inputs have none, which their
 * first and last characters show: the expression would try every position for an ending run.
 */
const trimInvisible = (text: string): string =>
  isVisibleAscii(text.charCodeAt(0)) && isVisibleAscii(text.charCodeAt(text.length - 1)) ? text : text.replace(INVISIBLE_EDGES, '');
const EMAIL_LIKE = /^([^\s@/"]+|"[^"]*")@[^\s@/]+$|<[^<>]+@[^<>]+>\s*$/;
const BARE_HANDLE = /^@?[\p{L}\p{N}_.-]{1,64}$/u;
/** `t.me/name`, not `r/name` or `channel/UC…`: a first path segment with a dot is a host. */
const HOST_AND_PATH = /^[^@\s/]+\.[^\s/]+\//;
const DOTTED_IP = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Links: a profile on a known platform becomes a social contact, a wa.me link a phone, anything else a
 * domain. A redirect link, or a web proxy's page, is where it ends, with the redirect pages and proxies it
 * goes through (`redirects`).
 */
function parseLink(text: string, depth = 0): Outcome<Contact> {
  const url = toUrl(text);
  const target = url && depth < MAX_REDIRECTS ? redirectTarget(url) : null;
  const end = target === null ? null : parseLink(target, depth + 1);
  if (url && end?.ok) return { ok: true, value: { ...end.value, redirects: [url.hostname.toLowerCase(), ...(end.value.redirects ?? [])] } };
  // A platform's home page (github.com, https://t.me/) is a website, not a profile.
  const home = url !== null && /^https?:$/.test(url.protocol) && url.pathname === '/' && !url.search && !url.hash;
  const social = url && !home ? parseSocialUrl(url) : null;
  if (social === null) {
    return url?.hostname ? urlHost(url) : fail('invalid_url', 'This is not a link a browser could open.');
  }
  if (!social.ok || social.value.kind === 'social') return social as Outcome<Contact>;
  return parsePhoneInput(`+${social.value.raw}`, undefined, 'whatsapp');
}

/** A handle with no platform is looked up on every platform; with one, that platform's rules apply. */
function parseHandle(text: string, platform: Platform | undefined): Outcome<Contact> {
  if (platform) {
    if (HAS_SCHEME.test(text) || HOST_AND_PATH.test(text)) return parseLink(text);
    const handle = normalizeHandle(platform, text);
    // Too long for a handle but all digits: a numeric account id, which registered ids match.
    const digits = /^@?(\d{5,25})$/.exec(text)?.[1];
    return handle.ok || !digits ? handle : { ok: true, value: { kind: 'social', platform, accountId: digits } };
  }
  if (HAS_SCHEME.test(text) || HOST_AND_PATH.test(text)) return parseLink(text);
  if (!BARE_HANDLE.test(text) || text === '@') {
    return fail('invalid_handle', 'A handle is a name such as @binance, made of letters, digits, dots, dashes and underscores.');
  }
  return { ok: true, value: { kind: 'social', platform: null, value: text.replace(/^@/, '') } };
}

function detect(text: string, options: ParseOptions): Outcome<Contact> {
  if (/^mailto:/i.test(text)) return parseEmailInput(text);
  if (/^(tel|sms|callto):/i.test(text)) return parsePhoneInput(text, options.country);
  if (APP_SCHEME.test(text)) return parseLink(text);
  if (options.platform) return parseHandle(text, options.platform);
  if (HAS_SCHEME.test(text)) return parseLink(text);
  if (text.startsWith('@')) return parseHandle(text, undefined);
  if (EMAIL_LIKE.test(text)) return parseEmailInput(text);
  if (PHONE_LIKE.test(text) && !DOTTED_IP.test(text) && (text.match(/\d/g)?.length ?? 0) >= 6) {
    return parsePhoneInput(text, options.country);
  }
  if (text.includes('.') || text.startsWith('[')) return parseLink(text);
  return parseHandle(text, undefined);
}

/**
 * Turns whatever a person pasted into a normalized contact, or says why it cannot.
 * @example parseContact('https://t.me/s/BinanceExchange') // ok: { kind: 'social', platform: 'telegram', value: 'binanceexchange' }
 */
export function parseContact(input: string, options: ParseOptions = {}): Outcome<Contact> {
  // IDNA reads the ideographic and full-width full stops as dots; so must detection.
  const text = trimInvisible(input).replace(/[\u3002\uff0e\uff61]/g, '.');
  if (!text) return fail('empty_input', 'Paste a link, email address, phone number or handle to check.');
  if (text.length > MAX_INPUT_LENGTH) {
    return fail('input_too_long', `The input is longer than ${MAX_INPUT_LENGTH} characters; no contact is that long.`);
  }
  if (CONTROL.test(text)) return fail('invalid_characters', 'The input contains control characters.');
  switch (options.type ?? 'auto') {
    case 'auto':
      return detect(text, options);
    case 'url':
      return parseLink(text);
    case 'domain':
      return parseDomainInput(text);
    case 'email':
      return parseEmailInput(text);
    case 'phone':
      return /^https?:\/\//i.test(text) ? parseLink(text) : parsePhoneInput(text, options.country);
    case 'social':
      return parseHandle(text, options.platform);
  }
}
