/** @module The registry API, the JWKS and signed verdicts over the real app, checked with jose as a partner would. */
import { createLocalJWKSet, flattenedVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySnapshot } from '../../src/core/registry/signed-snapshot.ts';
import { importRegistry } from '../../src/db/import-registry.ts';
import { createSigning } from '../../src/signing.ts';
import { createTestContext, type TestContext } from '../support/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  // Version 2: a channel added, one changed, one revoked, a scam entry added.
  const result = await importRegistry(ctx.handle.db, {
    organizations: [{ slug: 'kraken', name: 'Kraken', channels: [
      { kind: 'domain', value: 'kraken.io' },
      { kind: 'social', platform: 'x', value: 'krakensupport', label: 'Help desk' },
      { kind: 'social', platform: 'x', value: 'krakenfx', status: 'revoked', reason: 'Renamed' },
    ] }],
    scams: [{ kind: 'domain', value: 'kraken-airdrop.example', target: 'kraken', reason: 'Fake airdrop' }],
  }, ctx.publishing);
  if (!result.ok) throw new Error('import failed');
  await ctx.registry.refresh();
});
afterAll(() => ctx.close());

const get = (path: string, headers: Record<string, string> = {}) => ctx.app.request(path, { headers });
const jwks = async () => (await get('/.well-known/jwks.json')).json();
const decode = (payload: Uint8Array) => JSON.parse(new TextDecoder().decode(payload));

