/** @module Editing the draft over the admin API: normalization as on import, revocations with reasons, bad input, the diff and publishing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegistryFile } from '../../src/core/registry/file.ts';
import { createAdminToken } from '../../src/db/admin-tokens.ts';
import { publish } from '../../src/db/registry-versions.ts';
import { loadVerifiedVersion } from '../../src/db/verified-versions.ts';
import { adminClient } from '../support/admin.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { otherKey } from '../support/signing.ts';

let ctx: TestContext;
let admin: ReturnType<typeof adminClient>;
beforeEach(async () => {
  ctx = await createTestContext();
  admin = adminClient(ctx.app, (await createAdminToken(ctx.handle.db, 'tester', 'publisher')).token);
});
afterEach(() => ctx.close());

const verdict = async (q: string) => (await (await ctx.app.request(`/api/v1/check?q=${encodeURIComponent(q)}`)).json()).verdict;

describe('admin channels', () => {
  it('normalizes an added channel exactly as an import would, and makes it official only once published', async () => {
    const written = { kind: 'social', platform: 'telegram', value: 'https://T.me/s/Binance_Helpdesk', label: 'Help desk' };
    const added = await admin.post('/organizations/binance/channels', written);
    expect(added.status).toBe(201);
    const imported = readRegistryFile({ organizations: [{ slug: 'binance', name: 'Binance', channels: [written] }] });
    if (!imported.ok) throw new Error('the file reader refused the channel');
    expect(added.body.channel).toEqual({ id: expect.any(Number), ...imported.content.channels[0] });
    expect(added.body.channel).toMatchObject({ value: 'binance_helpdesk', display: written.value, status: 'active' });

    expect(await verdict('https://t.me/binance_helpdesk')).not.toBe('official');
    const published = await admin.post('/publish');
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ published: { version: 2 }, served: 2 });
    expect(await verdict('https://t.me/binance_helpdesk')).toBe('official');
  });

  it('requires a reason to revoke, keeps the revoked channel with its reason and date, and serves it as revoked once published', async () => {
    const binance = (await admin.get('/organizations/binance')).body.organization;
    const domain = binance.channels.find((c: any) => c.value === 'binance.com');
    for (const body of [{}, { reason: '' }, { reason: '   ' }]) {
      const refused = await admin.post(`/organizations/binance/channels/${domain.id}/revoke`, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('invalid_request');
    }
    const revoked = await admin.post(`/organizations/binance/channels/${domain.id}/revoke`, { reason: 'Moved to binance.org' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.channel).toMatchObject({ id: domain.id, status: 'revoked', reason: 'Moved to binance.org', revokedAt: expect.any(String) });
    expect((await admin.post(`/organizations/binance/channels/${domain.id}/revoke`, { reason: 'again' })).status).toBe(409);
    expect(await verdict('binance.com')).toBe('official');
    await admin.post('/publish');
    expect(await verdict('binance.com')).toBe('revoked');
  });

  it('changes a channel\'s details but not its identity, and refuses a duplicate', async () => {
    const org = (await admin.get('/organizations/okx')).body.organization;
    const first = org.channels[0];
    const changed = await admin.patch(`/organizations/okx/channels/${first.id}`, { label: 'Renamed' });
    expect(changed.status).toBe(200);
    expect(changed.body.channel).toMatchObject({ id: first.id, value: first.value, label: 'Renamed' });
    expect((await admin.patch(`/organizations/okx/channels/${first.id}`, { value: 'other.example' })).status).toBe(400);
    const cleared = await admin.patch(`/organizations/okx/channels/${first.id}`, { label: null });
    expect(cleared.body.channel.label).toBeUndefined();
    const twin = await admin.post('/organizations/okx/channels', { kind: first.kind, platform: first.platform, value: first.display });
    expect(twin.status).toBe(409);
  });
});

describe('admin organizations and scams', () => {
  it('creates, changes and revokes an organization', async () => {
    expect((await admin.post('/organizations', { slug: 'acme', name: 'Acme', website: 'https://acme.example' })).status).toBe(201);
    expect((await admin.post('/organizations', { slug: 'acme', name: 'Acme again' })).status).toBe(409);
    await admin.post('/organizations/acme/channels', { kind: 'domain', value: 'ACME.example' });
    const changed = await admin.patch('/organizations/acme', { name: 'Acme Corp', website: null, aliases: ['AC'] });
    expect(changed.status).toBe(200);
    expect(changed.body.organization).toMatchObject({ slug: 'acme', name: 'Acme Corp', aliases: ['AC'] });
    expect(changed.body.organization.website).toBeUndefined();
    expect((await admin.patch('/organizations/acme', { publicNetwork: true })).body.organization.publicNetwork).toBe(true);
    expect((await admin.patch('/organizations/acme', { publicNetwork: null })).body.organization.publicNetwork).toBeUndefined();
    expect((await admin.patch('/organizations/acme', { ecosystemNames: ['acmetube'] })).body.organization.ecosystemNames).toEqual(['acmetube']);
    expect((await admin.patch('/organizations/acme', { ecosystemNames: ['Acme Tube'] })).status).toBe(400);
    expect((await admin.patch('/organizations/acme', { ecosystemNames: null })).body.organization.ecosystemNames).toBeUndefined();
    expect((await admin.patch('/organizations/acme', { coinedNames: ['acme'] })).body.organization.coinedNames).toEqual(['acme']);
    expect((await admin.patch('/organizations/acme', { coinedNames: ['Acme'] })).status).toBe(400);
    expect((await admin.patch('/organizations/acme', { coinedNames: null })).body.organization.coinedNames).toBeUndefined();
    expect((await admin.post('/organizations/acme/revoke', {})).status).toBe(400);
    const revoked = await admin.post('/organizations/acme/revoke', { reason: 'Company closed' });
    expect(revoked.body).toMatchObject({ revoked: 1, organization: { channels: [{ value: 'acme.example', status: 'revoked', reason: 'Company closed' }] } });
  });

  it('adds, changes and removes scam entries, with a reason for the removal', async () => {
    const added = await admin.post('/scams', { kind: 'domain', value: 'Binance-Gift.example', target: 'binance', reason: 'Fake giveaway' });
    expect(added.status).toBe(201);
    expect(added.body.scam).toMatchObject({ value: 'binance-gift.example', display: 'Binance-Gift.example' });
    expect((await admin.post('/scams', { kind: 'domain', value: 'binance-gift.example', target: 'binance', reason: 'Again' })).status).toBe(409);
    expect((await admin.post('/scams', { kind: 'domain', value: 'x.example', target: 'nobody', reason: 'r' })).body.error.message).toMatch(/^target: no organization "nobody"/);
    const changed = await admin.patch(`/scams/${added.body.scam.id}`, { target: 'okx', reason: 'Fake OKX giveaway' });
    expect(changed.body.scam).toMatchObject({ value: 'binance-gift.example', target: 'okx', reason: 'Fake OKX giveaway' });
    expect((await admin.patch(`/scams/${added.body.scam.id}`, { target: 'nobody' })).status).toBe(400);
    expect((await admin.patch(`/scams/${added.body.scam.id}`, { value: 'other.example' })).status).toBe(400);
    expect((await admin.delete(`/scams/${added.body.scam.id}`, {})).status).toBe(400);
    expect((await admin.delete(`/scams/${added.body.scam.id}`, { reason: 'Listed in error' })).status).toBe(200);
    expect((await admin.delete(`/scams/${added.body.scam.id}`, { reason: 'Listed in error' })).status).toBe(404);
  });

  it('answers simultaneous duplicates with one 201 and 409s, never a 500', async () => {
    const answers = await Promise.all([1, 2, 3].map(() => admin.post('/organizations', { slug: 'twins', name: 'Twins' })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    const channels = await Promise.all([1, 2, 3].map(() => admin.post('/organizations/twins/channels', { kind: 'domain', value: 'twins.example' })));
    expect(channels.map((a) => a.status).sort()).toEqual([201, 409, 409]);
  });

  it('pages through the draft', async () => {
    const first = await admin.get('/organizations?limit=4');
    expect(first.body.organizations).toHaveLength(4);
    expect(first.body.organizations[0].channels.length).toBeGreaterThan(0);
    const second = await admin.get(`/organizations?limit=4&after=${first.body.next}`);
    expect(second.body.next).toBeNull();
    const slugs = [...first.body.organizations, ...second.body.organizations].map((o: any) => o.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(slugs).toHaveLength(6);
    const scams = await admin.get('/scams?limit=3');
    expect(scams.body.scams).toHaveLength(3);
    expect((await admin.get(`/scams?after=${scams.body.next}`)).body.scams).toHaveLength(2);
    expect((await admin.get('/draft')).body).toMatchObject({ draft: { organizations: 6, scams: 5 }, published: { version: 1 } });
  });
});

describe('bad input', () => {
  it('answers 4xx JSON errors, never a 500', async () => {
    const cases: [string, () => Promise<{ status: number; body: any }>, number][] = [
      ['unknown field', () => admin.post('/organizations', { slug: 'a', name: 'A', colour: 'red' }), 400],
      ['bad slug', () => admin.post('/organizations', { slug: 'Not A Slug', name: 'A' }), 400],
      ['channels on create', () => admin.post('/organizations', { slug: 'a', name: 'A', channels: [] }), 400],
      ['phone without country', () => admin.post('/organizations/binance/channels', { kind: 'phone', value: '415 555 0100' }), 400],
      ['social without platform', () => admin.post('/organizations/binance/channels', { kind: 'social', value: 'x' }), 400],
      ['domain with a path', () => admin.post('/organizations/binance/channels', { kind: 'domain', value: 'binance.com/login' }), 400],
      ['status on create', () => admin.post('/organizations/binance/channels', { kind: 'domain', value: 'b.example', status: 'revoked' }), 400],
      ['unknown organization', () => admin.post('/organizations/nobody/channels', { kind: 'domain', value: 'b.example' }), 404],
      ['bad channel id', () => admin.patch('/organizations/binance/channels/abc', { label: 'x' }), 400],
      ['unknown channel', () => admin.patch('/organizations/binance/channels/999999', { label: 'x' }), 404],
      ['bad limit', () => admin.get('/organizations?limit=0'), 400],
      ['bad audit cursor', () => admin.get('/audit?before=x'), 400],
      ['array body', () => admin.post('/scams', [1, 2]), 400],
      ['oversized body', () => admin.post('/organizations', { slug: 'big', name: 'Big', advice: ['x'.repeat(300_000)] }), 413],
    ];
    for (const [what, send, status] of cases) {
      const answer = await send();
      expect({ what, status: answer.status, code: typeof answer.body?.error?.code }).toEqual({ what, status, code: 'string' });
    }
    const notJson = await ctx.app.request('/api/v1/admin/scams', {
      method: 'POST', body: '{"kind":', headers: { authorization: `Bearer ${(await createAdminToken(ctx.handle.db, 'x', 'editor')).token}`, 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(400);
    const wrongType = await ctx.app.request('/api/v1/admin/scams', {
      method: 'POST', body: '{}', headers: { authorization: `Bearer ${(await createAdminToken(ctx.handle.db, 'y', 'editor')).token}`, 'content-type': 'text/plain' },
    });
    expect(wrongType.status).toBe(415);
  });
});

describe('diff and publish', () => {
  it('shows what publishing would change, and nothing once published', async () => {
    expect((await admin.get('/diff')).body).toMatchObject({ base: { version: 1 }, channels: { added: [], changed: [], revoked: [], removed: [] } });
    const binance = (await admin.get('/organizations/binance')).body.organization;
    const [first, second] = binance.channels.filter((c: any) => c.status === 'active');
    await admin.post('/organizations/binance/channels', { kind: 'domain', value: 'binance.org' });
    await admin.patch(`/organizations/binance/channels/${first.id}`, { label: 'Changed label' });
    await admin.post(`/organizations/binance/channels/${second.id}/revoke`, { reason: 'Retired' });
    const scam = (await admin.get('/scams?limit=1')).body.scams[0];
    await admin.delete(`/scams/${scam.id}`, { reason: 'Listed in error' });
    await admin.patch('/organizations/okx', { name: 'OKX Exchange' });
    const diff = (await admin.get('/diff')).body;
    expect(diff.channels.added.map((c: any) => c.value)).toEqual(['binance.org']);
    expect(diff.channels.changed.map((c: any) => c.value)).toEqual([first.value]);
    expect(diff.channels.revoked).toEqual([expect.objectContaining({ value: second.value, status: 'revoked', reason: 'Retired' })]);
    expect(diff.scams.removed).toEqual([expect.objectContaining({ value: scam.value })]);
    expect(diff.organizations.changed).toEqual([expect.objectContaining({ slug: 'okx', name: 'OKX Exchange' })]);
    await admin.post('/publish');
    const after = (await admin.get('/diff')).body;
    expect(after.base.version).toBe(2);
    for (const part of ['organizations', 'channels', 'scams']) expect(after[part]).toEqual({ added: [], changed: [], revoked: [], removed: [] });
  });

  it('gives concurrent publishes consecutive versions with an unbroken chain', async () => {
    const answers = await Promise.all([1, 2, 3].map(() => admin.post('/publish')));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(answers.map((a) => a.body.published.version).sort()).toEqual([2, 3, 4]);
    for (let version = 2; version <= 4; version++) {
      const loaded = await loadVerifiedVersion(ctx.handle.db, version, ctx.signing.jwks, { now: new Date(), checkChain: true });
      expect(loaded?.ok, `version ${version}`).toBe(true);
    }
    const publishes = (await admin.get('/audit')).body.entries.filter((e: any) => e.action === 'registry.publish');
    expect(publishes.map((e: any) => e.target).sort()).toEqual(['version:2', 'version:3', 'version:4']);
  });

  it('refuses to publish onto a version that does not verify, and without a private key', async () => {
    await publish(ctx.handle.db, { key: await otherKey() });
    const refused = await admin.post('/publish');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('published_version_not_verified');
    expect((await admin.get('/diff')).status).toBe(409);

    const keyless = await createTestContext({ signing: { key: null, jwks: ctx.signing.jwks, warnings: [] } });
    const publisher = adminClient(keyless.app, (await createAdminToken(keyless.handle.db, 'p', 'publisher')).token);
    const noKey = await publisher.post('/publish');
    expect(noKey.status).toBe(503);
    expect(noKey.body.error.code).toBe('signing_key_unavailable');
    keyless.close();
  });
});
