/** @module The admin API under /api/v1/admin: bearer-token authentication, then each route's role. */
import { Hono } from 'hono';
import type { AppDatabase } from '../../db/database.ts';
import { authenticateAdmin, type AdminEnv } from '../../middleware/admin-auth.ts';
import type { RegistryHolder } from '../../registry-holder.ts';
import type { Signing } from '../../signing.ts';
import { adminChannelRoutes } from './channel-routes.ts';
import { adminOrganizationRoutes } from './organization-routes.ts';
import { adminPublishRoutes } from './publish-routes.ts';
import { adminReadRoutes } from './read-routes.ts';
import { adminScamRoutes } from './scam-routes.ts';

export interface AdminRouteDeps {
  db: AppDatabase;
  registry: RegistryHolder;
  signing: Signing;
  expiryDays: number;
  now: () => Date;
}

export function adminRoutes({ db, registry, signing, expiryDays, now }: AdminRouteDeps): Hono<AdminEnv> {
  return new Hono<AdminEnv>()
    .use(authenticateAdmin(db))
    .route('/', adminReadRoutes(db, signing.jwks))
    .route('/', adminOrganizationRoutes(db))
    .route('/', adminChannelRoutes(db))
    .route('/', adminScamRoutes(db))
    .route('/', adminPublishRoutes({ db, registry, key: signing.key, jwks: signing.jwks, expiryDays, now }));
}
