/** @module Configuration from the environment, parsed and typed once; a bad value stops start-up naming the variable. */
import * as z from 'zod';
import { parseJwks } from './core/signing/jwks.ts';
import { signingKeyShapeProblem } from './core/signing/signing-key.ts';

const port = z.coerce.number().int().min(0).max(65535);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Scam reports per hour per client address, when REPORT_RATE_LIMIT is not set. */
export const DEFAULT_REPORT_RATE_LIMIT = 10;

export const configSchema = z.object({
  PORT: port.default(8787),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:|https?:|wss?:)/, 'must be a file:, libsql:, http(s): or ws(s): URL')
    .default('file:./data/verify.db'),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(60),
  /** Scam reports (POST /api/v1/reports) per hour per client address: a budget of its own, far below lookups'. */
  REPORT_RATE_LIMIT: count(1, 1_000_000).default(DEFAULT_REPORT_RATE_LIMIT),
  /** The Ed25519 private key that signs snapshots and verdicts: a private JWK (JSON) or a PKCS#8 PEM. */
  REGISTRY_SIGNING_KEY: z
    .string()
    .superRefine((text, ctx) => {
      const problem = signingKeyShapeProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  /** More trusted public keys (retired ones), as a JWKS JSON text: how a Worker learns them. */
  REGISTRY_JWKS: z
    .string()
    .transform((text, ctx) => {
      const parsed = parseJwks(text);
      if (parsed.ok) return parsed.jwks;
      ctx.addIssue({ code: 'custom', message: `not a JWKS of Ed25519 public keys: ${parsed.problem}` });
      return z.NEVER;
    })
    .optional(),
  /** Days a published snapshot stays valid; servers refuse it after that. */
  REGISTRY_EXPIRY_DAYS: z.coerce.number().int().min(1).max(366).default(30),
  /** Keep the raw inputs of keyed lookups (off: only counts per key, day and verdict are kept). */
  STORE_LOOKUP_INPUTS: flag.default(false),
  /** Days stored inputs are kept before they are deleted. */
  LOOKUP_INPUT_RETENTION_DAYS: count(1, 3650).default(30),
  /** How often a Node server writes its usage counts. */
  USAGE_FLUSH_MS: count(100, 3_600_000).default(5000),
  /** Where /docs loads Scalar's script from, for sites that must not use its CDN (serve the file yourself). */
  DOCS_SCRIPT_URL: z.url().optional(),
  /** The limit configured on the Worker's KEY_LIMITER binding: keys with this limit are decided by it. */
  KEY_RATE_LIMIT_BINDING_LIMIT: count(1, 1_000_000).default(600),
  /** TESTS ONLY: lets webhooks reach loopback addresses over http. Never set this in production. */
  WEBHOOKS_ALLOW_LOOPBACK: flag.default(false),
  /** Attempts per delivery (the first one included). */
  WEBHOOK_MAX_ATTEMPTS: count(1, 20).default(5),
  /** The first retry waits about this long; each next one twice as long, with jitter, up to WEBHOOK_RETRY_MAX_MS. */
  WEBHOOK_RETRY_BASE_MS: count(1, 3_600_000).default(1000),
  WEBHOOK_RETRY_MAX_MS: count(1, 3_600_000).default(30_000),
  /** An endpoint is disabled after this many deliveries in a row failed every attempt. */
  WEBHOOK_DISABLE_AFTER: count(1, 1000).default(5),
  WEBHOOK_TIMEOUT_MS: count(100, 120_000).default(10_000),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

const SECRETS = new Set(['REGISTRY_SIGNING_KEY', 'DATABASE_AUTH_TOKEN']);

/** Reads the configuration; empty variables count as unset. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => {
    const name = String(i.path[0]);
    // A malformed key may still be most of a real key: never echo it.
    const shown = SECRETS.has(name) ? '(value hidden)' : JSON.stringify(env[name]);
    return `${i.path.join('.')}=${shown}: ${i.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}
