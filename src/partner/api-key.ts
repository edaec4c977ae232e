/** @module API key material: generating keys, hashing them for storage, and comparing hashes in constant time. */

/** Every key starts with this, so a leaked key is recognizable in logs and by secret scanners. */
export const API_KEY_PREFIX = 'vk_';
const KEY_BYTES = 32;
const SHOWN_PREFIX_CHARS = 10;

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new key: 32 random bytes from the platform's CSPRNG, base64url, after `vk_`. */
export function generateApiKey(): string {
  return API_KEY_PREFIX + base64url(crypto.getRandomValues(new Uint8Array(KEY_BYTES)));
}

/** The part of a key shown in listings: enough to tell keys apart, far too little to use. */
export function shownPrefix(key: string): string {
  return key.slice(0, SHOWN_PREFIX_CHARS);
}

/** The SHA-256 of a key as hex: what is stored and looked up. A fast hash suffices, since keys carry 256 random bits. */
export async function hashApiKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares two strings without stopping at the first difference, so timing reveals nothing about where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return difference === 0;
}

/** The key a request carries, from `Authorization: Bearer KEY` or `X-API-Key: KEY`; null when it carries none. */
export function keyFromHeaders(authorization: string | undefined, xApiKey: string | undefined): string | null {
  const bearer = authorization?.match(/^\s*Bearer\s+(\S+)\s*$/i)?.[1];
  const key = bearer ?? xApiKey?.trim();
  return key ? key : null;
}
