/** @module The public scam-report route: JSON in, the receipt of submitReport out (the report page shares that core). */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDatabase } from '../db/database.ts';
import { requireJsonBody } from '../http/json-body.ts';
import { limitBody } from '../middleware/body-limit.ts';
import { createRouter } from '../openapi/router.ts';
import type { RegistryHolder } from '../registry-holder.ts';
import { REPORT_BODY_LIMIT, reportRoute } from './report-spec.ts';
import { submitReport } from './submit-report.ts';

export function reportRoutes(db: AppDatabase, registry: RegistryHolder, now: () => Date): OpenAPIHono {
  const router = createRouter();
  router.openapi({ ...reportRoute, middleware: [limitBody(REPORT_BODY_LIMIT), requireJsonBody] }, async (c) => {
    const receipt = await submitReport(db, registry, c.req.valid('json'), now());
    return c.json(receipt, 201);
  });
  return router;
}
