/** @module Admin routes for viewers: the draft, page by page, its diff against the published version, and the audit log. */
import { Hono } from 'hono';
import * as z from 'zod';
import type { JsonWebKeySet } from '../../core/signing/jwks.ts';
import { listAudit } from '../../db/audit-log.ts';
import type { AppDatabase } from '../../db/database.ts';
import { draftDiff } from '../../db/draft-diff.ts';
import { draftCounts, getDraftOrganization, listDraftOrganizations, listDraftScams } from '../../db/draft-read.ts';
import { listVersions } from '../../db/registry-versions.ts';
import { ApiError } from '../../http/api-error.ts';
import { validate } from '../../http/read-json.ts';
import type { AdminEnv } from '../../middleware/admin-auth.ts';
import { limitParam, notFound, slugParam } from './admin-input.ts';

const organizationsQuery = z.object({ limit: limitParam, after: z.string().max(64).optional() });
const scamsQuery = z.object({ limit: limitParam, after: z.string().regex(/^\d{1,12}$/, 'after must be a scam id').transform(Number).optional() });
const auditQuery = z.object({ limit: limitParam, before: z.string().regex(/^\d{1,15}$/, 'before must be an audit entry id').transform(Number).optional() });

export function adminReadRoutes(db: AppDatabase, jwks: JsonWebKeySet): Hono<AdminEnv> {
  // Every token is at least a viewer, so authentication alone opens these routes.
  return new Hono<AdminEnv>()
    .get('/draft', async (c) => {
      const [latest] = await listVersions(db, { limit: 1 });
      return c.json({ draft: await draftCounts(db), published: latest ? { version: latest.version, digest: latest.digest, issuedAt: latest.issuedAt } : null });
    })
    .get('/organizations', async (c) => {
      const { items, next } = await listDraftOrganizations(db, validate(organizationsQuery, c.req.query()));
      return c.json({ organizations: items, next });
    })
    .get('/organizations/:slug', async (c) => {
      const { slug } = validate(slugParam, c.req.param());
      const organization = await getDraftOrganization(db, slug);
      if (!organization) throw notFound(`organization "${slug}"`);
      return c.json({ organization });
    })
    .get('/scams', async (c) => {
      const { items, next } = await listDraftScams(db, validate(scamsQuery, c.req.query()));
      return c.json({ scams: items, next });
    })
    .get('/diff', async (c) => {
      const diff = await draftDiff(db, jwks);
      if (!diff.ok) throw new ApiError(409, 'published_version_not_verified', `Cannot compare with the published registry: ${diff.reason}.`);
      const { ok, ...body } = diff;
      return c.json(body);
    })
    .get('/audit', async (c) => {
      const query = validate(auditQuery, c.req.query());
      const entries = await listAudit(db, query);
      return c.json({ entries, next: entries.length === query.limit ? String(entries.at(-1)!.id) : null });
    });
}
