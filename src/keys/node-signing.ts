/** @module Node only: the signing setup from REGISTRY_SIGNING_KEY, or a development key generated into the data folder. */
import { join } from 'node:path';
import { mergeJwks } from '../core/signing/jwks.ts';
import { generateSigningJwk } from '../core/signing/signing-key.ts';
import type { Config } from '../config.ts';
import { createSigning, type Signing } from '../signing.ts';
import { addToJwksFile, dataFolder, DEV_KEY_FILE, readDevKey, writeDevKey } from './key-files.ts';

export const DEV_KEY_WARNING = 'REGISTRY_SIGNING_KEY is not set: signing with a development key from the data folder; set a real key in production';

/** The development key's text, generated on first use. */
export async function devKeyText(folder: string): Promise<string> {
  const existing = readDevKey(folder);
  if (existing !== null) return existing;
  const created = writeDevKey(folder, `${JSON.stringify(await generateSigningJwk())}\n`, true);
  const text = readDevKey(folder);
  if (text === null) throw new Error(`could not read the development key in ${folder}`);
  if (created) console.error(`Generated a development signing key in ${join(folder, DEV_KEY_FILE)} (never commit it).`);
  return text;
}

/**
 * The key from REGISTRY_SIGNING_KEY, else the development key (with a warning). Its public half joins
 * the data folder's JWKS, which with REGISTRY_JWKS makes the trusted set.
 */
export async function loadNodeSigning(config: Config): Promise<Signing> {
  const folder = dataFolder(config.DATABASE_URL);
  const warnings = config.REGISTRY_SIGNING_KEY === undefined ? [DEV_KEY_WARNING] : [];
  const keyText = config.REGISTRY_SIGNING_KEY ?? (await devKeyText(folder));
  const signing = await createSigning(keyText, [], warnings);
  const recorded = addToJwksFile(folder, signing.jwks);
  return { ...signing, jwks: mergeJwks(recorded, config.REGISTRY_JWKS ?? { keys: [] }) };
}
