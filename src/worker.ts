/** @module Cloudflare Worker entry: D1 through drizzle, static files from the assets binding, the same app as Node. */
import { drizzle } from 'drizzle-orm/d1';
import type { Hono } from 'hono';
import { createApp } from './app.ts';
import { loadConfig } from './config.ts';
import type { AppDatabase } from './db/database.ts';
import * as schema from './db/schema.ts';
import { RegistryHolder } from './registry-holder.ts';

export interface Env {
  DB: D1Database;
  PUBLIC_RATE_LIMIT?: string;
}

/** An isolate looks for a newly published version at most this often. */
const REFRESH_MS = 5000;

let app: Hono | undefined;

function buildApp(env: Env): Hono {
  const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const config = loadConfig(strings);
  const registry = new RegistryHolder(drizzle(env.DB, { schema }) as unknown as AppDatabase);
  return createApp({
    registry,
    publicRateLimit: config.PUBLIC_RATE_LIMIT,
    clientAddress: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
    beforeRequest: async (c, next) => {
      // The first request waits for the registry; later ones answer at once while a refresh runs behind them.
      // Until a version loads, requests share one load a second rather than each asking D1.
      if (registry.index.version === 0) await registry.refreshIfStale(1000);
      else c.executionCtx.waitUntil(registry.refreshIfStale(REFRESH_MS));
      await next();
    },
  });
}

export default {
  fetch(request, env, ctx) {
    app ??= buildApp(env);
    return app.fetch(request, env, ctx);
  },
} satisfies ExportedHandler<Env>;
