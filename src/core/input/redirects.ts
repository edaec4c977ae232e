/** @module Links that only send the browser on to an address they carry, or show it: a company's redirect page or web proxy opens someone else's site. */

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

/**
 * Google Translate's web proxy serves a site translated under a name of its own: its host with each
 * hyphen doubled and each dot written as a hyphen, in front of translate.goog ("www-amazon-nl.translate.goog"
 * is www.amazon.nl, "1-hi--in-facebook-com.translate.goog" is 1.hi-in.facebook.com). Phishers pass their
 * pages through it so that a link is on a Google domain.
 */
const TRANSLATE_PROXY = /^([a-z0-9-]+)\.translate\.goog$/;

/** The host Google Translate's proxy shows at `host`, decoded from its name; null for any other host. */
export function translatedHost(host: string): string | null {
  const label = TRANSLATE_PROXY.exec(host)?.[1];
  return label === undefined ? null : label.split('--').map((part) => part.replaceAll('-', '.')).join('-');
}

/** Whether a host is a page of Google Translate's web proxy. */
export const isWebProxy = (host: string): boolean => TRANSLATE_PROXY.test(host);

/** How an answer names a page a link goes through: a redirect page, or the proxy it is read through. */
export const redirectPageName = (host: string): string => (isWebProxy(host) ? `Google Translate's proxy at ${host}` : `the redirect page of ${host}`);

/**
 * The web address a redirect link opens, read from its query, or the page a web proxy shows, read
 * from its name; null for any other link, or one carrying no web address.
 */
export function redirectTarget(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  const translated = translatedHost(host);
  if (translated !== null) return `https://${translated}${url.pathname}`;
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
