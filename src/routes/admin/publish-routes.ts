/** @module The admin route for publishers: the draft becomes the next signed version, signed with this server's key. */
import { Hono } from 'hono';
import type { SigningKey } from '../../core/signing/signing-key.ts';
import type { JsonWebKeySet } from '../../core/signing/jwks.ts';
import type { AppDatabase } from '../../db/database.ts';
import { publishDraft } from '../../db/publish-draft.ts';
import { ApiError } from '../../http/api-error.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import type { RegistryHolder } from '../../registry-holder.ts';

export interface PublishRouteDeps {
  db: AppDatabase;
  registry: RegistryHolder;
  /** Null on a server given only public keys: it cannot publish. */
  key: SigningKey | null;
  jwks: JsonWebKeySet;
  expiryDays: number;
  now: () => Date;
}

export function adminPublishRoutes({ db, registry, key, jwks, expiryDays, now }: PublishRouteDeps): Hono<AdminEnv> {
  return new Hono<AdminEnv>().post('/publish', requireRole('publisher'), async (c) => {
    if (!key) throw new ApiError(503, 'signing_key_unavailable', 'This server has no private signing key (REGISTRY_SIGNING_KEY), so it cannot publish.');
    const result = await publishDraft(db, c.get('actor'), { key, jwks, expiryDays, now });
    if (!result.ok) throw new ApiError(409, 'published_version_not_verified', `Not publishing: ${result.reason}.`);
    // Serve the new version at once here; other servers pick it up on their next refresh.
    await registry.refresh();
    return c.json({ published: result.published, served: registry.status.version }, 201);
  });
}
