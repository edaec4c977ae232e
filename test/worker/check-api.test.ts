/** @module The Worker entry inside workerd: D1 seeded with the signed sample registry, then the public API and signatures end to end. */
import { createLocalJWKSet, flattenedVerify } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedApiKey, seedSampleRegistry } from './seed.ts';
import { testEnv, worker } from './worker-env.ts';

const BASE = 'https://verify.test';

interface Json {
  [key: string]: any;
}

async function get(path: string): Promise<{ status: number; body: Json }> {
  const res = await worker.fetch(`${BASE}${path}`);
  return { status: res.status, body: await res.json() };
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> {
  const res = await worker.fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

// Storage is isolated per test file (vitest-pool-workers 0.13+), not per test: one seed serves every test below.
// It must run before the first request, which is when the Worker loads the newest version.
let partnerKey: string;
beforeAll(async () => {
  await seedSampleRegistry(testEnv.DB, testEnv.REGISTRY_SIGNING_KEY!);
  partnerKey = await seedApiKey(testEnv.DB, 'worker partner', 600);
});

describe('Worker on D1', () => {
  it('reports healthy with the seeded version', async () => {
    const { status, body } = await get('/healthz');
    expect(status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.registry.version).toBe(1);
    expect(body.registry.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers official for a registered domain (GET)', async () => {
    const { status, body } = await get(`/api/v1/check?q=${encodeURIComponent('https://www.binance.com/en/login')}`);
    expect(status).toBe(200);
    expect(body.verdict).toBe('official');
    expect(body.organization.slug).toBe('binance');
    expect(body.registry.version).toBe(1);
  });

  it('answers known_scam for a listed scam domain (POST)', async () => {
    const { status, body } = await post('/api/v1/check', { input: 'binance-support.xyz' });
    expect(status).toBe(200);
    expect(body.verdict).toBe('known_scam');
    expect(body.scam.target.slug).toBe('binance');
  });

  it('answers lookalike with an explanation for a homoglyph domain', async () => {
    const { status, body } = await get(`/api/v1/check?q=${encodeURIComponent('bіnance.com')}`);
    expect(status).toBe(200);
    expect(body.verdict).toBe('lookalike');
    expect(body.matches[0]).toMatchObject({ organization: { slug: 'binance' }, reasons: ['homoglyph', 'mixed_script'], severity: 'danger' });
    expect(body.matches[0].explanation).toContain('U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I');
  });

  it('answers not_official for an unknown domain', async () => {
    const { status, body } = await post('/api/v1/check', { input: 'totally-unrelated.example' });
    expect(status).toBe(200);
    expect(body.verdict).toBe('not_official');
    expect(body.organization).toBeUndefined();
  });

  it('refuses empty input with a JSON error', async () => {
    const { status, body } = await post('/api/v1/check', { input: '   ' });
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(body.error.code).toBe('empty_input');
  });

  it('answers a batch in order', async () => {
    const inputs = ['binance.com', 'binance-support.xyz', 'totally-unrelated.example'];
    const { status, body } = await post('/api/v1/check/batch', { items: inputs.map((input) => ({ input })) }, { 'x-api-key': partnerKey });
    expect(status).toBe(200);
    expect(body.results).toHaveLength(3);
    expect(body.results.map((r: Json) => r.input)).toEqual(inputs);
    expect(body.results.map((r: Json) => r.verdict)).toEqual(['official', 'known_scam', 'not_official']);
  });

  it('lists an organization with its channels', async () => {
    const { status, body } = await get('/api/v1/organizations/binance');
    expect(status).toBe(200);
    expect(body.organization.slug).toBe('binance');
    expect(body.organization.channels.length).toBeGreaterThan(0);
    expect(body.organization.channels).toContainEqual(expect.objectContaining({ kind: 'domain', normalized: 'binance.com', status: 'active' }));
    expect(body.registry.version).toBe(1);
  });

  it('answers 404 JSON for an unknown organization', async () => {
    const { status, body } = await get('/api/v1/organizations/no-such-org');
    expect(status).toBe(404);
    expect(body.error.code).toBe('organization_not_found');
  });
});

describe('Worker signatures', () => {
  it('serves the signed snapshot, verifiable against its JWKS, with ETag and 304', async () => {
    const jwks = createLocalJWKSet(await (await worker.fetch(`${BASE}/.well-known/jwks.json`)).json());
    const res = await worker.fetch(`${BASE}/api/v1/registry`);
    expect(res.status).toBe(200);
    const { payload, protectedHeader } = await flattenedVerify(await res.json(), jwks, { algorithms: ['EdDSA'] });
    expect(protectedHeader?.typ).toBe('verify-registry+json');
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({ version: 1, previousDigest: null });
    const etag = res.headers.get('etag')!;
    expect((await worker.fetch(`${BASE}/api/v1/registry`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('signs a verdict when asked for application/jose+json', async () => {
    const jwks = createLocalJWKSet(await (await worker.fetch(`${BASE}/.well-known/jwks.json`)).json());
    const res = await worker.fetch(`${BASE}/api/v1/check?q=binance.com`, { headers: { accept: 'application/jose+json' } });
    expect(res.headers.get('content-type')).toBe('application/jose+json');
    const { payload } = await flattenedVerify(await res.json(), jwks, { algorithms: ['EdDSA'] });
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({ verdict: 'official', registry: { version: 1 }, expiresAt: expect.any(String) });
  });
});
