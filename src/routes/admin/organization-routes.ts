/** @module Admin routes for editors: organizations in the draft, created, changed and revoked. */
import { Hono } from 'hono';
import * as z from 'zod';
import { readOrganizationInput } from '../../core/registry/draft-input.ts';
import { organizationSchema } from '../../core/registry/file-schema.ts';
import type { AppDatabase } from '../../db/database.ts';
import { getDraftOrganization } from '../../db/draft-read.ts';
import { organizationFileForm } from '../../db/draft-rows.ts';
import { createOrganization, revokeOrganization, updateOrganization } from '../../db/draft-write.ts';
import { ApiError } from '../../http/api-error.ts';
import { readJson, validate } from '../../http/read-json.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import { adminBodyLimit, applyChange, entryOrThrow, notFound, reasonBody, slugParam, unlessDuplicate } from './admin-input.ts';

/** Channels are added one by one through their own route, each with its own audit entry. */
const createBody = organizationSchema.omit({ channels: true });
/** Any field but the slug (the identity); null clears an optional one. */
const changeBody = z.strictObject({
  name: organizationSchema.shape.name.optional(),
  website: organizationSchema.shape.website.nullable(),
  advice: organizationSchema.shape.advice.nullable(),
  aliases: organizationSchema.shape.aliases.nullable(),
  legitimateLookalikes: organizationSchema.shape.legitimateLookalikes.nullable(),
});

export function adminOrganizationRoutes(db: AppDatabase): Hono<AdminEnv> {
  const editor = requireRole('editor');
  const existing = async (slug: string) => {
    const org = await getDraftOrganization(db, slug);
    if (!org) throw notFound(`organization "${slug}"`);
    return org;
  };

  return new Hono<AdminEnv>()
    .post('/organizations', editor, adminBodyLimit, async (c) => {
      const org = entryOrThrow(readOrganizationInput(await readJson(c, createBody)));
      const exists = () => new ApiError(409, 'organization_exists', `The draft already has an organization "${org.slug}".`);
      if (await getDraftOrganization(db, org.slug)) throw exists();
      await unlessDuplicate(createOrganization(db, c.get('actor'), org), exists);
      return c.json({ organization: { ...org, channels: [] } }, 201);
    })
    .patch('/organizations/:slug', editor, adminBodyLimit, async (c) => {
      const { slug } = validate(slugParam, c.req.param());
      const change = await readJson(c, changeBody);
      const { channels, ...before } = await existing(slug);
      const after = entryOrThrow(readOrganizationInput(applyChange(organizationFileForm(before), change)));
      await updateOrganization(db, c.get('actor'), before, after);
      return c.json({ organization: { ...after, channels } });
    })
    .post('/organizations/:slug/revoke', editor, adminBodyLimit, async (c) => {
      const { slug } = validate(slugParam, c.req.param());
      const { reason } = await readJson(c, reasonBody);
      const org = await existing(slug);
      const revoked = await revokeOrganization(db, c.get('actor'), org, reason);
      return c.json({ revoked, organization: await existing(slug) });
    });
}
