/** @module Registry snapshots: one published version's whole content in a stable order, and its SHA-256 digest. */
import canonicalize from 'canonicalize';
import { channelKey, scamKey, type RegistryContent } from './entries.ts';

export interface RegistrySnapshot extends RegistryContent {
  version: number;
  issuedAt: string;
  /** After this time servers and partners refuse the snapshot, so a stale copy cannot pass for the registry. */
  expiresAt: string;
  /** Digest of the version before this one: the versions form a hash chain. */
  previousDigest: string | null;
}

const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** Builds a snapshot with every list in a stable order, so equal content always gives an equal digest. */
export function createSnapshot(
  content: RegistryContent,
  meta: { version: number; issuedAt: string; expiresAt: string; previousDigest: string | null },
): RegistrySnapshot {
  return {
    ...meta,
    organizations: [...content.organizations].sort(byKey((o) => o.slug)),
    channels: [...content.channels].sort(byKey(channelKey)),
    scams: [...content.scams].sort(byKey(scamKey)),
  };
}

/** RFC 8785 (JSON Canonicalization Scheme) text of a snapshot: what is hashed and signed. */
export function canonicalJson(snapshot: unknown): string {
  return canonicalize(snapshot) as string;
}

/** Lower-case hex SHA-256 of a text, through WebCrypto (Node and Workers alike). */
export async function sha256Hex(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}
