/** @module The admin API under /api/v1/admin: bearer-token authentication, then each route's role; every route in the OpenAPI document. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDatabase } from '../../db/database.ts';
import { authenticateAdmin, type AdminEnv } from '../../middleware/admin-auth.ts';
import { createRouter } from '../../openapi/router.ts';
import type { RegistryHolder } from '../../registry-holder.ts';
import type { Signing } from '../../signing.ts';
import { registerAdminScheme } from './admin-responses.ts';
import { adminChannelRoutes } from './channel-routes.ts';
import { adminKeyRoutes } from './key-routes.ts';
import { adminOrganizationRoutes } from './organization-routes.ts';
import { adminPublishRoutes, type AfterPublish } from './publish-routes.ts';
import { adminReadRoutes } from './read-routes.ts';
import { adminReportRoutes } from './report-routes.ts';
import { adminScamRoutes } from './scam-routes.ts';

export interface AdminRouteDeps {
  db: AppDatabase;
  registry: RegistryHolder;
  signing: Signing;
  expiryDays: number;
  now: () => Date;
  afterPublish?: AfterPublish;
}

export function adminRoutes({ db, registry, signing, expiryDays, now, afterPublish }: AdminRouteDeps): OpenAPIHono<AdminEnv> {
  const router = createRouter<AdminEnv>();
  registerAdminScheme(router);
  router.use(authenticateAdmin(db));
  // OpenAPIHono's route() copies each router's definitions into this one's document.
  router.route('/', adminReadRoutes(db, signing.jwks));
  router.route('/', adminOrganizationRoutes(db));
  router.route('/', adminChannelRoutes(db));
  router.route('/', adminScamRoutes(db));
  router.route('/', adminKeyRoutes(db));
  router.route('/', adminReportRoutes(db));
  router.route('/', adminPublishRoutes({ db, registry, key: signing.key, jwks: signing.jwks, expiryDays, now, afterPublish }));
  return router;
}
