/** @module Links that only send the browser on to an address they carry: a company's redirect page opens someone else's site. */

/**
 * Redirect pages that open the address in one of their query parameters, by host and path: Google's
 * link redirect, Facebook's and Instagram's link shims, YouTube's, LinkedIn's and VK's "leaving the site"
 * pages, Steam's link filter and Microsoft Defender's Safe Links. Phishers wrap their own address in them
 * so that a link starts with a company's domain. The address is read from the link, never fetched.
 */
const REDIRECTS: ReadonlyArray<{ host: RegExp; path: RegExp; params: readonly string[] }> = [
  { host: /^(www\.)?google\.[a-z.]+$/, path: /^\/url$/, params: ['q', 'url'] },
  { host: /^(l|lm)\.facebook\.com$/, path: /^\/l\.php$/, params: ['u'] },
  { host: /^l\.instagram\.com$/, path: /^\/$/, params: ['u'] },
  { host: /^(www\.)?youtube\.com$/, path: /^\/redirect$/, params: ['q'] },
  { host: /^(www\.)?linkedin\.com$/, path: /^\/redir\/redirect\/?$/, params: ['url'] },
  { host: /^(away\.)?vk\.com$/, path: /^\/away\.php$/, params: ['to'] },
  { host: /^steamcommunity\.com$/, path: /^\/linkfilter\/?$/, params: ['url', 'u'] },
  { host: /\.safelinks\.protection\.outlook\.com$/, path: /^\/$/, params: ['url'] },
];

/** The hosts of the redirect pages above, in one expression. */
const REDIRECTING_SITE = new RegExp(REDIRECTS.map((r) => r.host.source).join('|'));

/** Redirects followed inside one another, at most: a link wrapped deeper is read no further. */
export const MAX_REDIRECTS = 3;

/** The web address a redirect link opens, read from its query; null for any other link, or one carrying no web address. */
export function redirectTarget(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  // Most links are on no redirecting host: one test turns them away.
  if (!REDIRECTING_SITE.test(host)) return null;
  const redirect = REDIRECTS.find((r) => r.host.test(host) && r.path.test(url.pathname));
  if (!redirect) return null;
  for (const param of redirect.params) {
    const target = url.searchParams.get(param);
    if (target && /^https?:\/\/[^\s]/i.test(target)) return target;
  }
  return null;
}
