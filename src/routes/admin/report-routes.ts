/** @module Admin routes reviewing scam reports: viewers read the queue, editors confirm (a scam entry in the draft) or reject. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppDatabase } from '../../db/database.ts';
import { confirmReport, rejectReport, type Accepted, type Reviewed, type ReviewProblemCode } from '../../db/report-review.ts';
import { listReports } from '../../db/reports.ts';
import { ApiError } from '../../http/api-error.ts';
import { optionalJsonBody } from '../../http/json-body.ts';
import { requireRole, type AdminEnv } from '../../middleware/admin-auth.ts';
import { createRouter } from '../../openapi/router.ts';
import { adminBodyLimit } from './admin-input.ts';
import { confirmReportRoute, rejectReportRoute, reportsRoute } from './report-spec.ts';

const STATUS: Record<ReviewProblemCode, ContentfulStatusCode> = {
  not_found: 404,
  report_already_reviewed: 409,
  official_channel: 409,
  target_required: 400,
  invalid_request: 400,
};

/** The review's outcome, or its refusal as an error answer. */
function reviewedOrThrow<T>(result: Reviewed<T>): Accepted<T> {
  if (!result.ok) throw new ApiError(STATUS[result.problem.code], result.problem.code, result.problem.message);
  return result;
}

export function adminReportRoutes(db: AppDatabase): OpenAPIHono<AdminEnv> {
  // The role is checked before the body is read or validated.
  const middleware = [requireRole('editor'), adminBodyLimit, optionalJsonBody];
  const router = createRouter<AdminEnv>();
  router.openapi(reportsRoute, async (c) => {
    const { items, next } = await listReports(db, c.req.valid('query'));
    return c.json({ reports: items, next }, 200);
  });
  router.openapi({ ...confirmReportRoute, middleware }, async (c) => {
    const { report, scam } = reviewedOrThrow(await confirmReport(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json') ?? {}));
    return c.json({ report, scam }, 200);
  });
  router.openapi({ ...rejectReportRoute, middleware }, async (c) => {
    const { report } = reviewedOrThrow(await rejectReport(db, c.get('actor'), c.req.valid('param').id, c.req.valid('json') ?? {}));
    return c.json({ report }, 200);
  });
  return router;
}
