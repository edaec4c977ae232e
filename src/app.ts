/** @module createApp: the whole HTTP app, runtime-agnostic; the Node and Worker entries inject what differs. */
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { errorBody, handleError } from './http/api-error.ts';
import { allowAnyOrigin } from './middleware/cors.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import type { RegistryHolder } from './registry-holder.ts';
import { checkRoutes } from './routes/check.ts';
import { healthRoutes } from './routes/health.ts';
import { organizationRoutes } from './routes/organizations.ts';

export interface AppDeps {
  registry: RegistryHolder;
  /** Public lookups per minute per client address. */
  publicRateLimit: number;
  /** The client's address as the runtime knows it (socket on Node, CF-Connecting-IP on Workers). */
  clientAddress: (c: Context) => string;
  now?: () => Date;
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
  for (const path of ['/api/v1/check/*', '/api/v1/organizations/*']) {
    // CORS first, so preflight requests are answered without counting against the limit.
    app.use(path, allowAnyOrigin({ methods: ['GET', 'POST', 'OPTIONS'], headers: ['Content-Type', 'Accept'], maxAgeSeconds: 86400 }));
    app.use(path, publicLimit);
  }

  app.route('/healthz', healthRoutes(deps.registry));
  app.route('/api/v1/check', checkRoutes(deps.registry, now));
  app.route('/api/v1/organizations', organizationRoutes(deps.registry));
  if (deps.staticFiles) app.use('*', deps.staticFiles);
  return app;
}
