/** @module Signing and verifying snapshots with real Ed25519 keys: round trip, tampering, chain, expiry, wrong keys, key formats. */
import { base64url, exportPKCS8, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { readRegistryFile } from '../../src/core/registry/file.ts';
import { DAY_MS, signSnapshot, verifySnapshot } from '../../src/core/registry/signed-snapshot.ts';
import { createSnapshot, type RegistrySnapshot } from '../../src/core/registry/snapshot.ts';
import { JWS_TYPES, signJson } from '../../src/core/signing/jws.ts';
import { parseJwks } from '../../src/core/signing/jwks.ts';
import { generateSigningJwk, importSigningKey } from '../../src/core/signing/signing-key.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createSigning } from '../../src/signing.ts';
import { readSample } from '../support/context.ts';
import { otherKey, testKey } from '../support/signing.ts';

const NOW = new Date('2026-06-01T00:00:00Z');

async function sampleSnapshot(meta: Partial<RegistrySnapshot> = {}): Promise<RegistrySnapshot> {
  const read = readRegistryFile(await readSample());
  if (!read.ok) throw new Error('sample is invalid');
  return { ...createSnapshot(read.content, { version: 1, issuedAt: NOW.toISOString(), expiresAt: new Date(NOW.getTime() + 30 * DAY_MS).toISOString(), previousDigest: null }), ...meta };
}

const jwksOf = async () => (await createSigning((await testKey()).text)).jwks;

describe('snapshot signatures', () => {
  it('round-trips: a signed snapshot verifies, with its digest, kid and header', async () => {
    const { key } = await testKey();
    const snapshot = await sampleSnapshot();
    const signed = await signSnapshot(snapshot, key);
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(signed.jws.protected)));
    expect(header).toEqual({ alg: 'EdDSA', kid: key.kid, typ: 'verify-registry+json' });
    const result = await verifySnapshot(signed.jws, await jwksOf(), { now: NOW, version: 1, previousDigest: null });
    expect(result).toMatchObject({ ok: true, digest: signed.digest, kid: key.kid });
    expect(result.ok && result.snapshot).toEqual(snapshot);
  });

  it('refuses a tampered payload, even one re-encoded canonically', async () => {
    const signed = await signSnapshot(await sampleSnapshot(), (await testKey()).key);
    const forged = signed.text.replace('"binance.com"', '"binance-login.com"');
    expect(forged).not.toBe(signed.text);
    const result = await verifySnapshot({ ...signed.jws, payload: base64url.encode(forged) }, await jwksOf(), { now: NOW });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/signature does not verify/) });
  });

  it('refuses a tampered signature and a tampered protected header', async () => {
    const signed = await signSnapshot(await sampleSnapshot(), (await testKey()).key);
    const flipped = signed.jws.signature.startsWith('A') ? `B${signed.jws.signature.slice(1)}` : `A${signed.jws.signature.slice(1)}`;
    expect((await verifySnapshot({ ...signed.jws, signature: flipped }, await jwksOf(), { now: NOW })).ok).toBe(false);
    const header = base64url.encode(JSON.stringify({ alg: 'EdDSA', kid: (await testKey()).key.kid, typ: 'verify-registry+json', x: 1 }));
    expect((await verifySnapshot({ ...signed.jws, protected: header }, await jwksOf(), { now: NOW })).ok).toBe(false);
    expect((await verifySnapshot({ payload: 'x' }, await jwksOf(), { now: NOW })).ok).toBe(false);
    expect((await verifySnapshot('not a jws', await jwksOf(), { now: NOW })).ok).toBe(false);
  });

  it('refuses a broken chain and a version stored under another number', async () => {
    const signed = await signSnapshot(await sampleSnapshot({ version: 2, previousDigest: 'a'.repeat(64) }), (await testKey()).key);
    const jwks = await jwksOf();
    expect(await verifySnapshot(signed.jws, jwks, { now: NOW, previousDigest: 'a'.repeat(64), version: 2 })).toMatchObject({ ok: true });
    expect(await verifySnapshot(signed.jws, jwks, { now: NOW, previousDigest: 'b'.repeat(64) })).toEqual({ ok: false, reason: expect.stringMatching(/hash chain is broken/) });
    expect(await verifySnapshot(signed.jws, jwks, { now: NOW, version: 3 })).toEqual({ ok: false, reason: expect.stringMatching(/says version 2/) });
  });

  it('refuses an expired snapshot unless told to accept it', async () => {
    const signed = await signSnapshot(await sampleSnapshot(), (await testKey()).key);
    const later = new Date(NOW.getTime() + 31 * DAY_MS);
    expect(await verifySnapshot(signed.jws, await jwksOf(), { now: later })).toEqual({ ok: false, reason: expect.stringMatching(/expired at/) });
    expect((await verifySnapshot(signed.jws, await jwksOf(), { now: later, allowExpired: true })).ok).toBe(true);
  });

  it('refuses a snapshot signed with a key not in the JWKS, and a verdict passed off as a snapshot', async () => {
    const snapshot = await sampleSnapshot();
    const byStranger = await signSnapshot(snapshot, await otherKey());
    expect(await verifySnapshot(byStranger.jws, await jwksOf(), { now: NOW })).toEqual({ ok: false, reason: expect.stringMatching(/no trusted public key/) });
    // Same kid, another key's x: the signature cannot verify.
    const stranger = await otherKey();
    const lying = { keys: [{ ...stranger.publicJwk, kid: (await testKey()).key.kid }] };
    expect((await verifySnapshot((await signSnapshot(snapshot, (await testKey()).key)).jws, lying, { now: NOW })).ok).toBe(false);
    const verdict = await signJson(snapshot, (await testKey()).key, JWS_TYPES.verdict);
    expect(await verifySnapshot(verdict, await jwksOf(), { now: NOW })).toEqual({ ok: false, reason: expect.stringMatching(/typed "verify-verdict\+json"/) });
  });
});

