/** @module Comparing the domains a message names: the part after @, and DMARC's relaxed alignment. */
import { registrableOf } from '../lookalike/names.ts';

/** The domain of an address or a bare domain, lower case, without a trailing dot; null when empty. */
export function domainOf(value: string | undefined | null): string | null {
  const domain = value?.slice(value.lastIndexOf('@') + 1).trim().toLowerCase().replace(/^<|>$/g, '').replace(/\.$/, '');
  return domain || null;
}

/**
 * Relaxed alignment (RFC 7489 §3.1): the same registrable ("organizational") domain, so `post.binance.com`
 * and `binance.com` align while `binance.com.evil.example` does not.
 */
export function sameOrganization(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return a === b || (registrableOf(a) ?? a) === (registrableOf(b) ?? b);
}
