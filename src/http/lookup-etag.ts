/** @module Entity tags for lookups: the same request against the same registry version gets the same tag. */
import { hashString } from '../core/string-hash.ts';
import type { RegistryIndex } from '../core/registry/registry-index.ts';

/**
 * `W/"v<version>-<digest prefix>-<request hash>"`. Weak, because `checkedAt` differs between two answers
 * that are otherwise the same; the digest makes a republished version with the same number a new tag.
 */
export function lookupEtag(index: RegistryIndex, parts: Array<string | undefined>): string {
  // FNV-1a, 32 bits: the tag only has to tell requests apart, not resist forgery.
  const request = hashString(parts.map((p) => p ?? '').join('\u0000')).toString(16).padStart(8, '0');
  return `W/"v${index.version}-${(index.digest || 'none').slice(0, 16)}-${request}"`;
}
