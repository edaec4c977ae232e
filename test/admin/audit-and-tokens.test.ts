/** @module The audit log (an entry with before and after for every admin action, append-only by trigger) and tokens hashed at rest. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminTokenId, hashAdminToken } from '../../src/core/admin/admin-token.ts';
import { constantTimeEqual } from '../../src/core/secret-material.ts';
import { authenticateAdminToken, createAdminToken, revokeAdminToken } from '../../src/db/admin-tokens.ts';
import { adminClient } from '../support/admin.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe('audit log', () => {
  it('records every admin action with who, what, when, before and after, newest first', async () => {
    const created = await createAdminToken(ctx.handle.db, 'auditor', 'publisher');
    const admin = adminClient(ctx.app, created.token);
    const actor = { id: created.id, name: 'auditor' };
    await admin.post('/organizations', { slug: 'acme', name: 'Acme' });
    await admin.patch('/organizations/acme', { name: 'Acme Corp' });
    const channel = (await admin.post('/organizations/acme/channels', { kind: 'domain', value: 'acme.example' })).body.channel;
    await admin.patch(`/organizations/acme/channels/${channel.id}`, { label: 'Main' });
    await admin.post(`/organizations/acme/channels/${channel.id}/revoke`, { reason: 'Sold' });
    await admin.post('/organizations/acme/channels', { kind: 'domain', value: 'acme.org' });
    await admin.post('/organizations/acme/revoke', { reason: 'Closed' });
    const scam = (await admin.post('/scams', { kind: 'domain', value: 'acme-login.example', target: 'acme', reason: 'Phishing' })).body.scam;
    await admin.patch(`/scams/${scam.id}`, { reason: 'Phishing kit' });
    await admin.delete(`/scams/${scam.id}`, { reason: 'Listed in error' });
    await admin.post('/publish');
    await revokeAdminToken(ctx.handle.db, (await createAdminToken(ctx.handle.db, 'short-lived', 'viewer')).id);

    const { entries } = (await admin.get('/audit?limit=100')).body;
    const mine = entries.filter((e: any) => e.actor.id === created.id || e.action.startsWith('token.'));
    expect(mine.map((e: any) => e.action)).toEqual([
      'token.revoke', 'token.create', 'registry.publish', 'scam.delete', 'scam.update', 'scam.create', 'organization.revoke', 'channel.create',
      'channel.revoke', 'channel.update', 'channel.create', 'organization.update', 'organization.create', 'token.create',
    ]);
    const byAction = (action: string) => mine.find((e: any) => e.action === action);
    expect(byAction('organization.create')).toMatchObject({ actor, target: 'organization:acme', before: null, after: { slug: 'acme', name: 'Acme' } });
    expect(byAction('organization.update')).toMatchObject({ before: { name: 'Acme' }, after: { name: 'Acme Corp' } });
    expect(byAction('channel.update')).toMatchObject({ target: `channel:${channel.id}`, before: { value: 'acme.example' }, after: { label: 'Main' } });
    expect(byAction('channel.update').before.label).toBeUndefined();
    expect(byAction('channel.revoke')).toMatchObject({ reason: 'Sold', before: { status: 'active' }, after: { status: 'revoked', reason: 'Sold' } });
    expect(byAction('organization.revoke')).toMatchObject({ reason: 'Closed', before: { channels: [{ value: 'acme.org', status: 'active' }] } });
    expect(byAction('scam.update')).toMatchObject({ before: { reason: 'Phishing' }, after: { id: scam.id, reason: 'Phishing kit' } });
    expect(byAction('scam.delete')).toMatchObject({ reason: 'Listed in error', before: { value: 'acme-login.example' }, after: null });
    expect(byAction('registry.publish')).toMatchObject({ target: 'version:2', before: { version: 1 }, after: { version: 2, digest: expect.any(String) } });
    expect(byAction('token.revoke')).toMatchObject({ actor: { id: null, name: 'cli' }, before: { revokedAt: null }, after: { revokedAt: expect.any(String) } });
    for (const entry of mine) expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('pages newest first with before and limit', async () => {
    const admin = adminClient(ctx.app, (await createAdminToken(ctx.handle.db, 'pager', 'viewer')).token);
    const all = (await admin.get('/audit?limit=500')).body.entries.map((e: any) => e.id);
    expect(all).toEqual([...all].sort((a: number, b: number) => b - a));
    const seen: number[] = [];
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page: any = (await admin.get(`/audit?limit=3${cursor ? `&before=${cursor}` : ''}`)).body;
      seen.push(...page.entries.map((e: any) => e.id));
      cursor = page.next;
    }
    expect(seen).toEqual(all);
  });

  it('refuses UPDATE and DELETE of audit rows in the database itself (triggers)', async () => {
    const count = async () => (await ctx.handle.client.execute('SELECT count(*) AS n FROM audit_log')).rows[0]!.n;
    const before = await count();
    await expect(ctx.handle.client.execute("UPDATE audit_log SET actor_name = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(ctx.handle.client.execute('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(/append-only/);
    // Through drizzle too, as the app's own code would (drizzle wraps the driver's error).
    const viaDrizzle = await ctx.handle.db.run(sql`DELETE FROM audit_log`).catch((error: Error) => error);
    expect(String((viaDrizzle as Error).cause)).toMatch(/append-only/);
    expect(await count()).toBe(before);
    const names = (await ctx.handle.client.execute("SELECT DISTINCT actor_name FROM audit_log")).rows.map((r) => r.actor_name);
    expect(names).not.toContain('someone else');
  });
});

describe('admin tokens', () => {
  it('are stored as a SHA-256 hash only, and the table never holds the token or its secret', async () => {
    const { id, token } = await createAdminToken(ctx.handle.db, 'at rest', 'editor');
    expect(token).toMatch(/^vfa_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const secret = token.split('_').slice(2).join('_');
    const rows = (await ctx.handle.client.execute('SELECT * FROM admin_tokens')).rows;
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(secret);
    expect(rows.find((r) => r.id === id)).toMatchObject({ token_hash: await hashAdminToken(token), role: 'editor' });
    const log = JSON.stringify((await ctx.handle.client.execute('SELECT * FROM audit_log')).rows);
    expect(log).not.toContain(secret);
  });

  it('authenticate the right token only, and not once revoked', async () => {
    const { id, token } = await createAdminToken(ctx.handle.db, 'checked', 'viewer');
    expect(await authenticateAdminToken(ctx.handle.db, token)).toEqual({ id, name: 'checked', role: 'viewer' });
    const wrongSecret = token.replace(/.$/, (ch) => (ch === 'a' ? 'b' : 'a'));
    for (const bad of [wrongSecret, `${token}x`, token.replace(id, '0000000000000000'), '', 'vfa_', token.toUpperCase()]) {
      expect(await authenticateAdminToken(ctx.handle.db, bad)).toBeNull();
    }
    expect(adminTokenId(token)).toBe(id);
    await revokeAdminToken(ctx.handle.db, id);
    expect(await authenticateAdminToken(ctx.handle.db, token)).toBeNull();
  });

  it('compare digests in full (constant time): equal only when every character is', () => {
    expect(constantTimeEqual('abcd', 'abcd')).toBe(true);
    expect(constantTimeEqual('abcd', 'abce')).toBe(false);
    expect(constantTimeEqual('abcd', 'xbcd')).toBe(false);
    expect(constantTimeEqual('abcd', 'abc')).toBe(false);
  });
});
