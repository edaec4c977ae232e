/** @module createApp: the whole HTTP app, runtime-agnostic; the Node and Worker entries inject what differs. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { findActiveKey } from './db/api-keys.ts';
import { DEFAULT_REPORT_RATE_LIMIT } from './config.ts';
import type { AppDatabase } from './db/database.ts';
import { DEFAULT_EXPIRY_DAYS } from './db/registry-versions.ts';
import { errorBody, handleError } from './http/api-error.ts';
import { authenticateApiKey, cachedKeyLookup, type KeyLookup } from './middleware/api-key.ts';
import { countUsage } from './middleware/count-usage.ts';
import { allowAnyOrigin } from './middleware/cors.ts';
import { limitByKeyOrAddress } from './middleware/key-rate-limit.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { OPENAPI_PATH, serveApiDocs } from './openapi/document.ts';
import { invalidRequestHook } from './openapi/router.ts';
import { createMemoryLimiter, type KeyLimiter } from './partner/key-limiter.ts';
import { UsageRecorder } from './partner/usage-recorder.ts';
import type { RegistryHolder } from './registry-holder.ts';
import { adminRoutes } from './routes/admin/index.ts';
import type { AfterPublish } from './routes/admin/publish-routes.ts';
import { checkEmailRoutes } from './routes/check-email.ts';
import { checkRoutes } from './routes/check.ts';
import { healthRoutes } from './routes/health.ts';
import { jwksRoutes } from './routes/jwks.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { registryRoutes } from './routes/registry.ts';
import { reportRoutes } from './routes/reports.ts';
import type { Signing } from './signing.ts';
import { embedRoutes } from './web/embed/embed-routes.tsx';
import { widgetMessagesRoutes } from './web/embed/widget-messages.ts';
import { pageRoutes } from './web/page-routes.tsx';
import { reportPageRoutes } from './web/report-routes.tsx';

export interface AppDeps {
  registry: RegistryHolder;
  /** Read by the registry API (versions and their signed snapshots) and for API keys; lookups never touch it. */
  db: AppDatabase;
  /** The key that signs verdicts, the public keys served as the JWKS, and warnings for /healthz. */
  signing: Signing;
  /** Public lookups per minute per client address. */
  publicRateLimit: number;
  /** Scam reports per hour per client address (REPORT_RATE_LIMIT). */
  reportRateLimit?: number;
  /** The client's address as the runtime knows it (socket on Node, CF-Connecting-IP on Workers). */
  clientAddress: (c: Context) => string;
  now?: () => Date;
  /** Days a version published through the admin API stays valid (REGISTRY_EXPIRY_DAYS). */
  registryExpiryDays?: number;
  /** Runs before every route: the Worker refreshes its registry here. */
  beforeRequest?: MiddlewareHandler;
  /** Serves public/ where the runtime does not do it by itself. */
  staticFiles?: MiddlewareHandler;
  /** Finds the active key a request presents; by default the database, behind a 5-second cache. */
  apiKeys?: KeyLookup;
  /** Counts keyed requests per minute; by default in this process's memory. */
  keyLimiter?: KeyLimiter;
  /** Counts keyed lookups by verdict; the runtime decides when it flushes. */
  usage?: UsageRecorder;
  /** Called after a keyed request's lookups were counted: Workers schedule the flush here. */
  afterUsageRecorded?: (c: Context) => void;
  /**
   * Told of each version the admin API publishes, once it is served here; must neither block nor throw.
   * The Node server delivers the webhooks in the background; a Worker leaves it unset (README, Webhooks).
   */
  afterPublish?: AfterPublish;
  /** Where /docs loads Scalar's script from (DOCS_SCRIPT_URL); Scalar's CDN by default. */
  docsScriptUrl?: string;
}

