/** @module Admin routes for editors: scam entries in the draft, added, changed and removed (with a reason). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { readScamInput } from '../../core/registry/draft-input.ts';
import type { AppDatabase } from '../../db/database.ts';
import { findDraftScam, getDraftScam } from '../../db/draft-read.ts';
import { createScam, deleteScam, updateScam } from '../../db/draft-write.ts';
import { storedSlugs } from '../../db/registry-content.ts';
import { ApiError } from '../../http/api-error.ts';
import { requireJsonBody } from '../../http/json-body.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import { createRouter } from '../../openapi/router.ts';
import { adminBodyLimit, entryOrThrow, notFound, unlessDuplicate } from './admin-input.ts';
import { changeScamRoute, createScamRoute, deleteScamRoute } from './scam-spec.ts';

export function adminScamRoutes(db: AppDatabase): OpenAPIHono<AdminEnv> {
  // The role is checked before the body is read or validated.
  const middleware = [requireRole('editor'), adminBodyLimit, requireJsonBody];
  const existing = async (id: number) => {
    const scam = await getDraftScam(db, id);
    if (!scam) throw notFound(`scam entry ${id}`);
    return scam;
  };

  const router = createRouter<AdminEnv>();
  router.openapi({ ...createScamRoute, middleware }, async (c) => {
    const scam = entryOrThrow(readScamInput(c.req.valid('json'), await storedSlugs(db)));
    const exists = () => new ApiError(409, 'scam_exists', 'The draft already lists this scam entry.');
    if (await findDraftScam(db, scam)) throw exists();
    const id = await unlessDuplicate(createScam(db, c.get('actor'), scam), exists);
    return c.json({ scam: { id, ...scam } }, 201);
  });
  router.openapi({ ...changeScamRoute, middleware }, async (c) => {
    const before = await existing(c.req.valid('param').id);
    const change = c.req.valid('json');
    const { id, value, display, ...rest } = before;
    const after = entryOrThrow(readScamInput({ ...rest, value: display, ...change }, await storedSlugs(db)));
    await updateScam(db, c.get('actor'), before, after);
    return c.json({ scam: { id, ...after } }, 200);
  });
  router.openapi({ ...deleteScamRoute, middleware }, async (c) => {
    const scam = await existing(c.req.valid('param').id);
    const { reason } = c.req.valid('json');
    await deleteScam(db, c.get('actor'), scam, reason);
    return c.json({ deleted: scam, reason }, 200);
  });
  return router;
}
