/** @module The signing CLI as a person runs it: keys generated and rotated, publish, and offline verification of saved snapshots. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSigningKey } from '../src/core/signing/signing-key.ts';
import { openLibsql } from '../src/db/libsql.ts';
import { loadVerifiedVersion } from '../src/db/verified-versions.ts';
import { readJwksFile } from '../src/keys/key-files.ts';
import { RegistryHolder } from '../src/registry-holder.ts';
import { SAMPLE_PATH } from './support/context.ts';
import { testKey } from './support/signing.ts';
import { runCli } from './support/spawn.ts';

let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verify-cli-signing-'));
  // No REGISTRY_SIGNING_KEY: the development key in the database's folder.
  env = { DATABASE_URL: `file:${join(dir, 'verify.db')}` };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Saves version `n` as GET /api/v1/registry would serve it. */
async function saveSnapshot(n: number, file: string): Promise<string> {
  const handle = await openLibsql(env.DATABASE_URL!);
  const loaded = await loadVerifiedVersion(handle.db, n, readJwksFile(dir), { now: new Date(), checkChain: false });
  handle.client.close();
  if (!loaded?.ok) throw new Error(`version ${n} does not verify`);
  const path = join(dir, file);
  writeFileSync(path, JSON.stringify(loaded.jws));
  return path;
}

describe('npm run cli -- signing-key generate', () => {
  it('prints a private JWK that REGISTRY_SIGNING_KEY accepts', async () => {
    const result = await runCli(['signing-key', 'generate'], {});
    expect(result.code).toBe(0);
    const jwk = JSON.parse(result.stdout);
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', d: expect.any(String), x: expect.any(String), alg: 'EdDSA' });
    expect((await importSigningKey(result.stdout)).kid).toBe(jwk.kid);
    expect(result.stderr).toContain('REGISTRY_SIGNING_KEY');
  });

  it('writes it to a new file readable by its owner only, never over an existing one', async () => {
    const out = join(dir, 'key.jwk');
    expect((await runCli(['signing-key', 'generate', '--out', out], {})).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(out, 'utf8')).d).toEqual(expect.any(String));
    const again = await runCli(['signing-key', 'generate', '--out', out], {});
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('never overwritten');
  });
});

describe('the development key, publish, rotate and verify', () => {
  it('imports with a development key generated into the data folder, with a warning', async () => {
    const result = await runCli(['import', SAMPLE_PATH.pathname], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('REGISTRY_SIGNING_KEY is not set');
    expect(existsSync(join(dir, 'signing-key.dev.jwk.json'))).toBe(true);
    expect(readJwksFile(dir).keys).toHaveLength(1);
  });

  it('verifies a saved snapshot offline, and refuses a tampered one with the reason', async () => {
    const saved = await saveSnapshot(1, 'v1.json');
    const ok = await runCli(['verify', saved], env);
    expect(ok.stdout).toMatch(/^OK: version 1, digest [0-9a-f]{64}, previous none, signed by /);
    expect(ok.code).toBe(0);

    const jwksFile = join(dir, 'jwks-copy.json');
    writeFileSync(jwksFile, JSON.stringify(readJwksFile(dir)));
    const jws = JSON.parse(readFileSync(saved, 'utf8'));
    const text = Buffer.from(jws.payload, 'base64url').toString().replace('"binance.info"', '"binance.help"');
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify({ ...jws, payload: Buffer.from(text).toString('base64url') }));
    const refused = await runCli(['verify', tampered, '--jwks', jwksFile], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/FAILED: .*signature does not verify/);

    const stranger = join(dir, 'stranger.json');
    writeFileSync(stranger, JSON.stringify({ keys: [(await testKey()).key.publicJwk] }));
    const wrongKey = await runCli(['verify', saved, '--jwks', stranger], env);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/no trusted public key/);
  });

  it('rotates: a new current key, the old one still trusted, and the next version chains across', async () => {
    const before = readJwksFile(dir).keys[0]!.kid;
    const rotated = await runCli(['signing-key', 'rotate'], env);
    expect(rotated.code).toBe(0);
    expect(rotated.stderr).toContain(`Key ${before} is retired`);
    expect(rotated.stdout).toBe('');
    const keys = readJwksFile(dir).keys.map((k) => k.kid);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(before);

    const published = await runCli(['publish'], env);
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(new RegExp(`^Published version 2 .* signed with ${keys[0]}, expires `));

    const handle = await openLibsql(env.DATABASE_URL!);
    const holder = new RegistryHolder(handle.db, readJwksFile(dir));
    await holder.refresh();
    expect(holder.status).toMatchObject({ version: 2, problem: null });
    handle.client.close();
    expect((await runCli(['verify', await saveSnapshot(1, 'v1-again.json')], env)).code).toBe(0);
  });

  it('with REGISTRY_SIGNING_KEY, prints the new key for the operator to install', async () => {
    const current = (await testKey()).text;
    const result = await runCli(['signing-key', 'rotate'], { ...env, REGISTRY_SIGNING_KEY: current });
    expect(result.code).toBe(0);
    const next = await importSigningKey(result.stdout);
    const kids = readJwksFile(dir).keys.map((k) => k.kid);
    expect(kids[0]).toBe(next.kid);
    expect(kids).toContain((await testKey()).key.kid);
    expect(result.stderr).toContain('REGISTRY_JWKS');
  });
});
