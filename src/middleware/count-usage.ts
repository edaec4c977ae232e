/** @module Counting each keyed lookup's verdicts after the answer is built; the write happens later, in a batch. */
import type { Context, MiddlewareHandler } from 'hono';
import '../http/context-variables.ts';
import type { UsageRecorder } from '../partner/usage-recorder.ts';

/**
 * `afterRecord` lets the runtime schedule the write: Workers flush with `waitUntil` once the answer is
 * sent; Node leaves it to its interval.
 */
export function countUsage(recorder: UsageRecorder, afterRecord?: (c: Context) => void): MiddlewareHandler {
  return async function recordUsage(c, next) {
    try {
      await next();
    } finally {
      const key = c.get('apiKey');
      const lookups = c.get('lookups');
      if (key && lookups?.length) {
        recorder.record(key.id, lookups);
        afterRecord?.(c);
      }
    }
  };
}
