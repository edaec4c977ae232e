/** @module The string hashes the indexes use: FNV-1a, extendable one character or one part at a time, and a finalizer that spreads its bits. */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, one character at a time, so a substring's hash extends by one step per character. */
export const hashStart = FNV_OFFSET;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME) >>> 0;

/** Extends hash `h` by every character of `text`: keys of several parts hash without being joined into one string. */
export function hashMore(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

export const hashString = (text: string): number => hashMore(hashStart, text);

/**
 * MurmurHash3's finalizer: every input bit moves every output bit. FNV and polynomial hashes of short
 * names leave their low bits poorly spread, and tables pick slots by low bits.
 */
export function mixHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
