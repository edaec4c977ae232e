/** @module Per-key request budgets: the limiter interface both runtimes implement, and the in-process one Node uses. */

/** Where a key stands in its current window after this request was counted. */
export interface LimitState {
  allowed: boolean;
  /** Requests per window. */
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  windowSeconds: number;
}

export interface KeyLimiter {
  /** Counts one request for `id` against `limit` requests a window (a minute for partner keys). */
  take(id: string, limit: number): Promise<LimitState> | LimitState;
}

/** The in-process limiter answers at once, so the public per-address limit can use it synchronously too. */
export interface MemoryLimiter extends KeyLimiter {
  take(id: string, limit: number): LimitState;
}

const MINUTE_MS = 60_000;
/** Windows are swept once this many keys are held. */
const SWEEP_AT = 10_000;

/**
 * Fixed windows in memory (one minute unless told otherwise): exact within one process. Several Node
 * processes each count on their own, so a key's real budget is the limit times the number of processes.
 */
export function createMemoryLimiter(now: () => number = Date.now, windowMs = MINUTE_MS): MemoryLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(id, limit) {
      const t = now();
      let window = windows.get(id);
      if (!window || t - window.start >= windowMs) {
        if (windows.size >= SWEEP_AT) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k);
        window = { start: t, count: 0 };
        windows.set(id, window);
      }
      window.count++;
      return {
        allowed: window.count <= limit,
        limit,
        remaining: Math.max(0, limit - window.count),
        resetSeconds: Math.max(1, Math.ceil((window.start + windowMs - t) / 1000)),
        windowSeconds: windowMs / 1000,
      };
    },
  };
}
