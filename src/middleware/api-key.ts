/** @module Authenticating partner API keys (Bearer or X-API-Key), with a short in-memory cache in front of the database. */
import type { Context, MiddlewareHandler } from 'hono';
import type { ActiveApiKey } from '../db/api-keys.ts';
import '../http/context-variables.ts';
import { ApiError } from '../http/api-error.ts';
import { keyFromHeaders } from '../partner/api-key.ts';

/** Finds the active key for a presented key (by its hash), or null. */
export type KeyLookup = (key: string) => Promise<ActiveApiKey | null>;

export interface ApiKeyOptions {
  lookup: KeyLookup;
  /** Without a key: 401 where this says so, otherwise the request goes on as a public one. */
  required: (c: Context) => boolean;
}

const unauthorized = (message: string) =>
  new ApiError(401, 'unauthorized', message, { 'WWW-Authenticate': 'Bearer realm="verify"' });

/**
 * Sets `apiKey` for a valid key. A key that is unknown or revoked is always a 401, even where keys are
 * optional: silently serving it as a public request would hide the partner's mistake until they hit the public limit.
 */
export function authenticateApiKey({ lookup, required }: ApiKeyOptions): MiddlewareHandler {
  return async function apiKey(c, next) {
    const presented = keyFromHeaders(c.req.header('authorization'), c.req.header('x-api-key'));
    if (presented === null) {
      if (required(c)) throw unauthorized('This route needs an API key: send Authorization: Bearer KEY or X-API-Key: KEY.');
      return next();
    }
    const key = await lookup(presented);
    if (!key) throw unauthorized('The API key is unknown or has been revoked.');
    c.set('apiKey', key);
    await next();
  };
}

/**
 * Caches lookups (valid and invalid) for `ttlMs`, so a busy key costs one database read per interval;
 * a revoked key stops working within that time.
 */
export function cachedKeyLookup(lookup: KeyLookup, ttlMs: number, now: () => number = Date.now): KeyLookup {
  if (ttlMs <= 0) return lookup;
  const cache = new Map<string, { key: ActiveApiKey | null; at: number }>();
  return async function cachedLookup(presented) {
    const t = now();
    const hit = cache.get(presented);
    if (hit && t - hit.at < ttlMs) return hit.key;
    // Unknown keys are cached too (bounded below), so guessing keys cannot turn into a database flood.
    if (cache.size >= 10_000) cache.clear();
    const key = await lookup(presented);
    cache.set(presented, { key, at: t });
    return key;
  };
}
