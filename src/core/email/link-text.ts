/** @module Links whose visible text shows one address while the target is another: `<a href="https://evil.example">https://www.binance.com</a>`. */
import { parse } from 'tldts';
import { normalizeHost, toUrl } from '../input/domain.ts';
import type { ContactChecker } from './contact-check.ts';
import { sameOrganization } from './domains.ts';
import type { WeighedFinding } from './findings.ts';
import type { Anchor } from './html.ts';
import { MAX_LINK_TEXT } from './limits.ts';

/** Text that reads as a link or a domain: no spaces, a dot, an optional scheme and path. */
const LINK_LIKE = /^(?:https?:\/\/)?[^\s/@]+\.[^\s/@]+(?:[/?#]\S*)?$/i;

/** The host the text shows, when it shows one with a real public suffix ("v1.2" and "report.pdf" show none). */
export function shownHost(text: string): string | null {
  if (text.length > 2048 || !LINK_LIKE.test(text)) return null;
  const url = toUrl(text);
  const host = url?.hostname ? normalizeHost(url.hostname) : null;
  if (!host?.ok || host.value.ip) return null;
  const info = parse(host.value.value, { allowPrivateDomains: true });
  return info.isIcann || info.isPrivate ? host.value.value : null;
}

/** The host a link opens, for http(s) links only: other schemes show no address to compare. */
function targetHost(href: string): string | null {
  if (!/^(https?:\/\/|www\.)/i.test(href)) return null;
  const url = toUrl(href);
  return url?.hostname ? url.hostname.toLowerCase() : null;
}

export const cut = (text: string): string => (text.length > MAX_LINK_TEXT ? `${text.slice(0, MAX_LINK_TEXT - 1)}…` : text);

/**
 * The finding for one anchor, or null when its text shows no address or the same site. Showing an
 * official address while opening another is a danger (an imitation), unless the message is verified as
 * coming from that official sender, whose mailing service may route links through its own tracker.
 */
export function linkTextFinding(anchor: Anchor, check: ContactChecker, verifiedOfficialSender: boolean): WeighedFinding | null {
  const shown = anchor.text ? shownHost(anchor.text) : null;
  const target = targetHost(anchor.href);
  if (!shown || !target || sameOrganization(shown, target)) return null;
  const claimed = check(shown, { type: 'domain' });
  const org = claimed.verdict === 'official' || claimed.verdict === 'revoked' ? claimed.organization : undefined;
  const text = cut(anchor.text);
  if (org && !verifiedOfficialSender) {
    return {
      code: 'link_text_mismatch', severity: 'danger', argues: 'lookalike', organization: org, subject: anchor.href,
      explanation: `A link shows "${text}", ${org.name}'s ${shown}, but opens ${target}.`,
    };
  }
  return {
    code: 'link_text_mismatch', severity: 'warning', argues: 'not_official', subject: anchor.href, ...(org ? { organization: org } : {}),
    explanation: `A link shows "${text}" but opens ${target}.`,
  };
}
