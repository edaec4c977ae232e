/** @module Retry delays for webhook deliveries: exponential, bounded, with jitter so retries from many senders do not align. */

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/**
 * The wait before retry `retry` (1 for the first retry): base·2^(retry−1), capped at maxMs, then
 * "equal jitter": half of it fixed, half random, so a delay never collapses to zero.
 * @example backoffDelay(3, { baseMs: 1000, maxMs: 30000 }, () => 0.5) // 3000
 */
export function backoffDelay(retry: number, { baseMs, maxMs }: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
