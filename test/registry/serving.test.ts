/** @module Serving only what verifies: rows edited behind the service's back, forged or unsigned versions, expiry and key rotation. */
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { DAY_MS } from '../../src/core/registry/signed-snapshot.ts';
import { sha256Hex } from '../../src/core/registry/snapshot.ts';
import { mergeJwks } from '../../src/core/signing/jwks.ts';
import { publish, readStoredVersion } from '../../src/db/registry-versions.ts';
import { channels, registrySnapshotChunks, registryVersions } from '../../src/db/schema.ts';
import { RegistryHolder } from '../../src/registry-holder.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { otherKey } from '../support/signing.ts';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(() => ctx.close());

const verdict = async (q: string, app = ctx.app) => (await (await app.request(`/api/v1/check?q=${encodeURIComponent(q)}`)).json()).verdict;
const health = async (app = ctx.app) => (await app.request('/healthz')).json();

/** A server started now on the same database: it holds nothing until a version verifies. */
const freshHolder = (jwks = ctx.signing.jwks, now?: () => number) => new RegistryHolder(ctx.handle.db, jwks, now);
const appOver = (registry: RegistryHolder) => createApp({ registry, db: ctx.handle.db, signing: ctx.signing, publicRateLimit: 1000, clientAddress: () => 'test' });

describe('a database edited without the signing key', () => {
  it('never makes a channel added or re-activated in the channels table official, even after publishing with another key', async () => {
    await ctx.handle.db.insert(channels).values({ organization: 'binance', kind: 'domain', value: 'binance-secure-login.com', display: 'binance-secure-login.com' });
    await ctx.handle.db.update(channels).set({ status: 'active', reason: null, revokedAt: null }).where(eq(channels.value, 'binance.info'));
    await ctx.registry.refresh();
    expect(await verdict('binance-secure-login.com')).not.toBe('official');
    expect(await verdict('binance.info')).toBe('revoked');

    // The attacker publishes the edited tables as version 2, signed with a key of their own.
    await publish(ctx.handle.db, { key: await otherKey() });
    await ctx.registry.refresh();
    expect(ctx.registry.index.version).toBe(1);
    expect(await verdict('binance-secure-login.com')).not.toBe('official');
    expect(await verdict('binance.info')).toBe('revoked');
    expect(await health()).toMatchObject({ status: 'degraded', registry: { version: 1 }, problem: expect.stringMatching(/refused version 2: .*no trusted public key/) });
  });

  it('refuses a new version forged from stored chunks with a matching digest and the old signature', async () => {
    const v1 = (await readStoredVersion(ctx.handle.db, 1))!;
    const text = v1.text.replace('"binance.info"', '"binance-secure-login.com"').replace(/"version":1}$/, '"version":2}');
    const row = { ...v1.row, version: 2, previousDigest: v1.row.digest, digest: await sha256Hex(text) };
    await ctx.handle.db.batch([ctx.handle.db.insert(registryVersions).values(row), ctx.handle.db.insert(registrySnapshotChunks).values({ version: 2, seq: 0, data: text })]);
    await ctx.registry.refresh();
    expect(ctx.registry.index.version).toBe(1);
    expect(ctx.registry.status.problem).toMatch(/signature does not verify/);
    expect(await verdict('binance-secure-login.com')).not.toBe('official');
  });

  it('serves nothing official when the only version was edited in place, and says why', async () => {
    const { text } = (await readStoredVersion(ctx.handle.db, 1))!;
    const edited = text.replace('"binance.info"', '"binance-secure-login.com"');
    await ctx.handle.db.update(registrySnapshotChunks).set({ data: edited }).where(and(eq(registrySnapshotChunks.version, 1), eq(registrySnapshotChunks.seq, 0)));
    // Even with the digest column brought in line, the signature gives it away.
    await ctx.handle.db.update(registryVersions).set({ digest: await sha256Hex(edited) }).where(eq(registryVersions.version, 1));
    const holder = freshHolder();
    await holder.refresh();
    expect(holder.index.version).toBe(0);
    expect(holder.status.problem).toMatch(/refused version 1: .*signature does not verify/);
    const app = appOver(holder);
    for (const q of ['binance-secure-login.com', 'binance.com', 'https://t.me/binanceexchange']) expect(await verdict(q, app)).toBe('not_official');
    expect(await health(app)).toMatchObject({ status: 'degraded', registry: { version: 0 }, problem: expect.stringMatching(/signature/) });
  });

  it('refuses versions published before signatures existed', async () => {
    await publish(ctx.handle.db, ctx.publishing);
    await ctx.handle.db.update(registryVersions).set({ jwsProtected: null, jwsSignature: null }).where(eq(registryVersions.version, 2));
    await ctx.registry.refresh();
    expect(ctx.registry.index.version).toBe(1);
    expect(ctx.registry.status.problem).toMatch(/version 2 is not signed/);
  });
});

describe('expiry', () => {
  it('refuses a version that has already expired', async () => {
    await publish(ctx.handle.db, { ...ctx.publishing, now: () => new Date(Date.now() - 40 * DAY_MS) });
    await ctx.registry.refresh();
    expect(ctx.registry.index.version).toBe(1);
    expect(ctx.registry.status.problem).toMatch(/version 2 expired at/);
  });

  it('stops serving a held version once it expires, rather than serve a stale registry', async () => {
    let now = Date.now();
    const holder = freshHolder(ctx.signing.jwks, () => now);
    await holder.refresh();
    expect(holder.index.version).toBe(1);
    now += 31 * DAY_MS;
    await holder.refresh();
    expect(holder.index.version).toBe(0);
    expect(holder.status.problem).toMatch(/version 1 expired at/);
    expect(await verdict('binance.com', appOver(holder))).toBe('not_official');
  });

  it('sets expiresAt from REGISTRY_EXPIRY_DAYS', async () => {
    const published = await publish(ctx.handle.db, { ...ctx.publishing, expiryDays: 7 });
    expect(Date.parse(published.expiresAt) - Date.parse(published.issuedAt)).toBe(7 * DAY_MS);
  });
});

describe('key rotation', () => {
  it('keeps old versions verifying with the retired key trusted, and needs it for the chain', async () => {
    const next = await otherKey();
    await publish(ctx.handle.db, { key: next });
    const rotated = mergeJwks({ keys: [next.publicJwk] }, ctx.signing.jwks);
    const holder = freshHolder(rotated);
    await holder.refresh();
    expect(holder.status).toMatchObject({ version: 2, problem: null });

    // Without the retired key, version 1 (the previous link) cannot be checked, so version 2 is refused too.
    const forgetful = freshHolder({ keys: [next.publicJwk] });
    await forgetful.refresh();
    expect(forgetful.index.version).toBe(0);
    expect(forgetful.status.problem).toMatch(/chain cannot be checked: version 1: .*no trusted public key/);
  });
});
