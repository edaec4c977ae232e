/** @module POST /api/v1/check/email: a raw message in, its findings and summary verdict out; the message is neither stored nor logged. */
import { z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { MAX_MESSAGE_BYTES, type EmailCheckOptions } from '../core/email/index.ts';
import { ApiError } from '../http/api-error.ts';
import { checkEmailQuietly, isTooLarge } from '../http/email-message.ts';
import '../http/context-variables.ts';
import { limitBody } from '../middleware/body-limit.ts';
import { createRouter, invalidRequest } from '../openapi/router.ts';
import type { RegistryHolder } from '../registry-holder.ts';
import { checkEmailRoute, EMAIL_TOO_LARGE, emailRequestSchema } from './check-email-spec.ts';
import { countrySchema } from './check-spec.ts';

const RFC822 = /^message\/rfc822\b/i;
const JSON_TYPE = /^application\/([a-z.+-]*\+)?json\b/i;
/** JSON escaping (\r\n, quotes, \u00e9…) makes the body longer than the message in it: the body may be this much larger. */
const JSON_ALLOWANCE = 1024 * 1024;
/** Usage counts one lookup per message; what is recorded as its input is never the message (README, Usage). */
export const EMAIL_LOOKUP_INPUT = '(email message, not stored)';

const unsupported = () => new ApiError(415, 'unsupported_media_type', 'Send the message as message/rfc822, or as JSON {"raw": "…"} with Content-Type: application/json.');
const querySchema = z.object({ country: countrySchema.optional() });
const tooLarge = () => new ApiError(413, 'payload_too_large', EMAIL_TOO_LARGE);

const limitRaw = limitBody(MAX_MESSAGE_BYTES, EMAIL_TOO_LARGE);
const limitJson = limitBody(MAX_MESSAGE_BYTES + JSON_ALLOWANCE, EMAIL_TOO_LARGE);

/** Refuses other types at once, and bodies over the limit for their type while they arrive, before anything is parsed. */
const limitMessage: MiddlewareHandler = async function limitMessage(c, next) {
  const type = c.req.header('content-type') ?? '';
  if (RFC822.test(type)) return limitRaw(c, next);
  if (JSON_TYPE.test(type)) return limitJson(c, next);
  throw unsupported();
};

async function readRequest(c: Context): Promise<{ raw: string | ArrayBuffer; options: EmailCheckOptions }> {
  if (RFC822.test(c.req.header('content-type') ?? '')) {
    const query = querySchema.safeParse({ country: c.req.query('country') || undefined });
    if (!query.success) throw invalidRequest(query.error);
    return { raw: await c.req.arrayBuffer(), options: query.data.country ? { country: query.data.country } : {} };
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
  }
  const request = emailRequestSchema.safeParse(body);
  if (!request.success) throw invalidRequest(request.error);
  if (isTooLarge(request.data.raw)) throw tooLarge();
  return { raw: request.data.raw, options: request.data.country ? { country: request.data.country } : {} };
}

export function checkEmailRoutes(registry: RegistryHolder, now: () => Date) {
  const router = createRouter();
  // Registered for the document only: the handler reads two body types itself, which zod-openapi's validators do not combine.
  router.openAPIRegistry.registerPath(checkEmailRoute);
  router.post('/', limitMessage, async function checkEmailMessage(c) {
    const { raw, options } = await readRequest(c);
    // As for /api/v1/check: a request that was read counts, `invalid` until the message proves readable.
    c.set('lookups', [{ input: EMAIL_LOOKUP_INPUT, verdict: 'invalid' }]);
    const result = await checkEmailQuietly(registry.index, raw, options, now());
    if (!result.ok) throw new ApiError(400, result.problem.code, result.problem.message);
    c.set('lookups', [{ input: EMAIL_LOOKUP_INPUT, verdict: result.value.verdict }]);
    c.header('Cache-Control', 'no-store');
    return c.json(result.value, 200);
  });
  return router;
}
