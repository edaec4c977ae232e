/** @module Per-client fixed-window rate limiting in memory, answering 429 with Retry-After. */
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';
import { createMemoryLimiter } from '../partner/key-limiter.ts';

export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** Who is counted: usually the client address. */
  key: (c: Context) => string;
  /** The window: a minute unless told otherwise (scam reports count per hour). */
  window?: 'minute' | 'hour';
  now?: () => number;
}

const WINDOW_MS = { minute: 60_000, hour: 3_600_000 };

/**
 * Counts requests per key in fixed windows, with the same in-memory counter as partner keys. In one
 * process this is exact; several processes or Worker isolates each count on their own.
 */
export function rateLimit({ limit, key, window = 'minute', now = Date.now }: RateLimitOptions): MiddlewareHandler {
  const counter = createMemoryLimiter(now, WINDOW_MS[window]);
  return async function limitRate(c, next) {
    const state = counter.take(key(c), limit);
    if (!state.allowed) {
      throw new ApiError(429, 'rate_limited', `Too many requests: at most ${limit} ${window === 'hour' ? 'an hour' : 'a minute'}. Try again in ${state.resetSeconds} s.`, {
        'Retry-After': String(state.resetSeconds),
      });
    }
    await next();
  };
}
