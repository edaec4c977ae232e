/** @module Route middleware run before schema validation: the body must be JSON by type and by syntax, each with its own 4xx. */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './api-error.ts';

/**
 * Checks Content-Type (415) and parses the body (400 invalid_json) before @hono/zod-openapi's validator
 * runs, which would otherwise skip a body sent with another type or answer malformed JSON in its own words.
 */
export const requireJsonBody: MiddlewareHandler = async function requireJson(c, next) {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  try {
    // Hono caches the parsed body: the validator reads this same value.
    await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  await next();
};

/**
 * For routes whose body may be left out (a confirmation with no options): a request with a body must send
 * it as JSON, as `requireJsonBody` checks; one with no body at all goes on, and the route reads `{}`.
 */
export const optionalJsonBody: MiddlewareHandler = async function optionalJson(c, next) {
  const sent = c.req.header('content-type') !== undefined || Number(c.req.header('content-length') ?? 0) > 0 || c.req.header('transfer-encoding') !== undefined;
  return sent ? requireJsonBody(c, next) : next();
};

/** A required query parameter, answered with its own code when missing (before the schema sees it). */
export function requireQuery(name: string, code: string, message: string): MiddlewareHandler {
  return async function requireParameter(c, next) {
    if (c.req.query(name) === undefined) throw new ApiError(400, code, message);
    await next();
  };
}
