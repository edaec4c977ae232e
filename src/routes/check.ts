/** @module The lookup routes: one contact (GET and POST) and batches of up to 1,000, with conditional GETs and usage hand-off. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { parseContact } from '../core/input/index.ts';
import { checkContact, invalidAnswer, type CheckAnswer } from '../core/verdict.ts';
import { JOSE_JSON, JWS_TYPES, signJson } from '../core/signing/jws.ts';
import type { SigningKey } from '../core/signing/signing-key.ts';
import { ApiError } from '../http/api-error.ts';
import '../http/context-variables.ts';
import { lookupEtag } from '../http/lookup-etag.ts';
import { requireJsonBody, requireQuery } from '../http/json-body.ts';
import { matchesEtag, wantsJose } from '../http/negotiate.ts';
import { limitBody } from '../middleware/body-limit.ts';
import { createRouter } from '../openapi/router.ts';
import type { RegistryHolder } from '../registry-holder.ts';
import { checkBatchRoute, checkGetRoute, checkPostRoute, checkRequestSchema, type CheckRequest } from './check-spec.ts';


/** 1,000 items of 2 KB fit in 4 MB; one check needs far less than 64 KB. */
const BODY_LIMITS = { check: 64 * 1024, batch: 4 * 1024 * 1024 };

/** How long a signed verdict may be relied on: the registry can change, so a verdict is news, not a certificate. */
const VERDICT_TTL_MS = 24 * 60 * 60 * 1000;

/** Answers may be reused for a minute; after that a conditional GET costs the client a 304 at most. */
const CACHE_SECONDS = 60;

/** Keyed answers carry per-key rate-limit headers: only the client itself may reuse them. */
const cacheControl = (c: Context): string => `${c.get('apiKey') ? 'private' : 'public'}, max-age=${CACHE_SECONDS}`;

export function checkRoutes(registry: RegistryHolder, now: () => Date, key: SigningKey | null): OpenAPIHono {
  /**
   * Plain JSON, or a flattened JWS of it with the registry version, `checkedAt` and an expiry when the
   * client asks for application/jose+json. Either way the answer varies with Accept and the key headers.
   * Typed `never` because zod-openapi's typed responses cannot express "JSON or its JWS": the OpenAPI
   * document declares both, and the tests hold the answers to it.
   */
  const respond = (c: Context, body: Record<string, unknown>, checkedAt: string) => respondAs(c, body, checkedAt) as Promise<never>;
  const respondAs = async (c: Context, body: Record<string, unknown>, checkedAt: string): Promise<Response> => {
    c.header('Vary', c.get('apiKey') ? 'Accept, Authorization, X-API-Key' : 'Accept');
    c.header('Cache-Control', cacheControl(c));
    if (!wantsJose(c)) return c.json(body, 200);
    if (!key) throw new ApiError(406, 'not_acceptable', 'This server has no signing key and cannot sign answers; ask for application/json.');
    const index = registry.index;
    const payload = {
      ...body,
      registry: { version: index.version, digest: index.digest || null },
      checkedAt,
      expiresAt: new Date(Date.parse(checkedAt) + VERDICT_TTL_MS).toISOString(),
    };
    return c.body(JSON.stringify(await signJson(payload, key, JWS_TYPES.verdict)), 200, { 'Content-Type': JOSE_JSON });
  };
  const answer = (request: CheckRequest): CheckAnswer | ApiError => {
    const index = registry.index;
    if (request.org && !index.organizations.has(request.org)) {
      return new ApiError(404, 'organization_not_found', `No organization "${request.org}" in this registry.`);
    }
    const contact = parseContact(request.input, request);
    if (!contact.ok) return new ApiError(400, contact.problem.code, contact.problem.message);
    return checkContact(index, request.input, contact.value, now(), request.org);
  };
  /** One contact: its verdict is handed to usage counting, `invalid` included. */
  const single = (c: Context, request: CheckRequest) => {
    const result = answer(request);
    c.set('lookups', [{ input: request.input, verdict: result instanceof ApiError ? 'invalid' : result.verdict }]);
    if (result instanceof ApiError) throw result;
    return result;
  };

  const router = createRouter();
  router.openapi({ ...checkGetRoute, middleware: [requireQuery('q', 'missing_input', 'Give the contact to check as ?q=…')] }, async (c) => {
    const { q, ...options } = c.req.valid('query');
    const etag = lookupEtag(registry.index, [q, options.type, options.platform, options.country, options.org, wantsJose(c) ? 'jose' : 'json']);
    c.header('ETag', etag);
    if (matchesEtag(c, etag.slice(2))) {
      c.header('Cache-Control', cacheControl(c));
      return c.body(null, 304);
    }
    const result = single(c, { input: q, ...options });
    return respond(c, { ...result }, result.checkedAt);
  });
  router.openapi({ ...checkPostRoute, middleware: [limitBody(BODY_LIMITS.check), requireJsonBody] }, async (c) => {
    const result = single(c, c.req.valid('json'));
    return respond(c, { ...result }, result.checkedAt);
  });
  router.openapi({ ...checkBatchRoute, middleware: [limitBody(BODY_LIMITS.batch), requireJsonBody] }, async (c) => {
    const { items } = c.req.valid('json');
    const checkedAt = now().toISOString();
    const results = items.map((item) => {
      const request = checkRequestSchema.safeParse(item);
      const input = typeof (item as { input?: unknown })?.input === 'string' ? (item as { input: string }).input : '';
      if (!request.success) {
        const issue = request.error.issues[0]!;
        const message = `${issue.path.join('.') || 'item'}: ${issue.message}`;
        return invalidAnswer(registry.index, input, { code: 'invalid_request', message }, now());
      }
      const result = answer(request.data);
      return result instanceof ApiError
        ? invalidAnswer(registry.index, input, { code: result.code, message: result.message }, now())
        : result;
    });
    c.set('lookups', results.map((r) => ({ input: r.input, verdict: r.verdict })));
    return respond(c, { results }, checkedAt);
  });
  return router;
}
