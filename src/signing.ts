/** @module The signing setup a server or CLI runs with: the private key (if any), the trusted public keys and warnings. */
import { mergeJwks, type JsonWebKeySet } from './core/signing/jwks.ts';
import { importSigningKey, type SigningKey } from './core/signing/signing-key.ts';
import { ConfigError } from './config.ts';

export interface Signing {
  /** Signs published snapshots and verdicts; null on a server given only public keys (it cannot sign verdicts). */
  key: SigningKey | null;
  /** Public keys a snapshot may be signed with: the current key first, then retired ones. Served at /.well-known/jwks.json. */
  jwks: JsonWebKeySet;
  /** Shown in the log at start and in /healthz, such as "using a development key". */
  warnings: string[];
}

/**
 * Imports the private key text (REGISTRY_SIGNING_KEY or the development key) and merges the trusted
 * public keys. A key that does not import stops start-up with a ConfigError naming the variable.
 */
export async function createSigning(keyText: string | undefined, trusted: JsonWebKeySet[] = [], warnings: string[] = []): Promise<Signing> {
  let key: SigningKey | null = null;
  if (keyText !== undefined) {
    try {
      key = await importSigningKey(keyText);
    } catch (error) {
      throw new ConfigError(`Invalid configuration:\n  REGISTRY_SIGNING_KEY=(value hidden): ${error instanceof Error ? error.message : error}`);
    }
  }
  const current: JsonWebKeySet = { keys: key ? [key.publicJwk] : [] };
  return { key, jwks: mergeJwks(current, ...trusted), warnings };
}
