/** @module CORS for public routes that any site may call: `*` origins, no credentials, preflights answered here. */
import type { MiddlewareHandler } from 'hono';

export interface AnyOriginOptions {
  methods: string[];
  headers: string[];
  /** Response headers scripts on other origins may read (ETag, rate-limit headers). */
  exposeHeaders?: string[];
  maxAgeSeconds: number;
}

/**
 * Allows every origin. Unlike hono/cors it only prepares headers with `c.header()` before the handler
 * runs and never reads `c.res`, which keeps @hono/node-server on its light Response path; reading it
 * cut lookup throughput several-fold.
 */
export function allowAnyOrigin({ methods, headers, exposeHeaders = [], maxAgeSeconds }: AnyOriginOptions): MiddlewareHandler {
  const allowMethods = methods.join(', ');
  const allowHeaders = headers.join(', ');
  const exposed = exposeHeaders.join(', ');
  return async function allowOrigins(c, next) {
    c.header('Access-Control-Allow-Origin', '*');
    if (exposed) c.header('Access-Control-Expose-Headers', exposed);
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      return c.body(null, 204, {
        'Access-Control-Allow-Methods': allowMethods,
        'Access-Control-Allow-Headers': allowHeaders,
        'Access-Control-Max-Age': String(maxAgeSeconds),
      });
    }
    await next();
  };
}
