/** @module Admin routes for viewers: the draft, page by page, its diff against the published version, and the audit log. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { JsonWebKeySet } from '../../core/signing/jwks.ts';
import { listAudit } from '../../db/audit-log.ts';
import type { AppDatabase } from '../../db/database.ts';
import { draftDiff } from '../../db/draft-diff.ts';
import { draftCounts, getDraftOrganization, listDraftOrganizations, listDraftScams } from '../../db/draft-read.ts';
import { listVersions } from '../../db/registry-versions.ts';
import { ApiError } from '../../http/api-error.ts';
import type { AdminEnv } from '../../middleware/admin-auth.ts';
import { createRouter } from '../../openapi/router.ts';
import { notFound } from './admin-input.ts';
import { auditRoute, diffRoute, draftRoute, organizationRoute, organizationsRoute, scamsRoute } from './read-spec.ts';

export function adminReadRoutes(db: AppDatabase, jwks: JsonWebKeySet): OpenAPIHono<AdminEnv> {
  // Every token is at least a viewer, so authentication alone opens these routes.
  const router = createRouter<AdminEnv>();
  router.openapi(draftRoute, async (c) => {
    const [latest] = await listVersions(db, { limit: 1 });
    return c.json({ draft: await draftCounts(db), published: latest ? { version: latest.version, digest: latest.digest, issuedAt: latest.issuedAt } : null }, 200);
  });
  router.openapi(organizationsRoute, async (c) => {
    const { items, next } = await listDraftOrganizations(db, c.req.valid('query'));
    return c.json({ organizations: items, next }, 200);
  });
  router.openapi(organizationRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const organization = await getDraftOrganization(db, slug);
    if (!organization) throw notFound(`organization "${slug}"`);
    return c.json({ organization }, 200);
  });
  router.openapi(scamsRoute, async (c) => {
    const { items, next } = await listDraftScams(db, c.req.valid('query'));
    return c.json({ scams: items, next }, 200);
  });
  router.openapi(diffRoute, async (c) => {
    const diff = await draftDiff(db, jwks);
    if (!diff.ok) throw new ApiError(409, 'published_version_not_verified', `Cannot compare with the published registry: ${diff.reason}.`);
    const { ok, ...body } = diff;
    return c.json(body, 200);
  });
  router.openapi(auditRoute, async (c) => {
    const query = c.req.valid('query');
    const entries = await listAudit(db, query);
    return c.json({ entries, next: entries.length === query.limit ? String(entries.at(-1)!.id) : null }, 200);
  });
  return router;
}
