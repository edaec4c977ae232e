/** @module Per-client fixed-window rate limiting in memory, answering 429 with Retry-After. */
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';
import { createMemoryLimiter } from '../partner/key-limiter.ts';

export interface RateLimitOptions {
  /** Requests allowed per minute. */
  limit: number;
  /** Who is counted: usually the client address. */
  key: (c: Context) => string;
  now?: () => number;
}

/**
 * Counts requests per key in one-minute windows, with the same in-memory counter as partner keys. In
 * one process this is exact; several processes or Worker isolates each count on their own.
 */
export function rateLimit({ limit, key, now = Date.now }: RateLimitOptions): MiddlewareHandler {
  const counter = createMemoryLimiter(now);
  return async function limitRate(c, next) {
    const state = counter.take(key(c), limit);
    if (!state.allowed) {
      throw new ApiError(429, 'rate_limited', `Too many requests: at most ${limit} a minute. Try again in ${state.resetSeconds} s.`, {
        'Retry-After': String(state.resetSeconds),
      });
    }
    await next();
  };
}
