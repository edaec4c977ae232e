/** @module Worker test setup: applies drizzle-kit's migrations to the test file's D1 (storage is isolated per file). */
import { applyD1Migrations } from 'cloudflare:test';
import { testEnv } from './worker-env.ts';

await applyD1Migrations(testEnv.DB, testEnv.TEST_MIGRATIONS);
