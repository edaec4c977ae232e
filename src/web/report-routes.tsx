/**
 * @module POST /report: "Report this contact" from a result, without JavaScript or with it. Same-site
 * forms only, the same core and per-address limit as POST /api/v1/reports, a confirmation page or a
 * refusal page in the reader's language.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import type { AppDatabase } from '../db/database.ts';
import { ApiError } from '../http/api-error.ts';
import { limitBody } from '../middleware/body-limit.ts';
import type { RegistryHolder } from '../registry-holder.ts';
import { REPORT_BODY_LIMIT, reportRequestSchema, type ReportRequest } from '../routes/report-spec.ts';
import { submitReport } from '../routes/submit-report.ts';
import { detectLanguage } from './i18n/detect-language.ts';
import { href } from './links.ts';
import { renderPageError } from './page-errors.tsx';
import { ReportReceivedPage } from './pages/report-received-page.tsx';
import { render, translatorOf } from './render-page.tsx';
import { reportPageRoute } from './report-page-spec.ts';
import { pageSecurityHeaders } from './security-headers.ts';

export interface ReportPageDeps {
  db: AppDatabase;
  registry: RegistryHolder;
  now: () => Date;
  /** The API's hourly per-address report limit: the page is no way around it, nor a second budget. */
  limitReports: MiddlewareHandler;
}

/** The page words the shared 429 as a report limit, not a lookup limit. */
const RENAMED = { rate_limited: 'report_rate_limited' };

/**
 * hono/csrf (the browser's Sec-Fetch-Site is same-origin, or its Origin is ours), refused as an ApiError so
 * the page says why in the reader's language. There is no session to steal; this keeps other sites from
 * filing reports in their visitors' names and from spending their visitors' report budget.
 */
function sameSiteForm(): MiddlewareHandler {
  const check = csrf();
  return async function requireSameSiteForm(c, next) {
    try {
      await check(c, async () => {});
    } catch {
      throw new ApiError(403, 'cross_site_form', 'The report form was not posted from this site.');
    }
    await next();
  };
}

/** The form's fields as the API's request: empty choices are "not given", texts trimmed and limited by the same schema. */
async function readForm(c: Context): Promise<ReportRequest> {
  const form = await c.req.parseBody();
  const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
  const given = (name: string) => text(name) || undefined;
  const parsed = reportRequestSchema.safeParse({
    input: text('q'), platform: given('platform'), country: given('country'), note: text('note'), contact: text('contact'),
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  throw new ApiError(400, field === 'note' || field === 'contact' ? 'report_text_invalid' : 'invalid_request', `${field}: ${issue.message}`);
}

export function reportPageRoutes({ db, registry, now, limitReports }: ReportPageDeps): OpenAPIHono {
  const router = new OpenAPIHono();
  router.openAPIRegistry.registerPath(reportPageRoute);
  router.use('/report', pageSecurityHeaders(), detectLanguage);

  router.post('/report', sameSiteForm(), limitBody(REPORT_BODY_LIMIT), limitReports, async (c) => {
    const t = translatorOf(c);
    const request = await readForm(c);
    // The result the report was made from: where every way back leads.
    const result = href('/', t.lang, { q: request.input, platform: request.platform });
    try {
      const receipt = await submitReport(db, registry, request, now());
      return render(c, t, <ReportReceivedPage t={t} receipt={receipt} result={result} />, { title: t.t('report.title'), path: '/' });
    } catch (error) {
      if (error instanceof ApiError) return renderPageError(c, error, { back: result });
      throw error;
    }
  });

  router.onError((error, c) => renderPageError(c, error, { renamed: RENAMED }));
  return router;
}
