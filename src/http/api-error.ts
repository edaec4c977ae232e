/** @module The one error type the HTTP layer throws, and the handler that turns every error into `{"error":{code,message}}`. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error answer with a stable code.
 * @example throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.')
 */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(status, { message });
  }
}

export function errorBody(code: string, message: string) {
  return { error: { code, message } };
}

/** app.onError: known errors keep their status and code; anything else is logged and answered as a plain 500. */
export function handleError(error: Error, c: Context): Response {
  if (error instanceof ApiError) {
    return c.json(errorBody(error.code, error.message), error.status, error.headers);
  }
  if (error instanceof HTTPException) {
    // Hono's own (body limit, malformed requests): keep the status, give it a code.
    const status = error.status as ContentfulStatusCode;
    const code = status === 413 ? 'payload_too_large' : 'bad_request';
    return c.json(errorBody(code, error.message || 'The request could not be handled.'), status);
  }
  console.error('unexpected error', c.req.method, c.req.path, error);
  return c.json(errorBody('internal_error', 'Something went wrong on our side.'), 500);
}
