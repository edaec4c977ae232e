/** @module Importing into a real libSQL database: merge, replace, all-or-nothing, versions and hot swaps. */
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRegistryFile } from '../../src/core/registry/file.ts';
import { importRegistry } from '../../src/db/import-registry.ts';
import { openLibsql } from '../../src/db/libsql.ts';
import { readContent } from '../../src/db/registry-content.ts';
import { latestVersion, publish } from '../../src/db/registry-versions.ts';
import { loadVerifiedVersion } from '../../src/db/verified-versions.ts';
import { registrySnapshotChunks, registryVersions } from '../../src/db/schema.ts';
import { snapshotSql } from '../../src/db/snapshot-sql.ts';
import { RegistryHolder } from '../../src/registry-holder.ts';
import { parseContact } from '../../src/core/input/index.ts';
import { createTestContext, readSample, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(() => ctx.close());

/** A stored version, verified as a server would (signature, digest, chain), failing the test otherwise. */
const verified = async (version: number) => {
  const loaded = await loadVerifiedVersion(ctx.handle.db, version, ctx.signing.jwks, { now: new Date(), checkChain: true });
  if (!loaded?.ok) throw new Error(`version ${version} does not verify: ${loaded?.reason}`);
  return loaded;
};

const verdictOf = (holder: RegistryHolder, input: string) => {
  const contact = parseContact(input);
  if (!contact.ok) throw new Error(contact.problem.message);
  const hits = holder.index.find(contact.value);
  return hits.channels.find((c) => c.status === 'active') ? 'official' : hits.channels.length ? 'revoked' : 'none';
};

describe('importRegistry', () => {
  it('merges by (organization, kind, platform, normalized value) and publishes a new version', async () => {
    const result = await importRegistry(ctx.handle.db, {
      organizations: [{
        slug: 'binance', name: 'Binance', channels: [
          { kind: 'domain', value: 'BINANCE.com', label: 'Renamed label' },
          { kind: 'domain', value: 'binance.org' },
          { kind: 'domain', value: 'binance.us', status: 'revoked', reason: 'Sold' },
        ],
      }],
    }, ctx.publishing);
    expect(result).toMatchObject({ ok: true, counts: { organizations: 1, channels: 3, scams: 0 }, published: { version: 2 } });
    const content = await readContent(ctx.handle.db);
    const binance = content.channels.filter((c) => c.organization === 'binance' && c.kind === 'domain');
    expect(binance.map((c) => c.value).sort()).toEqual(['binance.com', 'binance.info', 'binance.org', 'binance.us']);
    expect(binance.find((c) => c.value === 'binance.com')).toMatchObject({ label: 'Renamed label', display: 'BINANCE.com' });
    expect(binance.find((c) => c.value === 'binance.us')).toMatchObject({ status: 'revoked', reason: 'Sold', revokedAt: expect.any(String) });
    expect(content.channels.some((c) => c.organization === 'okx')).toBe(true);
  });

  it('keeps the first revocation date when a merge repeats the revocation', async () => {
    const revoke = { organizations: [{ slug: 'binance', name: 'Binance', channels: [{ kind: 'domain', value: 'binance.us', status: 'revoked', reason: 'Sold' }] }] };
    await importRegistry(ctx.handle.db, revoke, { ...ctx.publishing, now: new Date('2026-01-01T00:00:00Z') });
    await importRegistry(ctx.handle.db, revoke, { ...ctx.publishing, now: new Date('2026-06-01T00:00:00Z') });
    const content = await readContent(ctx.handle.db);
    expect(content.channels.find((c) => c.value === 'binance.us')?.revokedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('replaces the whole registry with replace', async () => {
    const result = await importRegistry(ctx.handle.db, { organizations: [{ slug: 'acme', name: 'Acme', channels: [{ kind: 'domain', value: 'acme.example' }] }] }, { ...ctx.publishing, replace: true });
    expect(result.ok).toBe(true);
    const content = await readContent(ctx.handle.db);
    expect(content.organizations.map((o) => o.slug)).toEqual(['acme']);
    expect(content.channels).toHaveLength(1);
    expect(content.scams).toHaveLength(0);
  });

  it('writes nothing when any entry is bad', async () => {
    const before = await readContent(ctx.handle.db);
    const result = await importRegistry(ctx.handle.db, {
      organizations: [{ slug: 'acme', name: 'Acme', channels: [{ kind: 'domain', value: 'acme.example' }, { kind: 'phone', value: 'nope' }] }],
    }, { ...ctx.publishing, replace: true });
    expect(result).toEqual({ ok: false, problems: [{ path: 'organizations[0].channels[1].value', message: expect.any(String) }] });
    expect(await readContent(ctx.handle.db)).toEqual(before);
    expect(await latestVersion(ctx.handle.db)).toBe(1);
  });

  it('round-trips: export, import into an empty registry, export again', async () => {
    const exported = JSON.parse(JSON.stringify(writeRegistryFile(await readContent(ctx.handle.db))));
    const other = await createTestContext({ registry: null });
    expect((await importRegistry(other.handle.db, exported, other.publishing)).ok).toBe(true);
    expect(writeRegistryFile(await readContent(other.handle.db))).toEqual(exported);
    expect(exported.organizations.find((o: { slug: string }) => o.slug === 'okx').aliases).toEqual(['OKEx']);
    const sample = await readSample();
    expect(exported.organizations.map((o: { slug: string }) => o.slug).sort()).toEqual(sample.organizations.map((o: { slug: string }) => o.slug).sort());
    other.close();
  });

  it('keeps an organization\'s public network flag through import and export, and only where set', async () => {
    const other = await createTestContext({ registry: null });
    const file = {
      organizations: [
        { slug: 'arbitrum', name: 'Arbitrum', publicNetwork: true, channels: [{ kind: 'domain', value: 'arbitrum.io' }] },
        { slug: 'acme', name: 'Acme', publicNetwork: false, channels: [{ kind: 'domain', value: 'acme.example' }] },
      ],
    };
    expect((await importRegistry(other.handle.db, file, other.publishing)).ok).toBe(true);
    const exported = writeRegistryFile(await readContent(other.handle.db));
    expect(exported.organizations.map((o) => [o.slug, o.publicNetwork])).toEqual([['acme', undefined], ['arbitrum', true]]);
    other.close();
  });

  // Names others build on ("youtube") and names the organization coined ("google"): lists of words alike.
  it.each([
    ['ecosystemNames', 'others build on', 'youtube'],
    ['coinedNames', 'it coined', 'google'],
  ] as const)('keeps %s, the names an organization says %s, through import and export, and refuses a name that is no word', async (field, _says, name) => {
    const other = await createTestContext({ registry: null });
    const file = { organizations: [{ slug: 'google', name: 'Google', [field]: [name], channels: [{ kind: 'domain', value: `${name}.com` }] }] };
    expect((await importRegistry(other.handle.db, file, other.publishing)).ok).toBe(true);
    expect(writeRegistryFile(await readContent(other.handle.db)).organizations[0]![field]).toEqual([name]);
    const bad = await importRegistry(other.handle.db, { organizations: [{ slug: 'acme', name: 'Acme', [field]: ['You Tube'], channels: [] }] }, other.publishing);
    expect(bad.ok).toBe(false);
    // Nothing stored is lost to the refused file.
    expect(writeRegistryFile(await readContent(other.handle.db)).organizations.map((o) => [o.slug, o[field]])).toEqual([['google', [name]]]);
    other.close();
  });
});

describe('published versions', () => {
  it('chain each version to the digest of the one before', async () => {
    const v1 = await verified(1);
    const v2 = await publish(ctx.handle.db, ctx.publishing);
    const v2snap = await verified(2);
    expect(v2.version).toBe(2);
    expect(v2snap.snapshot.previousDigest).toBe(v1.digest);
    expect(v1.snapshot.previousDigest).toBeNull();
  });

  it('stay consecutive and chained when several processes publish at once', async () => {
    const others = await Promise.all([1, 2, 3].map(() => openLibsql(ctx.url)));
    const results = await Promise.all(others.map((o) => publish(o.db, ctx.publishing)));
    expect(results.map((r) => r.version).sort()).toEqual([2, 3, 4]);
    for (let v = 2; v <= 4; v++) {
      const [prev] = await ctx.handle.db.select().from(registryVersions).where(eq(registryVersions.version, v - 1));
      const current = await verified(v);
      expect(current.snapshot.previousDigest).toBe(prev?.digest);
    }
    others.forEach((o) => o.client.close());
  });
});

describe('RegistryHolder', () => {
  it('swaps in a version published by another process, and keeps answering meanwhile', async () => {
    const other = await openLibsql(ctx.url);
    const held = ctx.registry.index;
    await importRegistry(other.db, { organizations: [{ slug: 'acme', name: 'Acme', channels: [{ kind: 'domain', value: 'acme.example' }] }] }, ctx.publishing);
    expect(verdictOf(ctx.registry, 'acme.example')).toBe('none');
    await ctx.registry.refresh();
    expect(ctx.registry.index.version).toBe(2);
    expect(verdictOf(ctx.registry, 'acme.example')).toBe('official');
    expect(held.version).toBe(1);
    other.client.close();
  });

  it('keeps the last good version when the newest does not match its digest', async () => {
    await publish(ctx.handle.db, ctx.publishing);
    await ctx.handle.db
      .update(registrySnapshotChunks)
      .set({ data: '{"tampered":true}' })
      .where(eq(registrySnapshotChunks.version, 2));
    await ctx.registry.refresh();
    expect(ctx.registry.index.version).toBe(1);
    expect(ctx.registry.status.problem).toMatch(/does not match its digest/);
    const health = await (await ctx.app.request('/healthz')).json();
    expect(health).toMatchObject({ status: 'degraded', registry: { version: 1 } });
  });
});

describe('snapshotSql', () => {
  it('publishes the newest version into another database, which loads and verifies it', async () => {
    const sql = await snapshotSql(ctx.handle.db);
    expect(sql).toMatch(/^-- Verify registry version 1, digest [0-9a-f]{64}/);
    expect(sql!.split('\n').every((line) => line.length < 100_000)).toBe(true);
    const other = await createTestContext({ registry: null });
    await other.handle.client.executeMultiple(sql!);
    await other.registry.refresh();
    expect(other.registry.index.version).toBe(1);
    expect(other.registry.index.digest).toBe(ctx.registry.index.digest);
    expect(verdictOf(other.registry, 'binance.com')).toBe('official');
    other.close();
  });
});