/** A revoked key keeps working for at most this long in a process that had it cached. */
const KEY_CACHE_MS = 5000;
const PARTNER_PATHS = ['/api/v1/check/*', '/api/v1/organizations/*', '/api/v1/registry/*'];
const KEY_REQUIRED = new Set(['/api/v1/check/batch']);

/** The app as a plain Hono: callers only fetch and request; the OpenAPI registry stays inside. */
export function createApp(deps: AppDeps): Hono {
  const now = deps.now ?? (() => new Date());
  const { registry, signing, db } = deps;
  const app = new OpenAPIHono({ defaultHook: invalidRequestHook });
  app.onError(handleError);
  app.notFound((c) => c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}.`), 404));
  if (deps.beforeRequest) app.use('*', deps.beforeRequest);

  const keys = deps.apiKeys ?? cachedKeyLookup((key) => findActiveKey(db, key), KEY_CACHE_MS);
  const usage = deps.usage ?? new UsageRecorder(db);
  const authenticate = authenticateApiKey({ lookup: keys, required: (c) => KEY_REQUIRED.has(c.req.path) });
  // One count per address for API and page lookups alike: the form is no way around the API's limit.
  const publicLimit = rateLimit({ limit: deps.publicRateLimit, key: deps.clientAddress });
  const limit = limitByKeyOrAddress(deps.keyLimiter ?? createMemoryLimiter(), publicLimit);
  const cors = allowAnyOrigin({
    methods: ['GET', 'POST', 'OPTIONS'],
    headers: ['Content-Type', 'Accept', 'If-None-Match', 'Authorization', 'X-API-Key'],
    exposeHeaders: ['ETag', 'RateLimit', 'RateLimit-Policy', 'Retry-After'],
    maxAgeSeconds: 86400,
  });
  // In Hono '/x/*' also matches '/x' itself, so one pattern per prefix counts each request once.
  for (const path of PARTNER_PATHS) {
    // CORS first, so preflight requests are answered without a key and without counting against a limit.
    app.use(path, cors, authenticate, limit);
  }
  app.use('/api/v1/check/*', countUsage(usage, deps.afterUsageRecorded));
  // Reports come from widgets on other sites too; they count against a budget of their own, per hour.
  const reportLimit = rateLimit({ limit: deps.reportRateLimit ?? DEFAULT_REPORT_RATE_LIMIT, key: deps.clientAddress, window: 'hour' });
  app.use('/api/v1/reports', cors, reportLimit);
  app.use('/.well-known/*', cors);
  app.use('/api/v1/widget-messages', cors);
  app.use(OPENAPI_PATH, cors);

  app.route('/healthz', healthRoutes(registry, signing.warnings));
  app.route('/.well-known/jwks.json', jwksRoutes(signing.jwks));
  app.route('/api/v1/check', checkRoutes(registry, now, signing.key));
  app.route('/api/v1/check/email', checkEmailRoutes(registry, now));
  app.route('/api/v1/organizations', organizationRoutes(registry));
  app.route('/api/v1/registry', registryRoutes({ db, registry, jwks: signing.jwks, now }));
  // Before the admin routes, so the document lists reporting before reviewing.
  app.route('/api/v1/reports', reportRoutes(db, registry, now));
  app.route('/api/v1/admin', adminRoutes({ db, registry, signing, expiryDays: deps.registryExpiryDays ?? DEFAULT_EXPIRY_DAYS, now, afterPublish: deps.afterPublish }));
  app.route('/api/v1/widget-messages', widgetMessagesRoutes(registry));
  app.route('/', pageRoutes({ registry, now, limitLookups: publicLimit }));
  app.route('/', embedRoutes({ registry, now, limitLookups: publicLimit }));
  app.route('/', reportPageRoutes({ db, registry, now, limitReports: reportLimit }));
  serveApiDocs(app, { scriptUrl: deps.docsScriptUrl });
  if (deps.staticFiles) app.use('*', deps.staticFiles);
  return app as unknown as Hono;
}
