/** @module The partner CLI contract: keys create/list/revoke/usage and webhooks add/list/remove, with delivery after import and publish. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findActiveKey } from '../src/db/api-keys.ts';
import { openLibsql } from '../src/db/libsql.ts';
import { addUsage } from '../src/db/usage.ts';
import { SAMPLE_PATH } from './support/context.ts';
import { startReceiver } from './support/receiver.ts';
import { testKey } from './support/signing.ts';
import { runCli } from './support/spawn.ts';

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verify-cli-partner-'));
  env = { DATABASE_URL: `file:${join(dir, 'verify.db')}`, REGISTRY_SIGNING_KEY: (await testKey()).text };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lastWord = (text: string) => text.trim().split(/\s+/).pop()!;

// Each command is a fresh process (about 2–3 s here, more under a full parallel run).
describe('npm run cli -- keys', { timeout: 120_000 }, () => {
  it('creates a key, printed once as the last word, and stores only its hash', async () => {
    const created = await runCli(['keys', 'create', '--name', 'Acme Wallet', '--rate-limit', '120'], env);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const key = lastWord(created.stdout);
    expect(key).toMatch(/^vk_[A-Za-z0-9_-]{43}$/);
    expect(created.stdout).toContain('Created key 1 "Acme Wallet" (120 requests a minute)');

    const listed = await runCli(['keys', 'list'], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^1\tvk_\S{7}…\tAcme Wallet\t120\/min\tcreated \S+\tactive$/m);
    expect(listed.stdout).not.toContain(key);

    const { db, client } = await openLibsql(env.DATABASE_URL!);
    try {
      expect(await findActiveKey(db, key)).toEqual({ id: 1, name: 'Acme Wallet', rateLimit: 120 });
      await addUsage(db, [{ keyId: 1, day: '2026-11-25', verdict: 'official', count: 3 }, { keyId: 1, day: '2026-11-25', verdict: 'lookalike', count: 2 }, { keyId: 1, day: '2026-11-26', verdict: 'invalid', count: 1 }]);
    } finally {
      client.close();
    }
    const usage = await runCli(['keys', 'usage', '1'], env);
    expect(usage.code).toBe(0);
    expect(usage.stdout).toContain('day\ttotal\tofficial\trevoked\tknown_scam\tlookalike\tnot_official\tinvalid');
    expect(usage.stdout).toContain('2026-11-25\t5\t3\t0\t0\t2\t0\t0');
    expect(usage.stdout).toContain('2026-11-26\t1\t0\t0\t0\t0\t0\t1');

    const revoked = await runCli(['keys', 'revoke', '1'], env);
    expect(revoked).toMatchObject({ code: 0, stdout: expect.stringContaining('Revoked key 1') });
    expect((await runCli(['keys', 'list'], env)).stdout).toMatch(/\trevoked \S+$/m);
    expect((await runCli(['keys', 'revoke', '1'], env))).toMatchObject({ code: 1, stderr: expect.stringContaining('already revoked') });
  });

  it('uses 600 a minute by default and refuses bad arguments', async () => {
    expect((await runCli(['keys', 'create', '--name', 'Default'], env)).stdout).toContain('(600 requests a minute)');
    expect((await runCli(['keys', 'create'], env))).toMatchObject({ code: 2, stderr: expect.stringContaining('--name') });
    expect((await runCli(['keys', 'create', '--name', 'x', '--rate-limit', 'lots'], env))).toMatchObject({ code: 2, stderr: expect.stringContaining('--rate-limit') });
    expect((await runCli(['keys', 'usage', '99'], env))).toMatchObject({ code: 1, stderr: expect.stringContaining('No key 99') });
  });
});

describe('npm run cli -- webhooks', { timeout: 120_000 }, () => {
  it('refuses http, loopback and private endpoints without the test switch', async () => {
    for (const url of ['http://127.0.0.1:9/hook', 'https://[::ffff:192.168.1.1]/']) {
      const result = await runCli(['webhooks', 'add', url], env);
      expect(result.code, url).toBe(1);
      expect(result.stderr, url).toMatch(/^Refused /);
    }
    expect((await runCli(['webhooks', 'list'], env)).stdout).toContain('No webhooks');
  });

  it('adds an endpoint, delivers to it after import and publish, lists and removes it', async () => {
    const receiver = await startReceiver();
    const testing = { ...env, WEBHOOKS_ALLOW_LOOPBACK: 'true', WEBHOOK_RETRY_BASE_MS: '10' };
    try {
      const added = await runCli(['webhooks', 'add', receiver.url], testing);
      expect(added).toMatchObject({ code: 0, stdout: expect.stringContaining(`Added webhook 1 for ${receiver.url}`) });

      const imported = await runCli(['import', SAMPLE_PATH.pathname], testing);
      expect(imported.code).toBe(0);
      expect(imported.stderr).toContain(`Webhook 1 ${receiver.url}: version 1 delivered (attempt 1).`);
      const published = await runCli(['publish'], testing);
      expect(published.stderr).toContain('version 2 delivered');
      expect(receiver.received.map((r) => r.headers['verify-delivery'])).toEqual(['1-1', '1-2']);

      const listed = await runCli(['webhooks', 'list'], testing);
      expect(listed.stdout).toMatch(/^1\thttp:\/\/127\.0\.0\.1:\d+\/hook\tenabled, 0 failed deliveries in a row\tlast attempt: version 2 #1 ok/m);
      expect(await runCli(['webhooks', 'remove', '1'], testing)).toMatchObject({ code: 0, stdout: 'Removed webhook 1 and its delivery log.\n' });
      expect(await runCli(['webhooks', 'remove', '1'], testing)).toMatchObject({ code: 1 });
    } finally {
      await receiver.close();
    }
  });
});
