/** @module API key material: generating keys, hashing them for storage, reading them from headers. */
import { sha256Hex } from '../core/registry/snapshot.ts';
import { randomBase64url } from '../core/secret-material.ts';
import { bearerToken } from '../http/bearer-token.ts';

/** Every key starts with this, so a leaked key is recognizable in logs and by secret scanners. */
const API_KEY_PREFIX = 'vk_';
const KEY_BYTES = 32;
const SHOWN_PREFIX_CHARS = 10;

/** A new key: 32 random bytes from the platform's CSPRNG, base64url, after `vk_`. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + randomBase64url(KEY_BYTES);
}

/** The part of a key shown in listings: enough to tell keys apart, far too little to use. */
export function shownPrefix(key: string): string {
  return key.slice(0, SHOWN_PREFIX_CHARS);
}

/** The SHA-256 of a key as hex: what is stored and looked up. A fast hash suffices, since keys carry 256 random bits. */
export const hashApiKey = (key: string): Promise<string> => sha256Hex(key);

/** The key a request carries, from `Authorization: Bearer KEY` or `X-API-Key: KEY`; null when it carries none. */
export function keyFromHeaders(authorization: string | undefined, xApiKey: string | undefined): string | null {
  const bearer = bearerToken(authorization);
  const key = bearer ?? xApiKey?.trim();
  return key ? key : null;
}
