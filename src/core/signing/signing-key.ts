/** @module Ed25519 signing keys: reading REGISTRY_SIGNING_KEY (a private JWK or PKCS#8 PEM), generating one, and its public JWK. */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, importPKCS8, type JWK } from 'jose';
import type { PublicJwk } from './jwks.ts';

/** The JWS algorithm of every Verify signature (RFC 8037: Ed25519 under the name EdDSA). */
export const SIGNING_ALG = 'EdDSA';

export interface SigningKey {
  /** RFC 7638 thumbprint of the public key: the `kid` of every signature and of its JWKS entry. */
  kid: string;
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
}

const PEM = /^-----BEGIN PRIVATE KEY-----\s+[A-Za-z0-9+/=\s]+-----END PRIVATE KEY-----\s*$/;

/**
 * Why a REGISTRY_SIGNING_KEY text cannot be a key, or null when its shape is right. A cheap synchronous
 * check for configuration parsing; `importSigningKey` does the real import.
 */
export function signingKeyShapeProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----')) return PEM.test(trimmed) ? null : 'not a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----" … "-----END PRIVATE KEY-----")';
  let jwk: unknown;
  try {
    jwk = JSON.parse(trimmed);
  } catch {
    return 'neither a private JWK (JSON) nor a PKCS#8 PEM';
  }
  const k = jwk as Record<string, unknown> | null;
  if (typeof k !== 'object' || k === null || k.kty !== 'OKP' || k.crv !== 'Ed25519') return 'the JWK is not an Ed25519 key ({"kty":"OKP","crv":"Ed25519",…})';
  if (typeof k.d !== 'string' || typeof k.x !== 'string') return 'the JWK is not a private key: it needs both "d" and "x"';
  return null;
}

/** The public half of an Ed25519 JWK, as published: only what verification needs, plus kid, alg and use. */
export async function publicJwkOf(jwk: JWK): Promise<PublicJwk> {
  const bare = { kty: 'OKP' as const, crv: 'Ed25519' as const, x: jwk.x! };
  return { ...bare, kid: await calculateJwkThumbprint(bare), alg: SIGNING_ALG, use: 'sig' };
}

/**
 * Imports a private key from a JWK JSON text or a PKCS#8 PEM, and proves it by signing and verifying a
 * test message: a JWK whose `x` does not belong to its `d` would otherwise sign what nobody can verify.
 * Throws an Error that says what is wrong (never the key itself).
 */
export async function importSigningKey(text: string): Promise<SigningKey> {
  const problem = signingKeyShapeProblem(text);
  if (problem) throw new Error(problem);
  const trimmed = text.trim();
  let jwk: JWK;
  try {
    jwk = trimmed.startsWith('-----')
      ? await exportJWK(await importPKCS8(trimmed, SIGNING_ALG, { extractable: true }))
      : (JSON.parse(trimmed) as JWK);
  } catch (error) {
    throw new Error(`not an Ed25519 PKCS#8 key (${error instanceof Error ? error.message : error})`);
  }
  const publicJwk = await publicJwkOf(jwk);
  let privateKey: CryptoKey;
  let publicKey: CryptoKey;
  try {
    const { kty, crv, d, x } = jwk;
    privateKey = (await importJWK({ kty, crv, d, x }, SIGNING_ALG)) as CryptoKey;
    publicKey = (await importJWK({ kty, crv, x }, SIGNING_ALG)) as CryptoKey;
  } catch (error) {
    throw new Error(`the key does not import (${error instanceof Error ? error.message : error})`);
  }
  const probe = new TextEncoder().encode('verify-signing-key-probe');
  const signature = await crypto.subtle.sign('Ed25519', privateKey, probe);
  if (!(await crypto.subtle.verify('Ed25519', publicKey, signature, probe))) {
    throw new Error('its "x" is not the public key of its "d"');
  }
  return { kid: publicJwk.kid, privateKey, publicJwk };
}

/** A new private key as a JWK (with kid, alg and use), ready for REGISTRY_SIGNING_KEY. */
export async function generateSigningJwk(): Promise<JWK & { kid: string }> {
  const { privateKey } = await generateKeyPair('Ed25519', { extractable: true });
  const { kty, crv, x, d } = await exportJWK(privateKey);
  const { kid } = await publicJwkOf({ x });
  return { kty, crv, x, d, kid, alg: SIGNING_ALG, use: 'sig' };
}