describe('GET /.well-known/jwks.json', () => {
  it('publishes the public key, never the private part', async () => {
    const res = await get('/.well-known/jwks.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await res.json();
    expect(body.keys).toEqual([ctx.key.publicJwk]);
    expect(JSON.stringify(body)).not.toContain('"d"');
  });
});

describe('GET /api/v1/registry', () => {
  it('serves the signed snapshot with its digest as ETag, and 304 when the client has it', async () => {
    const res = await get('/api/v1/registry');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/jose+json');
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const etag = res.headers.get('etag');
    expect(etag).toBe(`"${ctx.registry.status.digest}"`);
    const checked = await verifySnapshot(await res.json(), await jwks(), { now: new Date(), previousDigest: undefined });
    expect(checked).toMatchObject({ ok: true, digest: ctx.registry.status.digest, snapshot: { version: 2 } });

    for (const tag of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
      const again = await get('/api/v1/registry', { 'if-none-match': tag });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
    }
    expect((await get('/api/v1/registry', { 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('answers 503 JSON when no version verifies', async () => {
    const empty = await createTestContext({ registry: null });
    const res = await empty.app.request('/api/v1/registry');
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe('no_registry');
    empty.close();
  });
});

describe('GET /api/v1/registry/versions', () => {
  it('lists versions newest first with number, digest, issuedAt, expiresAt and counts', async () => {
    const body = await (await get('/api/v1/registry/versions')).json();
    expect(body.served).toBe(2);
    expect(body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(body.versions[0]).toEqual({
      version: 2, digest: ctx.registry.status.digest, previousDigest: body.versions[1].digest,
      issuedAt: expect.any(String), expiresAt: expect.any(String),
      counts: { organizations: 6, channels: expect.any(Number), scams: 6 },
    });
    expect((await (await get('/api/v1/registry/versions?limit=1&before=2')).json()).versions.map((v: { version: number }) => v.version)).toEqual([1]);
  });

  it.each(['limit=0', 'limit=abc', 'limit=1001', 'before=-1', 'limit=1e3'])('refuses ?%s with a 400 JSON error', async (query) => {
    const res = await get(`/api/v1/registry/versions?${query}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_request', message: expect.any(String) } });
  });
});

describe('GET /api/v1/registry/versions/:n', () => {
  it('serves an older version, verifiable and immutable', async () => {
    const res = await get('/api/v1/registry/versions/1');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    const checked = await verifySnapshot(await res.json(), await jwks(), { now: new Date(), version: 1, previousDigest: null });
    expect(checked.ok && `"${checked.digest}"`).toBe(res.headers.get('etag'));
    expect((await get('/api/v1/registry/versions/1', { 'if-none-match': res.headers.get('etag')! })).status).toBe(304);
  });

  it('answers 404 JSON for a version that does not exist', async () => {
    const res = await get('/api/v1/registry/versions/99');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'version_not_found', message: 'No registry version 99.' } });
  });

  it.each(['0', 'abc', '-1', '1.5', '99999999999', '%00'])('answers 400 JSON for version %s', async (n) => {
    const res = await get(`/api/v1/registry/versions/${n}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error).toEqual({ code: 'invalid_request', message: expect.any(String) });
  });
});

describe('GET /api/v1/registry/changes', () => {
  it('lists channels and scam entries added, changed and revoked since a version', async () => {
    const body = await (await get('/api/v1/registry/changes?since=1')).json();
    expect(body).toMatchObject({ since: 1, version: 2, digest: ctx.registry.status.digest });
    const values = (list: Array<{ value: string }>) => list.map((c) => c.value);
    expect(values(body.channels.added)).toEqual(['kraken.io']);
    expect(values(body.channels.changed)).toEqual(['krakensupport']);
    expect(body.channels.changed[0].label).toBe('Help desk');
    expect(values(body.channels.revoked)).toEqual(['krakenfx']);
    expect(body.channels.revoked[0]).toMatchObject({ status: 'revoked', reason: 'Renamed' });
    expect(body.channels.removed).toEqual([]);
    expect(values(body.scams.added)).toEqual(['kraken-airdrop.example']);
  });

  it('gives everything as added since 0 and nothing since the version served', async () => {
    const all = await (await get('/api/v1/registry/changes?since=0')).json();
    expect(all.organizations.added).toHaveLength(6);
    expect(all.scams.added).toHaveLength(6);
    const none = await (await get('/api/v1/registry/changes?since=2')).json();
    expect([...none.channels.added, ...none.channels.changed, ...none.channels.revoked, ...none.scams.added]).toEqual([]);
  });

  it.each(['', 'since=', 'since=abc', 'since=-1', 'since=3'])('refuses ?%s with a 400 JSON error', async (query) => {
    const res = await get(`/api/v1/registry/changes?${query}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_request');
  });
});

describe('signed verdicts', () => {
  const accept = { accept: 'application/jose+json' };
  const verify = async (res: Response) => {
    expect(res.headers.get('content-type')).toBe('application/jose+json');
    const { payload, protectedHeader } = await flattenedVerify(await res.json(), createLocalJWKSet(await jwks()), { algorithms: ['EdDSA'] });
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: ctx.key.kid, typ: 'verify-verdict+json' });
    return decode(payload);
  };

  it('signs GET answers with the registry version, digest, checkedAt and an expiry', async () => {
    const res = await get('/api/v1/check?q=binance.com', accept);
    expect(res.headers.get('vary')).toBe('Accept');
    const answer = await verify(res);
    expect(answer).toMatchObject({ input: 'binance.com', verdict: 'official', registry: { version: 2, digest: ctx.registry.status.digest } });
    expect(Date.parse(answer.expiresAt) - Date.parse(answer.checkedAt)).toBe(24 * 3600 * 1000);
  });

  it('signs POST and batch answers', async () => {
    const post = (path: string, body: unknown) =>
      ctx.app.request(path, { method: 'POST', headers: { ...accept, 'content-type': 'application/json', authorization: `Bearer ${ctx.apiKey}` }, body: JSON.stringify(body) });
    expect((await verify(await post('/api/v1/check', { input: 'binance-support.xyz' }))).verdict).toBe('known_scam');
    const batch = await verify(await post('/api/v1/check/batch', { items: [{ input: 'binance.com' }, { input: '' }] }));
    expect(batch.results.map((r: { verdict: string }) => r.verdict)).toEqual(['official', 'invalid']);
    expect(batch).toMatchObject({ registry: { version: 2 }, checkedAt: expect.any(String), expiresAt: expect.any(String) });
  });

  it('answers plain JSON without the header or with q=0, and errors stay JSON', async () => {
    expect((await get('/api/v1/check?q=binance.com')).headers.get('content-type')).toMatch(/^application\/json/);
    expect((await get('/api/v1/check?q=binance.com', { accept: 'application/jose+json;q=0, application/json' })).headers.get('content-type')).toMatch(/^application\/json/);
    const bad = await get('/api/v1/check?q=%20', accept);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('empty_input');
  });

  it('answers 406 JSON on a server holding only public keys', async () => {
    const publicOnly = await createTestContext({ signing: await createSigning(undefined, [ctx.signing.jwks]) });
    const res = await publicOnly.app.request('/api/v1/check?q=binance.com', { headers: accept });
    expect(res.status).toBe(406);
    expect((await res.json()).error.code).toBe('not_acceptable');
    publicOnly.close();
  });
});
