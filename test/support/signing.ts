/** @module A signing key for tests, generated once per test process: no key is ever committed. */
import { generateSigningJwk, importSigningKey, type SigningKey } from '../../src/core/signing/signing-key.ts';
import { createSigning, type Signing } from '../../src/signing.ts';

let shared: Promise<{ text: string; key: SigningKey }> | undefined;

/** The test process's signing key and its private JWK text (for REGISTRY_SIGNING_KEY in child processes). */
export function testKey(): Promise<{ text: string; key: SigningKey }> {
  shared ??= (async () => {
    const text = JSON.stringify(await generateSigningJwk());
    return { text, key: await importSigningKey(text) };
  })();
  return shared;
}

/** A fresh, unrelated key: what an attacker without the real key could sign with. */
export async function otherKey(): Promise<SigningKey> {
  return importSigningKey(JSON.stringify(await generateSigningJwk()));
}

/** The signing setup of a server holding the test key. */
export async function testSigning(): Promise<Signing> {
  return createSigning((await testKey()).text);
}
