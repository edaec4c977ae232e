/** @module The web's most visited sites, which no lookalike warning names: Chromium's top domain list. */
import { TOP_DOMAINS } from './data/top-domains.generated.ts';

let topDomains: ReadonlySet<string> | undefined;

/**
 * Whether a registrable domain is one of the sites Chromium's lookalike checks never warn about (its top
 * domain list, 8,462 sites from the Chrome UX Report): a site that many people visit is a name of its
 * own, whatever brand it is one letter from or holds ("livemint.com", Mint's news site, holds Microsoft's
 * "live"). Asked of the site itself only (callers read its other hosts as any host): a site's subdomains
 * may be its users' (x.wordpress.com), and the list knows only the sites themselves.
 */
export function isPopularSite(registrable: string): boolean {
  topDomains ??= new Set(TOP_DOMAINS.split(' '));
  return topDomains.has(registrable);
}

let topNames: ReadonlySet<string> | undefined;

/**
 * Whether letters are the name of one of those sites ("garmin" of garmin.com, "geocaching"): that
 * site's name, written on a page about it, not a loose respelling of a brand it happens to be near.
 */
export function isPopularSiteName(letters: string): boolean {
  topNames ??= new Set(TOP_DOMAINS.split(' ').map((domain) => domain.slice(0, domain.indexOf('.')).replace(/-/g, '')));
  return topNames.has(letters);
}
