/** @module The CLI contract: import (validate first, merge or replace) and export, against a real database file. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from './support/context.ts';
import { openLibsql } from '../src/db/libsql.ts';
import { publish } from '../src/db/registry-versions.ts';
import { otherKey, testKey } from './support/signing.ts';
import { runCli } from './support/spawn.ts';

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verify-cli-'));
  env = { DATABASE_URL: `file:${join(dir, 'verify.db')}`, REGISTRY_SIGNING_KEY: (await testKey()).text };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, json: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
};

describe('npm run cli', () => {
  it('imports the sample registry and publishes version 1', async () => {
    const result = await runCli(['import', SAMPLE_PATH.pathname], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Imported 6 organizations, \d+ channels and 5 scam entries .*Published version 1, digest [0-9a-f]{64}/);
  });

  it('refuses a bad file, naming each bad entry by its JSON path, and writes nothing', async () => {
    const bad = file('bad.json', {
      organizations: [{ slug: 'acme', name: 'Acme', channels: [{ kind: 'domain', value: 'acme example' }, { kind: 'social', value: 'acme' }] }],
    });
    const result = await runCli(['import', bad, '--replace'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nothing was written');
    expect(result.stderr).toContain('organizations[0].channels[0].value:');
    expect(result.stderr).toContain('organizations[0].channels[1]: social channels need a platform');
    const exported = await runCli(['export'], env);
    expect(JSON.parse(exported.stdout).organizations).toHaveLength(6);
  });

  it('refuses a file that is not JSON', async () => {
    const result = await runCli(['import', file('broken.json', '{"organizations": [')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Cannot read .*broken\.json as JSON/);
  });

  it('exports what import reads back unchanged', async () => {
    const out = join(dir, 'export.json');
    expect((await runCli(['export', out], env)).code).toBe(0);
    const first = readFileSync(out, 'utf8');
    expect((await runCli(['import', out, '--replace'], env)).code).toBe(0);
    expect((await runCli(['export', out], env)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('merges by default and replaces with --replace', async () => {
    const acme = file('acme.json', { organizations: [{ slug: 'acme', name: 'Acme', channels: [{ kind: 'domain', value: 'acme.example' }] }] });
    await runCli(['import', acme], env);
    expect(JSON.parse((await runCli(['export'], env)).stdout).organizations).toHaveLength(7);
    await runCli(['import', acme, '--replace'], env);
    expect(JSON.parse((await runCli(['export'], env)).stdout).organizations).toHaveLength(1);
  });

  it('prints usage for an unknown command and a bad DATABASE_URL stops with the variable named', async () => {
    expect((await runCli(['frobnicate'], env)).code).toBe(2);
    const bad = await runCli(['export'], { DATABASE_URL: 'postgres://nope' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('DATABASE_URL');
  });

  it('publishes the database as the next version, but never onto a version that does not verify', async () => {
    const published = await runCli(['publish'], env);
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/^Published version \d+ \(1 organizations, 1 channels, 0 scam entries\), digest [0-9a-f]{64}, signed with /);
    const handle = await openLibsql(env.DATABASE_URL!);
    await publish(handle.db, { key: await otherKey() });
    handle.client.close();
    const refused = await runCli(['publish'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^Not publishing: the newest stored version does not verify \(version \d+: no trusted public key/);
  });
});
