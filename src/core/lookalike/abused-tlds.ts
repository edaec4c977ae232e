/** @module Top-level domains phishers favour: a name under one of them needs less likeness to count. */

/**
 * From the Cybercrime Information Center's "Phishing Landscape 2025" (Interisle Consulting Group,
 * May 2024 – April 2025, https://www.cybercrimeinfocenter.org/phishing-activity-in-tlds-may-april-2025):
 * the twenty TLDs with the most reported phishing domains, kept where the phishing domain score
 * (phishing domains per 10,000 registered) is at least 100, over three times .com's 29.4. Sheer size
 * puts .com, .net, .org, .cn and .ru on that list; their share of phishing is not out of the ordinary.
 */
const ABUSED = ['top', 'bond', 'xyz', 'shop', 'info', 'xin', 'online', 'vip', 'cc', 'cfd', 'lol', 'sbs', 'site', 'icu', 'pro'];

/**
 * The same center's quarterly tables since, by the same rule (among the twenty with the most phishing
 * domains, a score of 100 or more): .world (224.6, February – April 2025), .mobi (774.3) and .live
 * (271.1, August – October 2025; https://www.cybercrimeinfocenter.org/phishing-activity-in-tlds-august-october-2025).
 */
const ABUSED_SINCE = ['world', 'mobi', 'live'];

/**
 * The TLDs Freenom gave away free until 2023 (Tokelau, Mali, Gabon, Central African Republic, Equatorial
 * Guinea), which led the same center's phishing counts for years before (Interisle, "Phishing Landscape
 * 2021" and "2022": over half of all phishing domains registered in new gTLDs and ccTLDs there). Their
 * names still fill the blocklists partners check against.
 */
const FREENOM = ['tk', 'ml', 'ga', 'cf', 'gq'];

/**
 * Earlier years' tables by the same rule, and DomainTools' ranking: .cyou (1,894 phishing domains of
 * 137,358, August – October 2021, https://www.cybercrimeinfocenter.org/phishing-activity-qoq-tld-august-october-2021;
 * one of ShortDot's five TLDs in the center's five-year top twenty), .support (among the five worst
 * scores in Interisle's "Phishing Landscape 2024"), and .buzz, .monster and .rest, in DomainTools' top
 * ten TLDs by phishing signal strength ("Internet Scale Patterns in Malicious Infrastructure", 2021 and
 * spring 2022) beside .top, .cyou and .ml, already listed.
 */
const EARLIER = ['cyou', 'support', 'buzz', 'monster', 'rest'];
const ABUSED_SET = new Set([...ABUSED, ...ABUSED_SINCE, ...FREENOM, ...EARLIER]);

/** Whether a host's top-level domain ("top" of "mecx.top") is one phishers favour. */
export const isAbusedTld = (tld: string): boolean => ABUSED_SET.has(tld);

/** A host's top-level domain when phishers favour it ("top" of "mecx.top"), else null. */
export function favouredTldOf(host: string): string | null {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return isAbusedTld(tld) ? tld : null;
}
