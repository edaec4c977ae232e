/** @module What admin routes share: page and id parameters, the reason revocations require, and turning input problems into 400s. */
import { z } from '@hono/zod-openapi';
import type { InputResult } from '../../core/registry/draft-input.ts';
import { ApiError } from '../../http/api-error.ts';
import { limitBody } from '../../middleware/body-limit.ts';

/** Admin bodies are single entries; an organization with many legitimate lookalikes is the largest. */
export const adminBodyLimit = limitBody(256 * 1024);

const whole = (what: string) => z.string().regex(/^\d{1,12}$/, `${what} must be a whole number`).transform(Number);

export const limitParam = (example: number) =>
  whole('limit').pipe(z.number().min(1).max(500)).default(100).openapi({ type: 'string', example: String(example), description: '1 to 500 (default 100).' });

/** The cursor of a list paged by id: the `next` of the previous page. */
export const afterIdParam = (what: string) =>
  z.string().regex(/^\d{1,12}$/, `after must be a ${what} id`).transform(Number).optional().openapi({ type: 'string', description: 'The `next` of the previous page.' });

const slug = z.string().regex(/^[a-z0-9-]{1,64}$/, 'not an organization slug');
const id = whole('id').pipe(z.number().min(1));

/** Path parameters, each with the example the document shows (and the documented-examples test sends). */
export const slugParam = (example: string) => z.object({ slug: slug.openapi({ example, description: 'The organization\'s slug.' }) });
export const idParam = (example: number) => z.object({ id: id.openapi({ type: 'string', example: String(example) }) });
export const channelParams = (slugExample: string, idExample: number) => slugParam(slugExample).extend(idParam(idExample).shape);

/** Every revocation and removal says why: the reason is published with a revoked channel and kept in the audit log. */
export const reasonBody = z.strictObject({ reason: z.string().trim().min(1, 'a reason is required').max(500) }).openapi('Reason');

/** The entry, or a 400 naming the first bad field as the registry file reader found it. */
export function entryOrThrow<T>(result: InputResult<T>): T {
  if (result.ok) return result.value;
  const [first] = result.problems;
  throw new ApiError(400, 'invalid_request', `${first?.path ?? '(body)'}: ${first?.message ?? 'invalid'}`);
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `No ${what} in the draft.`);

/** Whether a failed write hit a unique index (libSQL and D1 word it alike; drizzle wraps it as the cause). */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) if (/UNIQUE constraint failed/i.test(e.message)) return true;
  return false;
}

/**
 * Runs a create that a duplicate check already passed: when another request inserted the same entry in
 * between, the unique index refuses it and the caller gets the same 409 as a duplicate found up front.
 */
export async function unlessDuplicate<T>(write: Promise<T>, conflict: () => ApiError): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw isUniqueViolation(error) ? conflict() : error;
  }
}

/** A stored entry in file form with a PATCH body applied: fields given replace, `null` removes. */
export function applyChange(base: Record<string, unknown>, change: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base, ...change };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null));
}
