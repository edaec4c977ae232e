/** @module Errors as pages: what went wrong in the reader's language (API codes translated), with the status and headers the error carries. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiError } from '../http/api-error.ts';
import { errorText } from './components/result-card.tsx';
import type { Translator } from './i18n/index.ts';
import { ErrorPage } from './pages/error-page.tsx';
import { render, translatorOf } from './render-page.tsx';

export interface PageErrorOptions {
  /** Codes a page words differently from the catalogue's `error.<code>`: the report page's own 429, say. */
  renamed?: Record<string, string>;
  /** Where "Back" leads; the check page by default. */
  back?: string;
}

/**
 * What an error page says, in the reader's language, and its status; sets the headers the error
 * carries (Retry-After) and logs any error that is not an HTTPException.
 */
export function describePageError(c: Context, t: Translator, error: Error, renamed: Record<string, string> = {}): { status: ContentfulStatusCode; message: string } {
  if (!(error instanceof HTTPException)) console.error('unexpected error', c.req.method, c.req.path, error);
  const status = error instanceof HTTPException ? (error.status as ContentfulStatusCode) : 500;
  if (error instanceof ApiError) for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  const message = error instanceof ApiError
    ? errorText(t, renamed[error.code] ?? error.code, error.message, { seconds: error.headers['Retry-After'] ?? '60' })
    : t.t(status === 500 ? 'error.internal_error' : 'error.invalid_request');
  return { status, message };
}

/** An error page for any error; one that is not an HTTPException is logged and shown as "something went wrong". */
export function renderPageError(c: Context, error: Error, { renamed = {}, back }: PageErrorOptions = {}): Promise<Response> {
  const t = translatorOf(c);
  const { status, message } = describePageError(c, t, error, renamed);
  return render(c, t, <ErrorPage t={t} message={message} back={back} />, { title: message, status });
}
