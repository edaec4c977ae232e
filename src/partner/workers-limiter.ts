/** @module The Workers limiter: Cloudflare's rate-limiting binding decides, an in-isolate window supplies the header numbers. */
import { createMemoryLimiter, type KeyLimiter } from './key-limiter.ts';

/** The `[[ratelimits]]` binding's interface (a subset of workers-types' RateLimit, kept here so Node code can name it). */
interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/**
 * The binding counts across isolates within a Cloudflare location, but only with the one limit configured in
 * wrangler.toml (`KEY_RATE_LIMIT_BINDING_LIMIT` tells us which); it reports no remaining count. So:
 * - keys whose limit equals the binding's are decided by the binding; the isolate's own window gives `remaining`;
 * - keys with another limit, or no binding at all (the documented fallback), are counted per isolate only.
 */
export function createWorkersLimiter(binding: RateLimitBinding | undefined, bindingLimit: number | undefined): KeyLimiter {
  const local = createMemoryLimiter();
  return {
    async take(id, limit) {
      const state = await local.take(id, limit);
      if (!binding || bindingLimit !== limit) return state;
      const { success } = await binding.limit({ key: id });
      return { ...state, allowed: success };
    },
  };
}
