/** @module `npm run cli -- reports list|confirm|reject` as child processes against a real database: the queue, reviews as actor `cli`, refusals, and publish serving the listing. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContact } from '../../src/core/input/index.ts';
import { checkContact } from '../../src/core/verdict.ts';
import { listAudit } from '../../src/db/audit-log.ts';
import { importRegistry } from '../../src/db/import-registry.ts';
import { openLibsql } from '../../src/db/libsql.ts';
import { receiveReport } from '../../src/db/reports.ts';
import { RegistryHolder } from '../../src/registry-holder.ts';
import { readSample } from '../support/context.ts';
import { testKey, testSigning } from '../support/signing.ts';
import { runCli } from '../support/spawn.ts';

let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verify-cli-reports-'));
  const key = await testKey();
  env = { DATABASE_URL: `file:${join(dir, 'verify.db')}`, REGISTRY_SIGNING_KEY: key.text };
  const { db, client } = await openLibsql(env.DATABASE_URL!);
  try {
    const imported = await importRegistry(db, await readSample(), { key: key.key });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const at = new Date().toISOString();
    // A note with a terminal escape sequence as a reporter might send through another client: printed quoted, never raw.
    await receiveReport(db, { channel: { kind: 'domain', value: 'binance-wallet-sync.com' }, note: 'Seed phrase pop-up \u001b[2J', contact: 'reporter@example.org', suggestedTarget: 'binance', at });
    await receiveReport(db, { channel: { kind: 'social', platform: 'x', value: 'okx_refund_desk' }, suggestedTarget: null, at });
    await receiveReport(db, { channel: { kind: 'domain', value: 'binance-reseller.example' }, suggestedTarget: 'binance', at });
  } finally {
    client.close();
  }
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each command is a fresh process (about 2–3 s here, more under a full parallel run).
describe('npm run cli -- reports', { timeout: 120_000 }, () => {
  it('lists the queue with counts, targets and quoted notes', async () => {
    const listed = await runCli(['reports', 'list'], env);
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout).toMatch(/^1\treceived\t×1\tdomain binance-wallet-sync\.com\ttarget binance\tlast \S+$/m);
    expect(listed.stdout).toMatch(/^2\treceived\t×1\tsocial:x okx_refund_desk\ttarget -\t/m);
    expect(listed.stdout).toContain('note "Seed phrase pop-up \\u001b[2J" contact "reporter@example.org"');
    expect(listed.stdout).not.toContain('\u001b');
    expect(await runCli(['reports', 'list', '--status', 'open'], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('--status must be one of received, confirmed, rejected') });
  });

  it('confirms into the draft as actor cli, and publish serves it as known_scam', async () => {
    const needsTarget = await runCli(['reports', 'confirm', '2'], env);
    expect(needsTarget).toMatchObject({ code: 1, stderr: expect.stringContaining('names no organization') });
    const confirmed = await runCli(['reports', 'confirm', '2', '--target', 'okx', '--reason', 'Fake refund desk'], env);
    expect(confirmed).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Confirmed report 2: okx_refund_desk is scam entry \d+ of the draft, impersonating okx\. Publish/) });
    expect(await runCli(['reports', 'confirm', '2'], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('already confirmed') });
    expect((await runCli(['publish'], env)).code).toBe(0);

    const { db, client } = await openLibsql(env.DATABASE_URL!);
    try {
      const registry = new RegistryHolder(db, (await testSigning()).jwks);
      await registry.refresh();
      const contact = parseContact('https://x.com/OKX_Refund_Desk');
      if (!contact.ok) throw new Error(contact.problem.message);
      expect(checkContact(registry.index, 'x.com/OKX_Refund_Desk', contact.value, new Date())).toMatchObject({ verdict: 'known_scam', scam: { reason: 'Fake refund desk', target: { slug: 'okx' } } });
      const confirm = (await listAudit(db, { limit: 5 })).find((e) => e.action === 'report.confirm');
      expect(confirm).toMatchObject({ action: 'report.confirm', target: 'report:2', actor: { id: null, name: 'cli' }, reason: 'Fake refund desk' });
    } finally {
      client.close();
    }
  });

  it('rejects, erasing notes and contacts, and refuses bad arguments', async () => {
    const rejected = await runCli(['reports', 'reject', '1', '--reason', 'A partner site'], env);
    expect(rejected).toMatchObject({ code: 0, stdout: expect.stringContaining('Rejected report 1 (binance-wallet-sync.com)') });
    const listed = await runCli(['reports', 'list', '--status', 'rejected'], env);
    expect(listed.stdout).toMatch(/^1\trejected\t.*rejected \S+ by cli$/m);
    expect(listed.stdout).not.toContain('reporter@example.org');
    expect(await runCli(['reports', 'reject', 'x'], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('Give a report id') });
    expect(await runCli(['reports', 'reject', '3', '--reason', ' '], env)).toMatchObject({ code: 2, stderr: expect.stringContaining('--reason') });
  });
});