describe('signing keys', () => {
  it('imports a private JWK and a PKCS#8 PEM of the same key to the same kid', async () => {
    const { privateKey } = await generateKeyPair('Ed25519', { extractable: true });
    const pem = await exportPKCS8(privateKey);
    const fromPem = await importSigningKey(pem);
    const jwk = await generateSigningJwk();
    const fromJwk = await importSigningKey(JSON.stringify(jwk));
    expect(fromJwk.kid).toBe(jwk.kid);
    expect(fromPem.publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: expect.any(String), kid: fromPem.kid, alg: 'EdDSA', use: 'sig' });
  });

  it('refuses malformed keys with a reason, and a JWK whose x is not its d', async () => {
    await expect(importSigningKey('nope')).rejects.toThrow(/neither a private JWK/);
    await expect(importSigningKey('{"kty":"RSA"}')).rejects.toThrow(/not an Ed25519 key/);
    const jwk = await generateSigningJwk();
    await expect(importSigningKey(JSON.stringify({ ...jwk, d: undefined }))).rejects.toThrow(/not a private key/);
    await expect(importSigningKey(JSON.stringify({ ...jwk, x: (await generateSigningJwk()).x }))).rejects.toThrow(/"x" is not the public key|does not import/);
    await expect(importSigningKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).rejects.toThrow(/PKCS#8/);
  });

  it('names REGISTRY_SIGNING_KEY in configuration errors without echoing the key', async () => {
    const jwk = await generateSigningJwk();
    const broken = JSON.stringify({ ...jwk, kty: 'EC' });
    expect(() => loadConfig({ REGISTRY_SIGNING_KEY: broken })).toThrow(ConfigError);
    try {
      loadConfig({ REGISTRY_SIGNING_KEY: broken });
    } catch (error) {
      expect((error as Error).message).toContain('REGISTRY_SIGNING_KEY=(value hidden)');
      expect((error as Error).message).not.toContain(jwk.d);
    }
    await expect(createSigning(JSON.stringify({ ...jwk, x: (await generateSigningJwk()).x }))).rejects.toThrow(/REGISTRY_SIGNING_KEY=\(value hidden\)/);
    expect(() => loadConfig({ REGISTRY_JWKS: JSON.stringify({ keys: [jwk] }) })).toThrow(/public keys only/);
    expect(loadConfig({ REGISTRY_SIGNING_KEY: JSON.stringify(jwk) }).REGISTRY_EXPIRY_DAYS).toBe(30);
  });

  it('parses a JWKS of public keys', async () => {
    const { publicJwk } = (await testKey()).key;
    expect(parseJwks(JSON.stringify({ keys: [publicJwk] }))).toEqual({ ok: true, jwks: { keys: [publicJwk] } });
    expect(parseJwks('{')).toEqual({ ok: false, problem: 'not JSON' });
  });
});
