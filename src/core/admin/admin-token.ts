/** @module Admin bearer tokens: random, stored only as a SHA-256 digest, checked in constant time. WebCrypto only. */
import { sha256Hex } from '../registry/snapshot.ts';
import { randomBase64url, randomHex } from '../secret-material.ts';

/** `vfa_<id>_<secret>`: the id finds the row, so the secret's digest is compared once, never searched for. */
const TOKEN_SHAPE = /^vfa_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewAdminToken {
  id: string;
  /** Shown once to the person who creates it; never stored. */
  token: string;
  tokenHash: string;
}


/** A new token: 32 random bytes of secret (256 bits) and a random 8-byte id. */
export async function generateAdminToken(): Promise<NewAdminToken> {
  const id = randomHex(8);
  const token = `vfa_${id}_${randomBase64url(32)}`;
  return { id, token, tokenHash: await hashAdminToken(token) };
}

export const hashAdminToken = (token: string): Promise<string> => sha256Hex(token);

/** Whether `text` is shaped like a token's id (16 hex digits), as `admin-tokens revoke ID` takes it. */
export const isAdminTokenId = (text: string): boolean => /^[0-9a-f]{16}$/.test(text);

/** The id a presented token claims, or null when it is not shaped like one of ours. */
export function adminTokenId(token: string): string | null {
  return TOKEN_SHAPE.exec(token)?.[1] ?? null;
}
