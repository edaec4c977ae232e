/** @module Per-key limits with the IETF RateLimit-Policy and RateLimit headers (draft-ietf-httpapi-ratelimit-headers). */
import type { MiddlewareHandler } from 'hono';
import '../http/context-variables.ts';
import { ApiError } from '../http/api-error.ts';
import type { KeyLimiter, LimitState } from '../partner/key-limiter.ts';

/** The policy's name in both headers: one policy per key. */
const POLICY = 'key';

/** Structured-field lists (RFC 9651): `"key";q=600;w=60` and `"key";r=599;t=42`. */
export function rateLimitHeaders(state: LimitState): Record<string, string> {
  return {
    'RateLimit-Policy': `"${POLICY}";q=${state.limit};w=${state.windowSeconds}`,
    RateLimit: `"${POLICY}";r=${state.remaining};t=${state.resetSeconds}`,
  };
}

/**
 * Runs after authentication: keyed requests are counted against their key's limit and every answer
 * (errors too) carries the headers; requests without a key fall through to `publicLimit`.
 */
export function limitByKeyOrAddress(limiter: KeyLimiter, publicLimit: MiddlewareHandler): MiddlewareHandler {
  return async function limitRequests(c, next) {
    const key = c.get('apiKey');
    if (!key) return publicLimit(c, next);
    const state = await limiter.take(`key:${key.id}`, key.rateLimit);
    const headers = rateLimitHeaders(state);
    if (!state.allowed) {
      throw new ApiError(429, 'rate_limited', `Too many requests for this key: at most ${state.limit} a minute. Try again in ${state.resetSeconds} s.`, {
        ...headers,
        'Retry-After': String(state.resetSeconds),
      });
    }
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    // Set before the route runs, so error answers built by app.onError carry them too.
    await next();
  };
}
