/** @module Admin bearer tokens: random, stored only as a SHA-256 digest, checked in constant time. WebCrypto only. */
import { sha256Hex } from '../registry/snapshot.ts';

/** `vfa_<id>_<secret>`: the id finds the row, so the secret's digest is compared once, never searched for. */
const TOKEN_SHAPE = /^vfa_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewAdminToken {
  id: string;
  /** Shown once to the person who creates it; never stored. */
  token: string;
  tokenHash: string;
}

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** A new token: 32 random bytes of secret (256 bits) and a random 8-byte id. */
export async function generateAdminToken(): Promise<NewAdminToken> {
  const id = hex(crypto.getRandomValues(new Uint8Array(8)));
  const token = `vfa_${id}_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
  return { id, token, tokenHash: await hashAdminToken(token) };
}

export const hashAdminToken = (token: string): Promise<string> => sha256Hex(token);

/** The id a presented token claims, or null when it is not shaped like one of ours. */
export function adminTokenId(token: string): string | null {
  return TOKEN_SHAPE.exec(token)?.[1] ?? null;
}

/**
 * Compares two digests without stopping at the first difference, so the time taken says nothing about
 * how much of a guess was right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
