/** @module Flattened JWS JSON (RFC 7515 §7.2.2) with EdDSA: signing bytes or JSON, and verifying against a JWKS. */
import { createLocalJWKSet, decodeProtectedHeader, errors, FlattenedSign, flattenedVerify, type JWSHeaderParameters } from 'jose';
import type { JsonWebKeySet } from './jwks.ts';
import { SIGNING_ALG, type SigningKey } from './signing-key.ts';

export interface FlattenedJws {
  payload: string;
  protected: string;
  signature: string;
}

/**
 * Explicit types (RFC 8725 §3.11) keep one kind of signed document from passing for another: a signed
 * verdict can never be replayed as a registry snapshot.
 */
export const JWS_TYPES = { snapshot: 'verify-registry+json', verdict: 'verify-verdict+json', webhook: 'verify-webhook+json' } as const;
export type JwsType = (typeof JWS_TYPES)[keyof typeof JWS_TYPES];

export const JOSE_JSON = 'application/jose+json';

/** Signs bytes with `alg: EdDSA`, the key's `kid` and `typ` in the protected header. */
export async function signFlattened(payload: Uint8Array, key: SigningKey, typ: JwsType): Promise<FlattenedJws> {
  const jws = await new FlattenedSign(payload).setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ }).sign(key.privateKey);
  return { payload: jws.payload, protected: jws.protected!, signature: jws.signature };
}

/** Signs a JSON value (its JSON.stringify text). */
export function signJson(value: unknown, key: SigningKey, typ: JwsType): Promise<FlattenedJws> {
  return signFlattened(new TextEncoder().encode(JSON.stringify(value)), key, typ);
}

export type JwsCheck = { ok: true; payload: Uint8Array; header: JWSHeaderParameters } | { ok: false; reason: string };

/** Verifies a flattened JWS against trusted public keys and its expected `typ`; says why when it fails. */
export async function verifyFlattened(jws: unknown, jwks: JsonWebKeySet, typ: JwsType): Promise<JwsCheck> {
  try {
    const result = await flattenedVerify(jws as FlattenedJws, createLocalJWKSet(jwks), { algorithms: [SIGNING_ALG] });
    const header = result.protectedHeader ?? {};
    if (header.typ !== typ) return { ok: false, reason: `the JWS is typed "${header.typ}", not "${typ}"` };
    return { ok: true, payload: result.payload, header };
  } catch (error) {
    return { ok: false, reason: describeJoseError(error, jws) };
  }
}

function describeJoseError(error: unknown, jws: unknown): string {
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the signature does not verify: the payload or its signature was altered';
  if (error instanceof errors.JWKSNoMatchingKey) return `no trusted public key has the kid it was signed with (${kidOf(jws) ?? 'none given'})`;
  if (error instanceof errors.JOSEError) return `not a valid JWS: ${error.message}`;
  throw error;
}

function kidOf(jws: unknown): string | undefined {
  try {
    const { kid } = decodeProtectedHeader(jws as FlattenedJws);
    return typeof kid === 'string' ? kid : undefined;
  } catch {
    return undefined;
  }
}
