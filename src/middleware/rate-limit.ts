/** @module Per-client fixed-window rate limiting in memory, answering 429 with Retry-After. */
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.ts';

export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  windowMs?: number;
  /** Who is counted: usually the client address. */
  key: (c: Context) => string;
  now?: () => number;
}

/** Windows are swept once this many keys are held, so a flood of addresses cannot grow memory without bound. */
const SWEEP_AT = 10_000;

/**
 * Counts requests per key in fixed windows. In one process this is exact; several processes or
 * Worker isolates each count on their own.
 */
export function rateLimit({ limit, windowMs = 60_000, key, now = Date.now }: RateLimitOptions): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async function limitRate(c, next) {
    const t = now();
    const id = key(c);
    let window = windows.get(id);
    if (!window || t - window.start >= windowMs) {
      if (windows.size >= SWEEP_AT) {
        for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
      }
      window = { start: t, count: 0 };
      windows.set(id, window);
    }
    window.count++;
    if (window.count > limit) {
      const retryAfter = Math.max(1, Math.ceil((window.start + windowMs - t) / 1000));
      throw new ApiError(429, 'rate_limited', `Too many requests: at most ${limit} a minute. Try again in ${retryAfter} s.`, {
        'Retry-After': String(retryAfter),
      });
    }
    await next();
  };
}
