/** @module The bindings Worker tests see: the Worker's own Env plus the migrations vitest.config.ts passes in. */
/// <reference types="@cloudflare/vitest-pool-workers/types" />
import type { D1Migration } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import type { Env } from '../../src/worker.ts';

export interface TestEnv extends Env {
  TEST_MIGRATIONS: D1Migration[];
}

// Typed here rather than by augmenting the global `Cloudflare.Env`, which the root tsconfig would spread to every file.
export const testEnv = env as unknown as TestEnv;

/** The Worker's default export, called in-process (what `SELF` was before vitest-pool-workers 0.13). */
export const worker = (exports as unknown as { default: Fetcher }).default;
