/** @module The string hashes the indexes use: FNV-1a, extendable one character or one part at a time, and a finalizer that spreads its bits. */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, one character at a time, so a substring's hash extends by one step per character. */
export const hashStart = FNV_OFFSET;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME) >>> 0;
/** `hashStep` as a signed 32-bit integer, for loops (see `hashMore`): `>>> 0` gives hashStep's value. */
export const hashStepSigned = (h: number, code: number): number => Math.imul(h ^ code, FNV_PRIME);

/**
 * Extends hash `h` by every character of `text`: keys of several parts hash without being joined into
 * one string. The loop keeps the hash a signed 32-bit integer, made unsigned once at the end (the same
 * bits): an unsigned one above 2^31 is no machine integer to the compiler, and each step converted it.
 */
export function hashMore(h: number, text: string): number {
  let x = h | 0;
  for (let i = 0; i < text.length; i++) x = hashStepSigned(x, text.charCodeAt(i));
  return x >>> 0;
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
