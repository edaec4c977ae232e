/** @module Response pieces every route documents the same way: the error body and the common error statuses. */
import { z } from '@hono/zod-openapi';
import { errorBody } from '../http/api-error.ts';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: 'Stable machine-readable code, such as `invalid_request`.' }),
      message: z.string().openapi({ description: 'An English sentence for people.' }),
    }),
  })
  .openapi('Error');

/** One documented error status, with an example body. */
export function errorResponse(description: string, code: string, message: string) {
  return { description, content: { 'application/json': { schema: errorSchema, example: errorBody(code, message) } } };
}

export const rateLimitedResponse = errorResponse(
  'Too many requests: the per-address public limit, or the key\'s limit. `Retry-After` says when to try again; keyed answers carry `RateLimit-Policy` and `RateLimit`.',
  'rate_limited',
  'Too many requests: at most 60 a minute. Try again in 12 s.',
);

export const unauthorizedResponse = errorResponse('The API key is missing (where required), unknown or revoked.', 'unauthorized', 'The API key is unknown or has been revoked.');

export const badRequestResponse = (code = 'invalid_request', message = 'type: Invalid option: expected one of "auto"|"url"|"domain"|"email"|"phone"|"social"') =>
  errorResponse('The request or the contact cannot be understood.', code, message);

/** The headers keyed answers carry, documented once. */
export const rateLimitHeaderDocs = {
  'RateLimit-Policy': { description: 'The key\'s quota (draft-ietf-httpapi-ratelimit-headers), e.g. `"key";q=600;w=60`.', schema: { type: 'string' as const } },
  RateLimit: { description: 'What is left in the current window, e.g. `"key";r=599;t=42`.', schema: { type: 'string' as const } },
};

/** Security requirement for routes where a key is optional: none, or either header. */
export const optionalKey: Array<Record<string, string[]>> = [{}, { bearerKey: [] }, { headerKey: [] }];
export const requiredKey: Array<Record<string, string[]>> = [{ bearerKey: [] }, { headerKey: [] }];
