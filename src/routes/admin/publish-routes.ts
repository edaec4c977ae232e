/** @module The admin route for publishers: the draft becomes the next signed version, signed with this server's key. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { SigningKey } from '../../core/signing/signing-key.ts';
import type { JsonWebKeySet } from '../../core/signing/jwks.ts';
import type { AppDatabase } from '../../db/database.ts';
import { publishDraft } from '../../db/publish-draft.ts';
import { ApiError } from '../../http/api-error.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import { createRouter } from '../../openapi/router.ts';
import type { RegistryHolder } from '../../registry-holder.ts';
import { publishRoute } from './publish-spec.ts';

/** Told of each version this route publishes; it must not block or throw (see AppDeps.afterPublish). */
export type AfterPublish = (c: Context, version: number) => void;

export interface PublishRouteDeps {
  db: AppDatabase;
  registry: RegistryHolder;
  /** Null on a server given only public keys: it cannot publish. */
  key: SigningKey | null;
  jwks: JsonWebKeySet;
  expiryDays: number;
  now: () => Date;
  afterPublish?: AfterPublish;
}

export function adminPublishRoutes({ db, registry, key, jwks, expiryDays, now, afterPublish }: PublishRouteDeps): OpenAPIHono<AdminEnv> {
  const router = createRouter<AdminEnv>();
  router.openapi({ ...publishRoute, middleware: [requireRole('publisher')] }, async (c) => {
    if (!key) throw new ApiError(503, 'signing_key_unavailable', 'This server has no private signing key (REGISTRY_SIGNING_KEY), so it cannot publish.');
    const result = await publishDraft(db, c.get('actor'), { key, jwks, expiryDays, now });
    if (!result.ok) throw new ApiError(409, 'published_version_not_verified', `Not publishing: ${result.reason}.`);
    // Serve the new version at once here; other servers pick it up on their next refresh.
    await registry.refresh();
    afterPublish?.(c, result.published.version);
    return c.json({ published: result.published, served: registry.status.version }, 201);
  });
  return router;
}
