/** @module Email addresses: bare, `Name <address>` and mailto: forms, with the domain normalized like a link's host. */
import { fail, ok, type EmailContact, type Outcome } from '../types.ts';
import { normalizeHost, toUrl } from './domain.ts';

const NAME_ADDR = /^(.*?)<([^<>]+)>\s*$/s;
/** RFC 5322 dot-atom characters; quoted local parts are accepted as written. */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+)*$/;
const QUOTED = /^"(?:[^"\\]|\\.)*"$/;

function unquote(name: string): string | undefined {
  const trimmed = name.trim().replace(/^"(.*)"$/s, '$1').replace(/\\(.)/g, '$1').trim();
  return trimmed || undefined;
}

function stripMailto(text: string): string {
  if (!/^mailto:/i.test(text)) return text;
  const address = text.slice('mailto:'.length).split('?')[0] ?? '';
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}

/**
 * Normalizes an email address; the local part keeps its case (matching decides whether case counts).
 * @example parseEmailInput('"Binance" <Support@BINANCE.com>') // ok: { value: 'Support@binance.com', displayName: 'Binance', … }
 */
export function parseEmailInput(text: string): Outcome<EmailContact> {
  const named = NAME_ADDR.exec(text);
  const displayName = named ? unquote(named[1] ?? '') : undefined;
  const address = stripMailto((named ? named[2] ?? '' : text).trim());
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) {
    return fail('invalid_email', 'An email address needs a name, an @ and a domain, such as support@example.com.');
  }
  const local = address.slice(0, at);
  if (local.length > 64 || !(DOT_ATOM.test(local) || QUOTED.test(local))) {
    return fail('invalid_email', `"${local}" is not a valid name before the @ of an email address.`);
  }
  const domainText = address.slice(at + 1);
  if (domainText.startsWith('[')) return fail('invalid_email', 'Addresses at a bare IP address are not accepted.');
  const url = /[/?#:@\s]/.test(domainText) ? null : toUrl(domainText);
  const host = url ? normalizeHost(url.hostname) : fail('invalid_email', `"${domainText}" is not a valid email domain.`);
  if (!host.ok) return fail('invalid_email', host.problem.message);
  if (host.value.ip) return fail('invalid_email', 'Addresses at a bare IP address are not accepted.');
  return ok({
    kind: 'email',
    value: `${local}@${host.value.value}`,
    local,
    domain: host.value.value,
    domainUnicode: host.value.unicode,
    ...(displayName ? { displayName } : {}),
  });
}
