/** @module Secret material for tokens and keys: random base64url text, and comparing digests in constant time. WebCrypto only. */

/** `bytes` random bytes from the platform's CSPRNG, as base64url without padding. */
export function randomBase64url(bytes: number): string {
  let text = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(bytes))) text += String.fromCharCode(byte);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** `bytes` random bytes as lower-case hex. */
export const randomHex = (bytes: number): string => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Compares two digests without stopping at the first difference, so the time taken says nothing about
 * how much of a guess was right.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return difference === 0;
}
