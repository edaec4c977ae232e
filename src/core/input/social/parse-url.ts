/** @module Reading a parsed URL as a profile on a known platform, or saying it is none. */
import type { Outcome } from '../../types.ts';
import { splitPath } from './path.ts';
import type { Found, SocialRule } from './rule.ts';
import { matchHost, ruleForScheme } from './rules.ts';

export interface UrlReading {
  /** The platform whose host or scheme the URL has. */
  rule: SocialRule;
  /** Null when the host belongs to the company but is not the platform (www.spotify.com, whatsapp.com/download). */
  result: Outcome<Found> | null;
}

/** Finds the platform a URL belongs to and what it says; null when it is no platform's. */
export function readUrl(url: URL): UrlReading | null {
  const byScheme = ruleForScheme(url.protocol);
  if (byScheme?.fromScheme) return { rule: byScheme, result: byScheme.fromScheme(url) };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const match = matchHost(url.hostname);
  if (!match) return null;
  const parts = { base: match.base, sub: match.sub, segments: splitPath(url.pathname), query: url.searchParams };
  return { rule: match.rule, result: match.rule.fromUrl(parts) };
}

/**
 * Parses a URL (already parsed with WHATWG URL) that may be a profile on a known platform.
 * Returns null when the host is not a platform's, so the caller treats it as an ordinary website;
 * fail('not_a_profile') for platform pages that are not profiles; fail('invalid_handle') when the
 * name in the link breaks the platform's rules.
 * @example parseSocialUrl(new URL('https://t.me/s/BinanceExchange'))
 * // ok: { kind: 'social', platform: 'telegram', value: 'binanceexchange' }
 */
export function parseSocialUrl(url: URL): Outcome<Found> | null {
  try {
    return readUrl(url)?.result ?? null;
  } catch {
    // Rules are written not to throw; this guards the promise made to callers, not a known case.
    return null;
  }
}
