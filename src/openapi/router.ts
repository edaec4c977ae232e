/** @module A router whose routes document themselves: OpenAPIHono with our error shape for every validation failure. */
import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { formatPath } from '../core/registry/file.ts';
import { ApiError } from '../http/api-error.ts';

/** 400 invalid_request naming the first bad field of a failed zod check. */
export function invalidRequest(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): ApiError {
  const issue = error.issues[0]!;
  return new ApiError(400, 'invalid_request', `${formatPath(issue.path)}: ${issue.message}`);
}

/** A failed zod check on a path, query or body answers 400 invalid_request naming the first bad field, as before. It never reads the context, so it serves every environment. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const invalidRequestHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) throw invalidRequest(result.error);
};

/** @example createRouter<AdminEnv>() for routes that read the admin actor from the context. */
export function createRouter<E extends Env = Env>(): OpenAPIHono<E> {
  return new OpenAPIHono<E>({ defaultHook: invalidRequestHook });
}
