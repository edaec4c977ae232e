/** @module The CLI's admin side: import --draft, admin-tokens create/list/revoke (and --sql), and the audit entries they leave. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateAdminToken } from '../src/db/admin-tokens.ts';
import { listAudit } from '../src/db/audit-log.ts';
import { openLibsql } from '../src/db/libsql.ts';
import { latestVersion } from '../src/db/registry-versions.ts';
import { SAMPLE_PATH } from './support/context.ts';
import { testKey } from './support/signing.ts';
import { runCli } from './support/spawn.ts';

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verify-cli-admin-'));
  env = { DATABASE_URL: `file:${join(dir, 'verify.db')}`, REGISTRY_SIGNING_KEY: (await testKey()).text };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const open = () => openLibsql(env.DATABASE_URL!);
const lastWord = (text: string) => text.trim().split(/\s+/).at(-1)!;

// Each test spawns several CLI processes: slow on a shared 2-core machine.
const SLOW = { timeout: 90_000 };

describe('npm run cli -- import --draft', SLOW, () => {
  it('writes the draft without publishing, then publish makes it the first version', async () => {
    const drafted = await runCli(['import', SAMPLE_PATH.pathname, '--draft'], env);
    expect(drafted.code).toBe(0);
    expect(drafted.stdout).toMatch(/Imported 6 organizations, \d+ channels and 5 scam entries \(merged into the draft\)\. Not published/);
    const handle = await open();
    expect(await latestVersion(handle.db)).toBeNull();
    expect(JSON.parse((await runCli(['export'], env)).stdout).organizations).toHaveLength(6);
    expect((await runCli(['publish'], env)).code).toBe(0);
    expect(await latestVersion(handle.db)).toBe(1);
    const actions = (await listAudit(handle.db, { limit: 10 })).map((e) => [e.action, e.actor.name]);
    expect(actions).toEqual([['registry.publish', 'cli'], ['registry.import', 'cli']]);
    handle.client.close();
  });
});

describe('npm run cli -- admin-tokens', SLOW, () => {
  it('creates a token, printed once as the last word, that authenticates until revoked', async () => {
    const created = await runCli(['admin-tokens', 'create', '--name', 'Alice', '--role', 'editor'], env);
    expect(created.code).toBe(0);
    const token = lastWord(created.stdout);
    expect(token).toMatch(/^vfa_[0-9a-f]{16}_/);
    const id = token.split('_')[1]!;
    const handle = await open();
    expect(await authenticateAdminToken(handle.db, token)).toEqual({ id, name: 'Alice', role: 'editor' });

    const listed = await runCli(['admin-tokens', 'list'], env);
    expect(listed.stdout).toMatch(new RegExp(`^${id}  editor\\s+active .* Alice$`, 'm'));
    expect(listed.stdout).not.toContain(token);

    const revoked = await runCli(['admin-tokens', 'revoke', id], env);
    expect(revoked.code).toBe(0);
    expect(await authenticateAdminToken(handle.db, token)).toBeNull();
    expect((await runCli(['admin-tokens', 'list'], env)).stdout).toMatch(new RegExp(`^${id}  editor\\s+revoked `, 'm'));
    expect((await runCli(['admin-tokens', 'revoke', 'ffffffffffffffff'], env)).code).toBe(1);
    const actions = (await listAudit(handle.db, { limit: 2 })).map((e) => [e.action, e.target]);
    expect(actions).toEqual([['token.revoke', `token:${id}`], ['token.create', `token:${id}`]]);
    handle.client.close();
  });

  it('refuses a missing name or an unknown role', async () => {
    expect((await runCli(['admin-tokens', 'create', '--role', 'editor'], env)).code).toBe(2);
    const badRole = await runCli(['admin-tokens', 'create', '--name', 'x', '--role', 'owner'], env);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain('--role viewer|editor|publisher');
  });

  it('prints SQL (hash only) for wrangler d1 execute with --sql, to create and revoke tokens in another database', async () => {
    const result = await runCli(['admin-tokens', 'create', '--name', 'Worker admin', '--role', 'publisher', '--sql'], { DATABASE_URL: 'file:/nonexistent/never-opened.db' });
    expect(result.code).toBe(0);
    const token = lastWord(result.stderr);
    expect(result.stdout).toMatch(/^-- Verify admin token [0-9a-f]{16} \(publisher\)/);
    expect(result.stdout).not.toContain(token.split('_').slice(2).join('_'));
    const other = await openLibsql(`file:${join(dir, 'other.db')}`);
    await other.client.executeMultiple(result.stdout);
    expect(await authenticateAdminToken(other.db, token)).toMatchObject({ name: 'Worker admin', role: 'publisher' });
    expect((await listAudit(other.db, { limit: 5 })).map((e) => e.action)).toEqual(['token.create']);

    const revoke = await runCli(['admin-tokens', 'revoke', token.split('_')[1]!, '--sql'], {});
    expect(revoke.code).toBe(0);
    await other.client.executeMultiple(revoke.stdout);
    await other.client.executeMultiple(revoke.stdout); // a second run changes nothing and records nothing
    expect(await authenticateAdminToken(other.db, token)).toBeNull();
    const entries = await listAudit(other.db, { limit: 5 });
    expect(entries.map((e) => e.action)).toEqual(['token.revoke', 'token.create']);
    expect(entries[0]).toMatchObject({ actor: { id: null, name: 'cli' }, before: { revokedAt: null }, after: { name: 'Worker admin', revokedAt: expect.any(String) } });
    other.client.close();
  });
});
