/** @module Admin routes for viewers on partner API keys: the keys and their usage per day and verdict. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import { findApiKey, listApiKeys } from '../../db/api-keys.ts';
import type { AppDatabase } from '../../db/database.ts';
import { usageOf } from '../../db/usage.ts';
import { ApiError } from '../../http/api-error.ts';
import type { AdminEnv } from '../../middleware/admin-auth.ts';
import { createRouter } from '../../openapi/router.ts';
import { keysRoute, keyUsageRoute } from './key-spec.ts';

export function adminKeyRoutes(db: AppDatabase): OpenAPIHono<AdminEnv> {
  const router = createRouter<AdminEnv>();
  router.openapi(keysRoute, async (c) => c.json({ keys: await listApiKeys(db) }, 200));
  router.openapi(keyUsageRoute, async (c) => {
    const { id } = c.req.valid('param');
    const key = await findApiKey(db, id);
    if (!key) throw new ApiError(404, 'not_found', `No partner key ${id}.`);
    const days = (await usageOf(db, id)).map(({ day, counts }) => ({ day, total: Object.values(counts).reduce((a, b) => a + b, 0), counts }));
    return c.json({ key, days }, 200);
  });
  return router;
}
