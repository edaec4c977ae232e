/** @module createApp: the whole HTTP app, runtime-agnostic; the Node and Worker entries inject what differs. */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { errorBody, handleError } from './http/api-error.ts';
import { allowAnyOrigin } from './middleware/cors.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import type { AppDatabase } from './db/database.ts';
import { DEFAULT_EXPIRY_DAYS } from './db/registry-versions.ts';
import type { RegistryHolder } from './registry-holder.ts';
import { adminRoutes } from './routes/admin/index.ts';
import { checkRoutes } from './routes/check.ts';
import { healthRoutes } from './routes/health.ts';
import { jwksRoutes } from './routes/jwks.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { registryRoutes } from './routes/registry.ts';
import type { Signing } from './signing.ts';

export interface AppDeps {
  registry: RegistryHolder;
  /** Read by the registry API only (versions and their signed snapshots); lookups never touch it. */
  db: AppDatabase;
  /** The key that signs verdicts, the public keys served as the JWKS, and warnings for /healthz. */
  signing: Signing;
  /** Public lookups per minute per client address. */
  publicRateLimit: number;
  /** The client's address as the runtime knows it (socket on Node, CF-Connecting-IP on Workers). */
  clientAddress: (c: Context) => string;
  now?: () => Date;
  /** Days a version published through the admin API stays valid (REGISTRY_EXPIRY_DAYS). */
  registryExpiryDays?: number;
  /** Runs before every route: the Worker refreshes its registry here. */
  beforeRequest?: MiddlewareHandler;
  /** Serves public/ where the runtime does not do it by itself. */
  staticFiles?: MiddlewareHandler;
}

export function createApp(deps: AppDeps): Hono {
  const now = deps.now ?? (() => new Date());
  const app = new Hono();
  app.onError(handleError);
  app.notFound((c) => c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}.`), 404));
  if (deps.beforeRequest) app.use('*', deps.beforeRequest);

  const publicLimit = rateLimit({ limit: deps.publicRateLimit, key: deps.clientAddress });
  // In Hono '/x/*' also matches '/x' itself, so one pattern per prefix counts each request once.
  const cors = allowAnyOrigin({ methods: ['GET', 'POST', 'OPTIONS'], headers: ['Content-Type', 'Accept', 'If-None-Match'], maxAgeSeconds: 86400 });
  for (const path of ['/api/v1/check/*', '/api/v1/organizations/*', '/api/v1/registry/*']) {
    // CORS first, so preflight requests are answered without counting against the limit.
    app.use(path, cors);
    app.use(path, publicLimit);
  }
  app.use('/.well-known/*', cors);

  const { registry, signing, db } = deps;
  app.route('/healthz', healthRoutes(registry, signing.warnings));
  app.route('/.well-known/jwks.json', jwksRoutes(signing.jwks));
  app.route('/api/v1/check', checkRoutes(registry, now, signing.key));
  app.route('/api/v1/organizations', organizationRoutes(registry));
  app.route('/api/v1/registry', registryRoutes({ db, registry, jwks: signing.jwks, now }));
  app.route('/api/v1/admin', adminRoutes({ db, registry, signing, expiryDays: deps.registryExpiryDays ?? DEFAULT_EXPIRY_DAYS, now }));
  if (deps.staticFiles) app.use('*', deps.staticFiles);
  return app;
}
