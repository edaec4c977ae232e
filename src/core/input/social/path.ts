/** @module Splitting paths into decoded segments, and the common "same pages on www. and m." host check. */
import type { Outcome } from '../../types.ts';
import { PLAIN_SUBS, type Found, type UrlParts } from './rule.ts';

/** Splits a path into non-empty segments, percent-decoded where the encoding is valid. */
export function splitPath(path: string, separator = '/'): string[] {
  return path
    .split(separator)
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        // A stray '%' is not worth failing over: the name rules reject it anyway.
        return segment;
      }
    });
}

export type PathParser = (segments: string[], query: URLSearchParams) => Outcome<Found>;

/**
 * A `fromUrl` for platforms whose profile paths are the same on every listed subdomain;
 * any other subdomain (developer., help., …) is the company's website, not the platform.
 */
export function onSubs(path: PathParser, subs: readonly string[] = PLAIN_SUBS) {
  return function fromPlainHost(parts: UrlParts): Outcome<Found> | null {
    return subs.includes(parts.sub) ? path(parts.segments, parts.query) : null;
  };
}

/** Lower-cased first segment, for comparing against reserved paths. */
export const head = (segments: string[]): string => (segments[0] ?? '').toLowerCase();
