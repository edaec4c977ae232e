/** @module `publish` (the database content as the next signed version) and `verify` (a saved snapshot, offline). */
import { readFile } from 'node:fs/promises';
import { CLI_ACTOR } from '../core/admin/roles.ts';
import { verifySnapshot } from '../core/registry/signed-snapshot.ts';
import { mergeJwks, parseJwks, type JsonWebKeySet } from '../core/signing/jwks.ts';
import type { Config } from '../config.ts';
import type { LibsqlHandle } from '../db/libsql.ts';
import { recordPublish } from '../db/publish-draft.ts';
import { publish, type PublishOptions } from '../db/registry-versions.ts';
import { dataFolder, readJwksFile } from '../keys/key-files.ts';

export async function publishCommand(handle: LibsqlHandle, publishing: PublishOptions): Promise<number> {
  const published = await publish(handle.db, publishing);
  await recordPublish(handle.db, CLI_ACTOR, published);
  const { organizations, channels, scams } = published.counts;
  console.log(
    `Published version ${published.version} (${organizations} organizations, ${channels} channels, ${scams} scam entries),` +
      ` digest ${published.digest}, signed with ${publishing.key.kid}, expires ${published.expiresAt}.`,
  );
  return 0;
}

/** A JWKS from a file or an http(s) URL. */
async function readJwks(source: string): Promise<JsonWebKeySet> {
  const text = /^https?:\/\//.test(source) ? await (await fetch(source)).text() : await readFile(source, 'utf8');
  const parsed = parseJwks(text);
  if (!parsed.ok) throw new TypeError(`${source} is not a JWKS of Ed25519 public keys: ${parsed.problem}`);
  return parsed.jwks;
}

export interface VerifyCommandOptions {
  jwks?: string;
  allowExpired: boolean;
}

/** Checks a saved snapshot (the JSON of GET /api/v1/registry) against a JWKS; exit code 1 with the reason when it fails. */
export async function verifyCommand(config: Config, file: string, options: VerifyCommandOptions): Promise<number> {
  // Without --jwks: the keys this data folder trusts, as a server here would.
  const jwks = options.jwks
    ? await readJwks(options.jwks)
    : mergeJwks(readJwksFile(dataFolder(config.DATABASE_URL)), config.REGISTRY_JWKS ?? { keys: [] });
  if (!jwks.keys.length) {
    console.error('No trusted public keys: give --jwks FILE (or URL), such as a saved /.well-known/jwks.json.');
    return 1;
  }
  let jws: unknown;
  try {
    jws = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`FAILED: cannot read ${file} as JSON: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const result = await verifySnapshot(jws, jwks, { now: new Date(), allowExpired: options.allowExpired });
  if (!result.ok) {
    console.error(`FAILED: ${file}: ${result.reason}`);
    return 1;
  }
  const { snapshot, digest, kid } = result;
  console.log(
    `OK: version ${snapshot.version}, digest ${digest}, previous ${snapshot.previousDigest ?? 'none'}, signed by ${kid},` +
      ` issued ${snapshot.issuedAt}, expires ${snapshot.expiresAt}; ${snapshot.channels.length} channels, ${snapshot.scams.length} scam entries.`,
  );
  return 0;
}
