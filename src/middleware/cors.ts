/** @module CORS for public routes that any site may call: `*` origins, no credentials, preflights answered here. */
import type { MiddlewareHandler } from 'hono';

export interface AnyOriginOptions {
  methods: string[];
  headers: string[];
  maxAgeSeconds: number;
}

/**
 * Allows every origin. Unlike hono/cors it only prepares headers with `c.header()` before the handler
 * runs and never reads `c.res`, which keeps @hono/node-server on its light Response path; reading it
 * cut lookup throughput several-fold.
 */
export function allowAnyOrigin({ methods, headers, maxAgeSeconds }: AnyOriginOptions): MiddlewareHandler {
  const allowMethods = methods.join(', ');
  const allowHeaders = headers.join(', ');
  return async function allowOrigins(c, next) {
    c.header('Access-Control-Allow-Origin', '*');
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
