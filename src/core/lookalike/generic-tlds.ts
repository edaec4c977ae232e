/** @module Generic top-level domains opened to anyone since 2014, told apart from the older ones and countries' codes. */

/**
 * The generic TLDs delegated before ICANN's new gTLD programme (IANA root zone: the original seven
 * and those of the 2000 and 2004 rounds, with .arpa). Everything else of three or more letters is a
 * newer one (.trade, .tools, .one…), bar the internationalized country codes, which are punycode.
 */
const LEGACY_GENERIC = new Set([
  'com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'arpa',
  'info', 'biz', 'name', 'pro', 'aero', 'coop', 'museum',
  'asia', 'cat', 'jobs', 'mobi', 'tel', 'travel', 'post', 'xxx',
]);

/**
 * Whether a public suffix is a single generic TLD opened since 2014 ("trade", "tools", "one"): a
 * brand's name exactly under one is seldom anyone else's site, since the famous names there went
 * first to their owners (the programme's trademark sunrise), then to squatters. Countries' codes
 * ("io", "de", "co.uk") and the older generic TLDs ("com", "org") hold many honest namesakes.
 */
export function isNewGenericTld(suffix: string): boolean {
  return suffix.length >= 3 && !suffix.includes('.') && !suffix.startsWith('xn--') && !LEGACY_GENERIC.has(suffix);
}
