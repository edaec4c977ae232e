/** @module JSON Web Key Sets of Verify's public keys: parsing a trusted set and merging current and retired keys. */
import * as z from 'zod';

/** An Ed25519 public key as a JWKS entry. */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg?: string;
  use?: string;
}

export interface JsonWebKeySet {
  keys: PublicJwk[];
}

const publicJwkSchema = z
  .object({
    kty: z.literal('OKP'),
    crv: z.literal('Ed25519'),
    x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'x must be a base64url Ed25519 public key'),
    kid: z.string().min(1),
    alg: z.literal('EdDSA').optional(),
    use: z.literal('sig').optional(),
  })
  .loose()
  // A private key in a set of trusted public keys is a leak waiting to be published.
  .refine((k) => !('d' in k), 'a JWKS holds public keys only: remove "d"');

export const jwksSchema = z.object({ keys: z.array(publicJwkSchema) });

/** Parses a JWKS JSON text; returns the reason on failure instead of throwing. */
export function parseJwks(text: string): { ok: true; jwks: JsonWebKeySet } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  const parsed = jwksSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, problem: `${issue.path.join('.') || 'JWKS'}: ${issue.message}` };
  }
  return { ok: true, jwks: { keys: parsed.data.keys.map(({ kty, crv, x, kid }) => ({ kty, crv, x, kid, alg: 'EdDSA', use: 'sig' })) } };
}

/** One set from several, the first occurrence of each kid kept: pass the current key's set first. */
export function mergeJwks(...sets: JsonWebKeySet[]): JsonWebKeySet {
  const byKid = new Map<string, PublicJwk>();
  for (const set of sets) for (const key of set.keys) if (!byKid.has(key.kid)) byKid.set(key.kid, key);
  return { keys: [...byKid.values()] };
}
