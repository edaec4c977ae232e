/** @module Signing a snapshot and verifying one: signature, digest, canonical form, version, chain and expiry. */
import { base64url } from 'jose';
import { JWS_TYPES, signFlattened, verifyFlattened, type FlattenedJws } from '../signing/jws.ts';
import type { JsonWebKeySet } from '../signing/jwks.ts';
import type { SigningKey } from '../signing/signing-key.ts';
import { canonicalJson, sha256Hex, type RegistrySnapshot } from './snapshot.ts';

export const DAY_MS = 86_400_000;

export interface SignedSnapshot {
  /** The RFC 8785 text: the JWS payload, and what the digest is taken over. */
  text: string;
  digest: string;
  jws: FlattenedJws;
}

/** Canonicalizes, hashes and signs a snapshot. */
export async function signSnapshot(snapshot: RegistrySnapshot, key: SigningKey): Promise<SignedSnapshot> {
  const text = canonicalJson(snapshot);
  const bytes = new TextEncoder().encode(text);
  const [digest, jws] = await Promise.all([sha256Hex(text), signFlattened(bytes, key, JWS_TYPES.snapshot)]);
  return { text, digest, jws };
}

/** The flattened JWS of a stored snapshot: storage keeps the payload as plain text, in chunks. */
export function snapshotJws(text: string, protectedHeader: string, signature: string): FlattenedJws {
  return { payload: base64url.encode(text), protected: protectedHeader, signature };
}

export interface VerifyOptions {
  now: Date;
  /** The version the snapshot must claim (the number it is stored or served under). */
  version?: number;
  /** The digest of the version before it, when known; null for version 1. Undefined skips the chain check. */
  previousDigest?: string | null;
  /** Accept a snapshot past its expiry (archived versions, `verify --allow-expired`). */
  allowExpired?: boolean;
}

export type SnapshotCheck = { ok: true; snapshot: RegistrySnapshot; digest: string; kid: string } | { ok: false; reason: string };

function hasSnapshotShape(value: unknown): value is RegistrySnapshot {
  const s = value as Partial<RegistrySnapshot> | null;
  return typeof s === 'object' && s !== null && Number.isInteger(s.version) && typeof s.issuedAt === 'string' &&
    typeof s.expiresAt === 'string' && (s.previousDigest === null || typeof s.previousDigest === 'string') &&
    Array.isArray(s.organizations) && Array.isArray(s.channels) && Array.isArray(s.scams);
}

/**
 * Everything a server or partner must check before trusting a snapshot. The signature proves who made
 * it; the rest proves it is the version expected, in the chain, and still current.
 */
export async function verifySnapshot(jws: unknown, jwks: JsonWebKeySet, options: VerifyOptions): Promise<SnapshotCheck> {
  const signed = await verifyFlattened(jws, jwks, JWS_TYPES.snapshot);
  if (!signed.ok) return signed;
  const text = new TextDecoder().decode(signed.payload);
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the payload is not JSON' };
  }
  if (!hasSnapshotShape(snapshot)) return { ok: false, reason: 'the payload is not a registry snapshot' };
  if (canonicalJson(snapshot) !== text) return { ok: false, reason: 'the payload is not in RFC 8785 canonical form' };
  const digest = await sha256Hex(text);
  if (options.version !== undefined && snapshot.version !== options.version) {
    return { ok: false, reason: `the snapshot says version ${snapshot.version}, but was stored as version ${options.version}` };
  }
  if (options.previousDigest !== undefined && snapshot.previousDigest !== options.previousDigest) {
    return { ok: false, reason: `the hash chain is broken: previousDigest ${snapshot.previousDigest} is not the digest of version ${snapshot.version - 1} (${options.previousDigest})` };
  }
  const expires = Date.parse(snapshot.expiresAt);
  if (!options.allowExpired && !(expires > options.now.getTime())) {
    return { ok: false, reason: `version ${snapshot.version} expired at ${snapshot.expiresAt}` };
  }
  return { ok: true, snapshot, digest, kid: String(signed.header.kid) };
}
