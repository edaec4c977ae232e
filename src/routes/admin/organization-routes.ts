/** @module Admin routes for editors: organizations in the draft, created, changed and revoked. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { readOrganizationInput } from '../../core/registry/draft-input.ts';
import type { AppDatabase } from '../../db/database.ts';
import { getDraftOrganization } from '../../db/draft-read.ts';
import { organizationFileForm } from '../../db/draft-rows.ts';
import { createOrganization, revokeOrganization, updateOrganization } from '../../db/draft-write.ts';
import { ApiError } from '../../http/api-error.ts';
import { requireJsonBody } from '../../http/json-body.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import { createRouter } from '../../openapi/router.ts';
import { adminBodyLimit, applyChange, entryOrThrow, notFound, unlessDuplicate } from './admin-input.ts';
import { changeOrganizationRoute, createOrganizationRoute, revokeOrganizationRoute } from './organization-spec.ts';

export function adminOrganizationRoutes(db: AppDatabase): OpenAPIHono<AdminEnv> {
  // The role is checked before the body is read or validated.
  const middleware = [requireRole('editor'), adminBodyLimit, requireJsonBody];
  const existing = async (slug: string) => {
    const org = await getDraftOrganization(db, slug);
    if (!org) throw notFound(`organization "${slug}"`);
    return org;
  };

  const router = createRouter<AdminEnv>();
  router.openapi({ ...createOrganizationRoute, middleware }, async (c) => {
    const org = entryOrThrow(readOrganizationInput(c.req.valid('json')));
    const exists = () => new ApiError(409, 'organization_exists', `The draft already has an organization "${org.slug}".`);
    if (await getDraftOrganization(db, org.slug)) throw exists();
    await unlessDuplicate(createOrganization(db, c.get('actor'), org), exists);
    return c.json({ organization: { ...org, channels: [] } }, 201);
  });
  router.openapi({ ...changeOrganizationRoute, middleware }, async (c) => {
    const { slug } = c.req.valid('param');
    const change = c.req.valid('json');
    const { channels, ...before } = await existing(slug);
    const after = entryOrThrow(readOrganizationInput(applyChange(organizationFileForm(before), change)));
    await updateOrganization(db, c.get('actor'), before, after);
    return c.json({ organization: { ...after, channels } }, 200);
  });
  router.openapi({ ...revokeOrganizationRoute, middleware }, async (c) => {
    const { slug } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const org = await existing(slug);
    const revoked = await revokeOrganization(db, c.get('actor'), org, reason);
    return c.json({ revoked, organization: await existing(slug) }, 200);
  });
  return router;
}
