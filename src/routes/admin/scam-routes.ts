/** @module Admin routes for editors: scam entries in the draft, added and removed (with a reason). */
import { Hono } from 'hono';
import { readScamInput } from '../../core/registry/draft-input.ts';
import { scamSchema } from '../../core/registry/file-schema.ts';
import type { AppDatabase } from '../../db/database.ts';
import { findDraftScam, getDraftScam } from '../../db/draft-read.ts';
import { createScam, deleteScam } from '../../db/draft-write.ts';
import { storedSlugs } from '../../db/registry-content.ts';
import { ApiError } from '../../http/api-error.ts';
import { readJson, validate } from '../../http/read-json.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import { adminBodyLimit, entryOrThrow, idParam, notFound, reasonBody } from './admin-input.ts';

export function adminScamRoutes(db: AppDatabase): Hono<AdminEnv> {
  const editor = requireRole('editor');
  return new Hono<AdminEnv>()
    .post('/scams', editor, adminBodyLimit, async (c) => {
      const body = await readJson(c, scamSchema);
      const scam = entryOrThrow(readScamInput(body, await storedSlugs(db)));
      const twin = await findDraftScam(db, scam);
      if (twin) throw new ApiError(409, 'scam_exists', `The draft already lists this scam entry (id ${twin.id}).`);
      const id = await createScam(db, c.get('actor'), scam);
      return c.json({ scam: { id, ...scam } }, 201);
    })
    .delete('/scams/:id', editor, adminBodyLimit, async (c) => {
      const { id } = validate(idParam, c.req.param());
      const { reason } = await readJson(c, reasonBody);
      const scam = await getDraftScam(db, id);
      if (!scam) throw notFound(`scam entry ${id}`);
      await deleteScam(db, c.get('actor'), scam, reason);
      return c.json({ deleted: scam, reason });
    });
}
