/** @module The registry API: the signed snapshot served, the list of versions, any version's JWS, and changes since a version. */
import { emptyContent } from '../core/registry/entries.ts';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { registryChanges } from '../core/registry/registry-changes.ts';
import { JOSE_JSON } from '../core/signing/jws.ts';
import type { JsonWebKeySet } from '../core/signing/jwks.ts';
import type { AppDatabase } from '../db/database.ts';
import { listVersions } from '../db/registry-versions.ts';
import { loadVerifiedVersion } from '../db/verified-versions.ts';
import { ApiError } from '../http/api-error.ts';
import { matchesEtag } from '../http/negotiate.ts';
import { createRouter } from '../openapi/router.ts';
import type { RegistryHolder } from '../registry-holder.ts';
import { changesRoute, servedRoute, versionRoute, versionsRoute } from './registry-spec.ts';

export interface RegistryRouteDeps {
  db: AppDatabase;
  registry: RegistryHolder;
  jwks: JsonWebKeySet;
  now: () => Date;
}

/** The served snapshot changes when a version is published; a numbered version never changes. */
const CACHE = { current: 'public, max-age=60', numbered: 'public, max-age=31536000, immutable' };

const noRegistry = () => new ApiError(503, 'no_registry', 'This server holds no verified registry version; see /healthz.');

export function registryRoutes({ db, registry, jwks, now }: RegistryRouteDeps): OpenAPIHono {
  /** A version's JWS, verified again on the way out: the server never vouches for what it would itself refuse. */
  const verifiedVersion = async (version: number) => {
    const loaded = await loadVerifiedVersion(db, version, jwks, { now: now(), checkChain: false, allowExpired: true });
    if (!loaded) throw new ApiError(404, 'version_not_found', `No registry version ${version}.`);
    if (!loaded.ok) throw new ApiError(503, 'version_not_verified', `Version ${version} is stored but does not verify: ${loaded.reason}.`);
    return loaded;
  };

  /** Typed `never`: zod-openapi cannot type a 200-or-304 JWS answer; the document declares both. */
  const sendJws = (c: Context, jws: unknown, digest: string, cacheControl: string): never => {
    const headers = { ETag: `"${digest}"`, 'Cache-Control': cacheControl };
    if (matchesEtag(c, headers.ETag)) return c.body(null, 304, headers) as never;
    return c.body(JSON.stringify(jws), 200, { ...headers, 'Content-Type': JOSE_JSON }) as never;
  };

  let changesMemo: { key: string; body: unknown } | null = null;

  const router = createRouter();
  router.openapi(servedRoute, async (c) => {
    const { version, digest } = registry.status;
    if (!version || !digest) throw noRegistry();
    // Conditional requests are answered from memory: most partners poll with If-None-Match.
    if (matchesEtag(c, `"${digest}"`)) return sendJws(c, null, digest, CACHE.current);
    const loaded = await verifiedVersion(version);
    if (loaded.digest !== digest) throw new ApiError(503, 'version_not_verified', `Version ${version} changed in storage since it was loaded.`);
    return sendJws(c, loaded.jws, digest, CACHE.current);
  });
  router.openapi(versionsRoute, async (c) => {
    const query = c.req.valid('query');
    return c.json({ served: registry.status.version, versions: await listVersions(db, query) }, 200);
  });
  router.openapi(versionRoute, async (c) => {
    const { n } = c.req.valid('param');
    const loaded = await verifiedVersion(n);
    return sendJws(c, loaded.jws, loaded.digest, CACHE.numbered);
  });
  router.openapi(changesRoute, async (c) => {
    const { since } = c.req.valid('query');
    const current = registry.snapshot;
    if (!current) throw noRegistry();
    if (since > current.version) {
      throw new ApiError(400, 'invalid_request', `since: version ${since} is newer than the version served (${current.version}).`);
    }
    const key = `${since}:${registry.status.digest}`;
    if (changesMemo?.key !== key) {
      const before = since === 0 ? emptyContent() : (await verifiedVersion(since)).snapshot;
      const changes = registryChanges(before, current);
      changesMemo = { key, body: { since, version: current.version, digest: registry.status.digest, ...changes } };
    }
    return c.json(changesMemo.body as never, 200, { 'Cache-Control': CACHE.current });
  });
  return router;
}
