/** @module The lookup routes: one contact (GET and POST) and batches of up to 1,000. */
import { Hono, type Context } from 'hono';
import * as z from 'zod';
import { parseContact } from '../core/input/index.ts';
import { isSupportedCountry } from '../core/input/phone.ts';
import { INPUT_TYPES, PLATFORMS } from '../core/types.ts';
import { checkContact, invalidAnswer, type CheckAnswer } from '../core/verdict.ts';
import { JOSE_JSON, JWS_TYPES, signJson } from '../core/signing/jws.ts';
import type { SigningKey } from '../core/signing/signing-key.ts';
import { ApiError } from '../http/api-error.ts';
import { wantsJose } from '../http/negotiate.ts';
import { readJson, validate } from '../http/read-json.ts';
import { limitBody } from '../middleware/body-limit.ts';
import type { RegistryHolder } from '../registry-holder.ts';

export const MAX_BATCH_ITEMS = 1000;
/** 1,000 items of 2 KB fit in 4 MB; one check needs far less than 64 KB. */
const BODY_LIMITS = { check: 64 * 1024, batch: 4 * 1024 * 1024 };

const country = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .refine((s) => isSupportedCountry(s), 'not a known two-letter country code (ISO 3166-1, such as GB)');

export const checkRequestSchema = z.object({
  input: z.string({ error: 'input is required: the link, email, phone number or handle to check' }),
  type: z.enum(INPUT_TYPES).optional(),
  platform: z.enum(PLATFORMS).optional(),
  country: country.optional(),
});
type CheckRequest = z.infer<typeof checkRequestSchema>;

const batchSchema = z.object({
  items: z
    .array(z.unknown(), { error: 'items must be an array of {input, type?, platform?, country?}' })
    .min(1, 'items is empty')
    .max(MAX_BATCH_ITEMS, `at most ${MAX_BATCH_ITEMS} items per batch`),
});

/** How long a signed verdict may be relied on: the registry can change, so a verdict is news, not a certificate. */
export const VERDICT_TTL_MS = 24 * 60 * 60 * 1000;

const emptyToUndefined = (v: string | undefined) => (v === '' ? undefined : v);

export function checkRoutes(registry: RegistryHolder, now: () => Date, key: SigningKey | null): Hono {
  /**
   * Plain JSON, or a flattened JWS of it with the registry version, `checkedAt` and an expiry when the
   * client asks for application/jose+json. Either way the answer varies with Accept.
   */
  const respond = async (c: Context, body: Record<string, unknown>, checkedAt: string) => {
    c.header('Vary', 'Accept');
    if (!wantsJose(c)) return c.json(body);
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
    const contact = parseContact(request.input, request);
    if (!contact.ok) return new ApiError(400, contact.problem.code, contact.problem.message);
    return checkContact(registry.index, request.input, contact.value, now());
  };
  const single = (request: CheckRequest) => {
    const result = answer(request);
    if (result instanceof ApiError) throw result;
    return result;
  };

  return new Hono()
    .get('/', (c) => {
      const q = c.req.query();
      if (q.q === undefined) throw new ApiError(400, 'missing_input', 'Give the contact to check as ?q=…');
      const request = validate(checkRequestSchema, {
        input: q.q,
        type: emptyToUndefined(q.type),
        platform: emptyToUndefined(q.platform),
        country: emptyToUndefined(q.country),
      });
      const result = single(request);
      return respond(c, { ...result }, result.checkedAt);
    })
    .post('/', limitBody(BODY_LIMITS.check), async (c) => {
      const result = single(await readJson(c, checkRequestSchema));
      return respond(c, { ...result }, result.checkedAt);
    })
    .post('/batch', limitBody(BODY_LIMITS.batch), async (c) => {
      const { items } = await readJson(c, batchSchema);
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
      return respond(c, { results }, checkedAt);
    });
}
