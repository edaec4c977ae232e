/** @module The review routes' contract for scam reports: the queue for viewers, confirm and reject for editors; answers, errors, examples. */
import { createRoute, z } from '@hono/zod-openapi';
import { scamSchema } from '../../core/registry/file-schema.ts';
import { REPORT_STATUSES } from '../../core/reports/reported-channel.ts';
import { CHANNEL_KINDS, PLATFORMS } from '../../core/types.ts';
import { errorResponse } from '../../openapi/responses.ts';
import { afterIdParam, idParam, limitParam } from './admin-input.ts';
import { ADMIN_TAG, adminNotFound, adminSecurity, authErrors, bodyErrors, invalidAdminRequest, jsonAnswer, needsRole } from './admin-responses.ts';
import { draftScamSchema } from './admin-schemas.ts';

const reportSchema = z
  .object({
    id: z.number().int(),
    kind: z.enum(CHANNEL_KINDS),
    platform: z.enum(PLATFORMS).optional(),
    value: z.string().openapi({ description: 'The channel in canonical form, as a scam entry stores it.' }),
    status: z.enum(REPORT_STATUSES),
    count: z.number().int().openapi({ description: 'Reports of this channel received while the report was open.' }),
    suggestedTarget: z.string().nullable().openapi({ description: 'The organization the verdict named at the first report (imitated, or already listed): the default target on confirm.' }),
    notes: z
      .array(z.object({ at: z.string(), note: z.string().optional(), contact: z.string().optional() }))
      .openapi({ description: 'What reporters wrote, oldest first (at most 20). Contact addresses are erased on review, notes on rejection.' }),
    firstReportedAt: z.string(),
    lastReportedAt: z.string(),
    reviewedAt: z.string().nullable(),
    reviewedBy: z.string().nullable().openapi({ description: 'The admin token\'s name, or `cli`.' }),
    scamId: z.number().int().nullable().openapi({ description: 'The draft scam entry a confirmation created or found.' }),
  })
  .openapi('AdminReport');

const reason = z.string().trim().min(1).max(500);
export const confirmReportBody = z
  .strictObject({
    target: scamSchema.shape.target.optional().openapi({ description: 'The slug of the organization impersonated; by default `suggestedTarget`.' }),
    reason: reason.optional().openapi({ description: 'Published with the entry; by default "Reported as a scam and confirmed by review".' }),
  })
  .openapi('ReportConfirmation');
export const rejectReportBody = z.strictObject({ reason: reason.optional().openapi({ description: 'Kept in the audit log.' }) }).openapi('ReportRejection');

const openReport = {
  id: 1, kind: 'domain', value: 'binance-wallet-sync.com', status: 'received', count: 1, suggestedTarget: 'binance',
  notes: [{ at: '2026-11-26T09:14:03.120Z', note: 'A pop-up on this site asked for my seed phrase.', contact: 'reporter@example.org' }],
  firstReportedAt: '2026-11-26T09:14:03.120Z', lastReportedAt: '2026-11-26T10:02:44.518Z', reviewedAt: null, reviewedBy: null, scamId: null,
};
const editor = { tags: [ADMIN_TAG], security: adminSecurity('editor') };
const reviewErrors = {
  404: errorResponse('No report with this id.', 'not_found', 'No report 999.'),
  ...authErrors('editor'),
  ...bodyErrors,
};
const optionalBody = <S>(schema: S, example: unknown) => ({ required: false, content: { 'application/json': { schema, example } } });

export const reportsRoute = createRoute({
  tags: [ADMIN_TAG],
  security: adminSecurity('viewer'),
  method: 'get',
  path: '/reports',
  summary: 'Scam reports of one status, oldest first',
  description: needsRole('viewer', 'The review queue by default (`status=received`). One row per reported channel: repeated reports add to `count`.'),
  request: {
    query: z.object({
      status: z.enum(REPORT_STATUSES).default('received').openapi({ description: 'Which reports: `received` (default, the queue), `confirmed` or `rejected`.', example: 'received' }),
      limit: limitParam(1),
      after: afterIdParam('report'),
    }),
  },
  responses: {
    200: jsonAnswer('One page; `next` is the `after` of the next page, null on the last.', z.object({ reports: z.array(reportSchema), next: z.string().nullable() }), { reports: [openReport], next: '1' }),
    400: invalidAdminRequest('status: Invalid option: expected one of "received"|"confirmed"|"rejected"'),
    ...authErrors('viewer'),
  },
});

export const confirmReportRoute = createRoute({
  ...editor,
  method: 'post',
  path: '/reports/{id}/confirm',
  summary: 'Confirm a report: list the channel as a scam in the draft',
  description: needsRole('editor', 'Adds a scam entry to the draft (unless the draft lists the channel already): it is served as `known_scam` once the draft is published. Refused while the channel is official in the draft. The body may be left out.'),
  request: { params: idParam(1), body: optionalBody(confirmReportBody, { target: 'binance', reason: 'Phishing site asking for seed phrases' }) },
  responses: {
    200: jsonAnswer(
      'The report as reviewed (contact addresses erased) and the draft\'s scam entry.',
      z.object({ report: reportSchema, scam: draftScamSchema }),
      {
        report: { ...openReport, status: 'confirmed', notes: [{ at: '2026-11-26T09:14:03.120Z', note: 'A pop-up on this site asked for my seed phrase.' }], reviewedAt: '2026-11-26T11:30:00.000Z', reviewedBy: 'openapi examples', scamId: 7 },
        scam: { id: 7, kind: 'domain', value: 'binance-wallet-sync.com', display: 'binance-wallet-sync.com', target: 'binance', reason: 'Phishing site asking for seed phrases' },
      },
    ),
    400: errorResponse('No target was given and none was suggested (`target_required`), or the body is invalid (`invalid_request`).', 'target_required', 'Report 4 names no organization: give the target, the slug of the organization it impersonates.'),
    409: errorResponse('The report was already reviewed (`report_already_reviewed`), or the channel is official in the draft (`official_channel`).', 'report_already_reviewed', 'Report 1 was already confirmed (2026-11-26T11:30:00.000Z by alice).'),
    ...reviewErrors,
  },
});

export const rejectReportRoute = createRoute({
  ...editor,
  method: 'post',
  path: '/reports/{id}/reject',
  summary: 'Reject a report',
  description: needsRole('editor', 'Closes the report without listing anything and erases its notes and contact addresses. The body may be left out.'),
  request: { params: idParam(2), body: optionalBody(rejectReportBody, { reason: 'A legitimate reseller, not a scam' }) },
  responses: {
    200: jsonAnswer('The report as reviewed.', z.object({ report: reportSchema }), { report: { id: 2, status: 'rejected', notes: [], reviewedBy: 'openapi examples' } }),
    400: invalidAdminRequest('reason: Too small: expected string to have >=1 characters'),
    409: errorResponse('The report was already reviewed.', 'report_already_reviewed', 'Report 2 was already rejected (2026-11-26T11:31:00.000Z by alice).'),
    ...reviewErrors,
  },
});
