/** @module `signing-key generate` and `signing-key rotate`: new Ed25519 keys, and the public keys kept trusted. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSigningJwk, importSigningKey } from '../core/signing/signing-key.ts';
import type { Config } from '../config.ts';
import { addToJwksFile, dataFolder, DEV_KEY_FILE, JWKS_FILE, writeDevKey } from '../keys/key-files.ts';
import { devKeyText } from '../keys/node-signing.ts';
import { createSigning } from '../signing.ts';

/** Prints the private JWK, or writes it to a new file readable by its owner only (never overwriting one). */
function emitPrivateKey(text: string, kid: string, out: string | undefined): boolean {
  if (out) {
    try {
      writeFileSync(out, `${text}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      console.error(`Cannot write ${out}: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? 'it exists, and a key file is never overwritten' : error}`);
      return false;
    }
    console.error(`Wrote the private key ${kid} to ${out}. Set REGISTRY_SIGNING_KEY to its content and keep it secret.`);
  } else {
    process.stdout.write(`${text}\n`);
    console.error(`Private key ${kid}: set REGISTRY_SIGNING_KEY to the line above and keep it secret.`);
  }
  return true;
}

export async function generateKeyCommand(out: string | undefined): Promise<number> {
  const jwk = await generateSigningJwk();
  return emitPrivateKey(JSON.stringify(jwk), jwk.kid, out) ? 0 : 1;
}

/**
 * Makes a new current key. The old and new public keys both go into the data folder's JWKS first, so
 * versions signed with either verify while servers restart with the new key. With no REGISTRY_SIGNING_KEY,
 * the development key file is replaced; otherwise the new key is printed for the operator to install.
 */
export async function rotateKeyCommand(config: Config, out: string | undefined): Promise<number> {
  const folder = dataFolder(config.DATABASE_URL);
  const usingDevKey = config.REGISTRY_SIGNING_KEY === undefined;
  const old = (await createSigning(config.REGISTRY_SIGNING_KEY ?? (await devKeyText(folder)))).key!;
  const jwk = await generateSigningJwk();
  const next = await importSigningKey(JSON.stringify(jwk));
  // The new key is handed over before it is trusted, so a failed hand-over leaves nothing half done.
  if (!usingDevKey && !emitPrivateKey(JSON.stringify(jwk), next.kid, out)) return 1;
  const jwks = addToJwksFile(folder, { keys: [next.publicJwk, old.publicJwk] });
  if (usingDevKey) {
    writeDevKey(folder, `${JSON.stringify(jwk)}\n`, false);
    console.error(`The development key in ${join(folder, DEV_KEY_FILE)} is now ${next.kid} (was ${old.kid}).`);
  }
  console.error(
    `Key ${old.kid} is retired and stays published in ${join(folder, JWKS_FILE)}. Restart servers with the new key, then publish.\n` +
      `On Workers: npx wrangler secret put REGISTRY_SIGNING_KEY (the new key), and set REGISTRY_JWKS to:\n${JSON.stringify(jwks)}`,
  );
  return 0;
}
