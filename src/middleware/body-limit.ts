/** @module Refusing request bodies above a size before they are read, as a 413 JSON error. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../http/api-error.ts';

/**
 * hono/body-limit with our error shape. Mount it on the routes that read a body only (POST):
 * it reads `c.req.raw.body`, which on Node builds a full Request even for a GET.
 */
export function limitBody(maxBytes: number, message = `The body is larger than ${Math.round(maxBytes / 1024)} KB.`): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', message);
    },
  });
}
