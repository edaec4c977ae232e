/** @module Links and bare domains: WHATWG URL parsing, IDNA both ways and the registrable domain. */
import { parse as parseDomain } from 'tldts';
import punycode from 'punycode/punycode.js';
import { fail, ok, type DomainContact, type Outcome } from '../types.ts';

/** A link's scheme: `https://`, `ftp://`, `tg://`… */
export const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** Apps' own link schemes, which have no `//`: tg:resolve?domain=…, spotify:artist:…, whatsapp:… */
export const APP_SCHEME = /^(tg|spotify|whatsapp):/i;
/** The longest label DNS allows. */
const MAX_LABEL = 63;
const [DOT, DASH, UNDERSCORE] = [0x2e, 0x2d, 0x5f];

/**
 * Parses a link or bare host the way a browser would, so `https://binance.com@evil.example/`
 * yields evil.example, as it does in the address bar. Returns null when no browser would open it.
 */
export function toUrl(text: string): URL | null {
  const candidate = HAS_SCHEME.test(text) || APP_SCHEME.test(text) ? text : `http://${text.replace(/^\/\//, '')}`;
  try {
    return new URL(candidate);
  } catch {
    return null;
  }
}

/** Decodes the A-labels of a host for display; labels that are not valid punycode stay as written. */
export function hostToUnicode(host: string): string {
  if (!host.includes('xn--')) return host;
  return host
    .split('.')
    .map((label) => {
      if (!label.startsWith('xn--')) return label;
      try {
        return punycode.toUnicode(label);
      } catch {
        return label;
      }
    })
    .join('.');
}

/**
 * How tldts reads a hostname that is one already (WHATWG URL's, a registry channel's, a parsed
 * contact's), private suffixes included: nothing to extract from a URL or validate, which is over a
 * third of its work.
 */
export const AS_HOSTNAME = { allowPrivateDomains: true, extractHostname: false, mixedInputs: false, validateHostname: false } as const;

/**
 * Normalizes a hostname already parsed by WHATWG URL (so IDNA-mapped and lower-case ASCII).
 * @example normalizeHost('www.Binance.com.') // ok: { value: 'www.binance.com', registrableDomain: 'binance.com', … }
 */
export function normalizeHost(hostname: string): Outcome<DomainContact> {
  const lower = hostname.toLowerCase();
  const host = lower.endsWith('.') ? lower.replace(/\.+$/, '') : lower;
  if (!host) return fail('invalid_domain', 'There is no domain name in this input.');
  // WHATWG URL gave the hostname, and its labels are checked below: tldts need not extract or validate it.
  const info = parseDomain(host, AS_HOSTNAME);
  if (info.isIp || host.startsWith('[')) {
    return ok({ kind: 'domain', value: host, unicode: host, registrableDomain: null, ip: true });
  }
  if (!host.includes('.')) {
    return fail('invalid_domain', `"${host}" has no top-level domain (such as .com), so it is not a domain name.`);
  }
  if (host.length > 253 || !hasValidLabels(host)) {
    return fail('invalid_domain', `"${host}" is not a valid domain name.`);
  }
  return ok({
    kind: 'domain',
    value: host,
    unicode: hostToUnicode(host),
    registrableDomain: info.domain ?? null,
    ip: false,
  });
}

/**
 * Whether every label of `host` is 1–63 of a–z, 0–9, "_" and "-", neither first nor last a dash, and
 * the last label (the top-level domain) is not all digits: browsers read such hosts as (broken) IPv4
 * addresses. One pass over the host, where a regular expression per label cost a tenth of parsing a link.
 */
export function hasValidLabels(host: string): boolean {
  let start = 0;
  let digitsOnly = true;
  for (let i = 0; ; i++) {
    const end = i === host.length;
    const c = end ? DOT : host.charCodeAt(i);
    if (c === DOT) {
      const length = i - start;
      if (length < 1 || length > MAX_LABEL || host.charCodeAt(start) === DASH || host.charCodeAt(i - 1) === DASH) return false;
      if (end) return !digitsOnly;
      start = i + 1;
      digitsOnly = true;
      continue;
    }
    const digit = c >= 0x30 && c <= 0x39;
    if (!digit && !(c >= 0x61 && c <= 0x7a) && c !== UNDERSCORE && c !== DASH) return false;
    digitsOnly &&= digit;
  }
}

/** Normalizes a link or a bare domain written by a person. */
export function parseDomainInput(text: string): Outcome<DomainContact> {
  const url = toUrl(text);
  if (!url || !url.hostname) return fail('invalid_domain', 'This is not a link or domain name a browser could open.');
  return urlHost(url);
}

/** The host a parsed link opens, with what it writes before "@" and the page it names (see `DomainContact`). */
export function urlHost(url: URL): Outcome<DomainContact> {
  const host = normalizeHost(url.hostname);
  if (!host.ok) return host;
  const pathname = url.pathname;
  // Both fields are always set (undefined when absent, which JSON leaves out): every link's contact then
  // has one shape, which keeps the code reading contacts fast.
  host.value.userinfo = url.username || url.password ? decoded(url.password ? `${url.username}:${url.password}` : url.username) : undefined;
  host.value.path = pathname === '/' || !/^https?:$/.test(url.protocol) ? undefined : decoded(pathname);
  return host;
}

/** Percent-decoded text, or the text as it is where its escapes are broken. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
