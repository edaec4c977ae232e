/** @module Entity tags for lookups: the same request against the same registry version gets the same tag. */
import type { RegistryIndex } from '../core/registry/registry-index.ts';

/** FNV-1a, 32 bits: the tag only has to tell requests apart, not resist forgery. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * `W/"v<version>-<digest prefix>-<request hash>"`. Weak, because `checkedAt` differs between two answers
 * that are otherwise the same; the digest makes a republished version with the same number a new tag.
 */
export function lookupEtag(index: RegistryIndex, parts: Array<string | undefined>): string {
  const request = fnv1a(parts.map((p) => p ?? '').join('\u0000'));
  return `W/"v${index.version}-${(index.digest || 'none').slice(0, 16)}-${request}"`;
}
