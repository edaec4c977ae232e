/** @module The web's most visited sites, which no lookalike warning names: Chromium's top domain list. */
import { TOP_DOMAINS } from './data/top-domains.generated.ts';

let topDomains: ReadonlySet<string> | undefined;

/**
 * Whether a host is one of the sites Chromium's lookalike checks never warn about (its top domain list,
 * 8,462 sites from the Chrome UX Report), at its own name or behind "www": a site that many people
 * visit is a name of its own, whatever brand it is one letter from or holds ("livemint.com", Mint's
 * news site, holds Microsoft's "live"). Its other hosts are read as any host is: a site's subdomains
 * may be its users' (x.wordpress.com), and the list knows only the sites themselves.
 */
export function isPopularSite(host: string, registrable: string): boolean {
  // Asked of every domain checked: only the site's own name is looked up, a string hashed already.
  if (host !== registrable && host !== `www.${registrable}`) return false;
  topDomains ??= new Set(TOP_DOMAINS.split(' '));
  return topDomains.has(registrable);
}
