/** @module Node only: the key files in the data folder, beside the embedded database (git-ignored, never in the database). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { mergeJwks, parseJwks, type JsonWebKeySet } from '../core/signing/jwks.ts';
import { embeddedDatabaseFile } from '../db/libsql.ts';

/** The development private key, created when REGISTRY_SIGNING_KEY is not set. */
export const DEV_KEY_FILE = 'signing-key.dev.jwk.json';
/** Every public key this data folder has signed with, current and retired: old versions keep verifying. */
export const JWKS_FILE = 'jwks.json';

/** The folder of the embedded database file; ./data for in-memory and remote databases. */
export function dataFolder(databaseUrl: string): string {
  const file = embeddedDatabaseFile(databaseUrl);
  return resolve(file ? dirname(file) : 'data');
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The development key's JWK text, or null when none was generated yet. */
export function readDevKey(folder: string): string | null {
  return readIfExists(join(folder, DEV_KEY_FILE));
}

/**
 * Writes the development key, readable by its owner only. `exclusive` refuses to overwrite, so a server
 * and a CLI starting together end up with one key: the loser reads the winner's.
 */
export function writeDevKey(folder: string, jwkText: string, exclusive: boolean): boolean {
  mkdirSync(folder, { recursive: true });
  try {
    writeFileSync(join(folder, DEV_KEY_FILE), jwkText, { mode: 0o600, flag: exclusive ? 'wx' : 'w' });
    return true;
  } catch (error) {
    if (exclusive && (error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The data folder's JWKS; an unreadable file stops start-up rather than silently trusting fewer keys. */
export function readJwksFile(folder: string): JsonWebKeySet {
  const path = join(folder, JWKS_FILE);
  const text = readIfExists(path);
  if (text === null) return { keys: [] };
  const parsed = parseJwks(text);
  if (!parsed.ok) throw new Error(`${path} is not a JWKS of Ed25519 public keys: ${parsed.problem}`);
  return parsed.jwks;
}

/** Adds public keys to the data folder's JWKS (newest first), keeping every key already there; returns the whole set. */
export function addToJwksFile(folder: string, keys: JsonWebKeySet): JsonWebKeySet {
  const existing = readJwksFile(folder);
  const merged = mergeJwks(keys, existing);
  if (merged.keys.length === existing.keys.length) return existing;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, JWKS_FILE), `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
