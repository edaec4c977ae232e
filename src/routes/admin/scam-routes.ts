/** @module Admin routes for editors: scam entries in the draft, added, changed and removed (with a reason). */
import { Hono } from 'hono';
import * as z from 'zod';
import { readScamInput } from '../../core/registry/draft-input.ts';
import { scamSchema } from '../../core/registry/file-schema.ts';
import type { AppDatabase } from '../../db/database.ts';
import { findDraftScam, getDraftScam } from '../../db/draft-read.ts';
import { createScam, deleteScam, updateScam } from '../../db/draft-write.ts';
import { storedSlugs } from '../../db/registry-content.ts';
import { ApiError } from '../../http/api-error.ts';
import { readJson, validate } from '../../http/read-json.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import { adminBodyLimit, entryOrThrow, idParam, notFound, reasonBody, unlessDuplicate } from './admin-input.ts';

/** The kind, platform and value are the entry's identity: a different value is a new entry. */
const changeBody = z.strictObject({ target: scamSchema.shape.target.optional(), reason: scamSchema.shape.reason.optional() });

export function adminScamRoutes(db: AppDatabase): Hono<AdminEnv> {
  const editor = requireRole('editor');
  const existing = async (params: Record<string, string>) => {
    const { id } = validate(idParam, params);
    const scam = await getDraftScam(db, id);
    if (!scam) throw notFound(`scam entry ${id}`);
    return scam;
  };

  return new Hono<AdminEnv>()
    .post('/scams', editor, adminBodyLimit, async (c) => {
      const body = await readJson(c, scamSchema);
      const scam = entryOrThrow(readScamInput(body, await storedSlugs(db)));
      const exists = () => new ApiError(409, 'scam_exists', 'The draft already lists this scam entry.');
      if (await findDraftScam(db, scam)) throw exists();
      const id = await unlessDuplicate(createScam(db, c.get('actor'), scam), exists);
      return c.json({ scam: { id, ...scam } }, 201);
    })
    .patch('/scams/:id', editor, adminBodyLimit, async (c) => {
      const before = await existing(c.req.param());
      const change = await readJson(c, changeBody);
      const { id, value, display, ...rest } = before;
      const after = entryOrThrow(readScamInput({ ...rest, value: display, ...change }, await storedSlugs(db)));
      await updateScam(db, c.get('actor'), before, after);
      return c.json({ scam: { id, ...after } });
    })
    .delete('/scams/:id', editor, adminBodyLimit, async (c) => {
      const scam = await existing(c.req.param());
      const { reason } = await readJson(c, reasonBody);
      await deleteScam(db, c.get('actor'), scam, reason);
      return c.json({ deleted: scam, reason });
    });
}
