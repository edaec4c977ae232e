/** @module Test projects: `node` (libSQL, HTTP, CLI, normalizers) and `worker` (the Worker entry inside workerd). */
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { generateSigningJwk } from './src/core/signing/signing-key.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/worker/**', 'node_modules/**'],
          testTimeout: 30_000,
          // Servers, browsers and CLI runs start in hooks: on a loaded machine that takes longer than the default 10 s.
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            main: './src/worker.ts',
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // drizzle-kit's migrations, handed to test/worker/apply-migrations.ts: workerd cannot read the folder itself.
              bindings: {
                TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL('./drizzle', import.meta.url))),
                // A fresh key per run, as the Worker's secret: no key is ever committed.
                REGISTRY_SIGNING_KEY: JSON.stringify(await generateSigningJwk()),
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['./test/worker/apply-migrations.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
