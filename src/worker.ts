/** @module Cloudflare Worker entry: D1 through drizzle, static files from the assets binding, the same app as Node. */
import { drizzle } from 'drizzle-orm/d1';
import type { Hono } from 'hono';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { errorBody } from './http/api-error.ts';
import type { AppDatabase } from './db/database.ts';
import * as schema from './db/schema.ts';
import { createWorkersLimiter } from './partner/workers-limiter.ts';
import { UsageRecorder } from './partner/usage-recorder.ts';
import { RegistryHolder } from './registry-holder.ts';
import { createSigning } from './signing.ts';

export interface Env {
  DB: D1Database;
  /** Workers static assets (public/): answered before the Worker runs; bound for tests only. */
  ASSETS?: Fetcher;
  PUBLIC_RATE_LIMIT?: string;
  REPORT_RATE_LIMIT?: string;
  /** Secret (`wrangler secret put REGISTRY_SIGNING_KEY`): signs verdicts; its public half is trusted. */
  REGISTRY_SIGNING_KEY?: string;
  /** Retired public keys as a JWKS JSON text (printed by `signing-key rotate`), so older versions still verify. */
  REGISTRY_JWKS?: string;
  /** `[[ratelimits]]` binding deciding per-key limits across isolates; without it each isolate counts alone. */
  KEY_LIMITER?: RateLimit;
  KEY_RATE_LIMIT_BINDING_LIMIT?: string;
  STORE_LOOKUP_INPUTS?: string;
  LOOKUP_INPUT_RETENTION_DAYS?: string;
  DOCS_SCRIPT_URL?: string;
}

/** An isolate looks for a newly published version at most this often. */
const REFRESH_MS = 5000;

let app: Promise<Hono> | undefined;

async function buildApp(env: Env): Promise<Hono> {
  const strings = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  const config = loadConfig(strings);
  // A Worker never publishes: its trusted keys are the secret's public half and REGISTRY_JWKS, never the database.
  const signing = await createSigning(config.REGISTRY_SIGNING_KEY, config.REGISTRY_JWKS ? [config.REGISTRY_JWKS] : []);
  if (!signing.key) signing.warnings.push('REGISTRY_SIGNING_KEY is not set: verdicts cannot be signed');
  const db = drizzle(env.DB, { schema }) as unknown as AppDatabase;
  const registry = new RegistryHolder(db, signing.jwks);
  const usage = new UsageRecorder(db, { storeInputs: config.STORE_LOOKUP_INPUTS, retentionDays: config.LOOKUP_INPUT_RETENTION_DAYS });
  return createApp({
    registry,
    db,
    signing,
    usage,
    keyLimiter: createWorkersLimiter(env.KEY_LIMITER, config.KEY_RATE_LIMIT_BINDING_LIMIT),
    // An isolate may be evicted at any time: counts are written once the answer has gone, per request.
    afterUsageRecorded: (c) => c.executionCtx.waitUntil(usage.flush()),
    docsScriptUrl: config.DOCS_SCRIPT_URL,
    publicRateLimit: config.PUBLIC_RATE_LIMIT,
    // Per isolate, like the public limit: an isolate's memory is all a Worker has without a binding or a Durable Object.
    reportRateLimit: config.REPORT_RATE_LIMIT,
    registryExpiryDays: config.REGISTRY_EXPIRY_DAYS,
    // No afterPublish: webhooks are not delivered from a Worker. The address policy must hold for the very
    // addresses a connection uses (DNS rebinding), and fetch() exposes no lookup to check them in; retries
    // also outlast what waitUntil allows. README, Webhooks.
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
  async fetch(request, env, ctx) {
    app ??= buildApp(env).catch((error: unknown) => {
      // A bad configuration fails every request with its reason (no secret in it) until it is fixed.
      app = undefined;
      throw error;
    });
    try {
      return (await app).fetch(request, env, ctx);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      console.error(error.message);
      return Response.json(errorBody('misconfigured', error.message), { status: 500 });
    }
  },
} satisfies ExportedHandler<Env>;
