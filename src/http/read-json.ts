/** @module Reading a JSON request body defensively: content type, syntax and schema, each with its own 4xx. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { formatPath } from '../core/registry/file.ts';
import { ApiError } from './api-error.ts';

/** Parses and validates a JSON body, throwing an ApiError that names the first bad field. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as JSON with Content-Type: application/json.');
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  return validate(schema, body);
}

/** Validates any value against a schema, throwing a 400 ApiError naming the first bad field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ApiError(400, 'invalid_request', `${formatPath(issue.path)}: ${issue.message}`);
}
