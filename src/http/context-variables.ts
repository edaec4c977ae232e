/** @module What middleware and routes hand each other through `c.get`/`c.set`: the caller's key and the verdicts given. */
import type { ActiveApiKey } from '../db/api-keys.ts';
import type { RecordedLookup } from '../partner/usage-recorder.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Set when the request carried a valid key. */
    apiKey: ActiveApiKey;
    /** Set by the lookup routes: one entry per contact answered, for usage counting. */
    lookups: RecordedLookup[];
  }
}
