/** @module Webhook deliveries to a real receiver on 127.0.0.1: the signed payload (verified with the served JWKS), retries, backoff, the log and disabling. */
import { createLocalJWKSet, flattenedVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { publish } from '../../src/db/registry-versions.ts';
import { addWebhook, deliveriesOf, listWebhooks, removeWebhook } from '../../src/db/webhooks.ts';
import { deliverPublishedVersion, type DeliveryOptions } from '../../src/webhooks/deliver.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { receiverPool } from '../support/receiver.ts';

let ctx: TestContext;
let options: DeliveryOptions;
const receivers = receiverPool();
beforeAll(async () => {
  ctx = await createTestContext();
  options = {
    key: ctx.key, jwks: ctx.signing.jwks, allowLoopback: true,
    maxAttempts: 3, retryBaseMs: 40, retryMaxMs: 100, disableAfter: 2, timeoutMs: 2000,
  };
});
afterEach(async () => {
  for (const hook of await listWebhooks(ctx.handle.db)) await removeWebhook(ctx.handle.db, hook.id);
  await receivers.closeAll();
});
afterAll(() => ctx.close());

const receiver = (statuses?: number[]) => receivers.start(statuses);

describe('deliverPublishedVersion', () => {
  it('posts {version, digest, changes} as a flattened JWS that verifies with the served JWKS', async () => {
    const r = await receiver();
    const hook = await addWebhook(ctx.handle.db, r.url);
    const published = await publish(ctx.handle.db, ctx.publishing);
    const outcomes = await deliverPublishedVersion(ctx.handle.db, published.version, options);
    expect(outcomes).toEqual([{ webhookId: hook.id, url: r.url, delivered: true, attempts: 1, disabled: false, error: null }]);
    expect(r.received).toHaveLength(1);
    const [delivery] = r.received;
    expect(delivery!.headers).toMatchObject({
      'content-type': 'application/jose+json', 'verify-event': 'registry.published', 'verify-delivery': `${hook.id}-${published.version}`, 'verify-attempt': '1',
    });
    const jwks = await (await ctx.app.request('/.well-known/jwks.json')).json();
    const { payload, protectedHeader } = await flattenedVerify(JSON.parse(delivery!.body), createLocalJWKSet(jwks));
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: ctx.key.kid, typ: 'verify-webhook+json' });
    const event = JSON.parse(new TextDecoder().decode(payload));
    expect(event).toMatchObject({ event: 'registry.published', version: published.version, digest: published.digest, previousVersion: published.version - 1 });
    // Nothing changed between the two versions: every list is empty.
    expect(event.changes.channels).toEqual({ added: [], changed: [], revoked: [], removed: [] });
    expect((await deliveriesOf(ctx.handle.db, hook.id)).map((d) => [d.version, d.attempt, d.ok, d.httpStatus])).toEqual([[published.version, 1, true, 200]]);
  });

  it('retries failures with growing, jittered, bounded delays and logs each attempt', async () => {
    const r = await receiver([500, 503, 204]);
    const hook = await addWebhook(ctx.handle.db, r.url);
    const outcomes = await deliverPublishedVersion(ctx.handle.db, 1, options);
    expect(outcomes[0]).toMatchObject({ delivered: true, attempts: 3 });
    expect(r.received.map((d) => d.headers['verify-attempt'])).toEqual(['1', '2', '3']);
    const gaps = [r.received[1]!.at - r.received[0]!.at, r.received[2]!.at - r.received[1]!.at];
    // Retry 1 waits 20–40 ms, retry 2 waits 40–80 ms (base 40, doubled, half of it jitter).
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
    expect(gaps[1]).toBeLessThan(1000);
    const log = await deliveriesOf(ctx.handle.db, hook.id);
    expect(log.map((d) => [d.attempt, d.ok, d.httpStatus, d.error])).toEqual([[1, false, 500, 'HTTP 500'], [2, false, 503, 'HTTP 503'], [3, true, 204, null]]);
  });

  it('uses the configured sleep and jitter source, so backoff is exact when asked', async () => {
    const r = await receiver([500]);
    await addWebhook(ctx.handle.db, r.url);
    const slept: number[] = [];
    await deliverPublishedVersion(ctx.handle.db, 1, { ...options, maxAttempts: 5, retryBaseMs: 1000, retryMaxMs: 5000, disableAfter: 100, sleep: async (ms) => void slept.push(ms), random: () => 1 });
    expect(slept).toEqual([1000, 2000, 4000, 5000]);
  });

  it('disables an endpoint after repeated failed deliveries and then skips it', async () => {
    const failing = await receiver([500]);
    const healthy = await receiver([200]);
    const bad = await addWebhook(ctx.handle.db, failing.url);
    await addWebhook(ctx.handle.db, healthy.url);
    const first = await deliverPublishedVersion(ctx.handle.db, 1, { ...options, maxAttempts: 2 });
    expect(first.find((o) => o.webhookId === bad.id)).toMatchObject({ delivered: false, attempts: 2, disabled: false, error: 'HTTP 500' });
    const second = await deliverPublishedVersion(ctx.handle.db, 1, { ...options, maxAttempts: 2 });
    expect(second.find((o) => o.webhookId === bad.id)).toMatchObject({ delivered: false, disabled: true });
    const [stored] = (await listWebhooks(ctx.handle.db)).filter((h) => h.id === bad.id);
    expect(stored).toMatchObject({ enabled: false, consecutiveFailures: 2, disabledReason: expect.stringContaining('2 deliveries in a row failed') });
    expect(failing.received).toHaveLength(4);
    const third = await deliverPublishedVersion(ctx.handle.db, 1, options);
    expect(third.map((o) => o.url)).toEqual([healthy.url]);
    expect(failing.received).toHaveLength(4);
    expect(healthy.received).toHaveLength(3);
  });

  it('a success clears the failure streak', async () => {
    const r = await receiver([500, 500, 200]);
    const hook = await addWebhook(ctx.handle.db, r.url);
    await deliverPublishedVersion(ctx.handle.db, 1, { ...options, maxAttempts: 1 });
    expect((await listWebhooks(ctx.handle.db))[0]!.consecutiveFailures).toBe(1);
    await deliverPublishedVersion(ctx.handle.db, 1, { ...options, maxAttempts: 2 });
    const [stored] = await listWebhooks(ctx.handle.db);
    expect(stored).toMatchObject({ id: hook.id, enabled: true, consecutiveFailures: 0 });
  });

  it('checks the address again at delivery: without the switch a loopback endpoint is refused and never called', async () => {
    const r = await receiver();
    const hook = await addWebhook(ctx.handle.db, r.url);
    const outcomes = await deliverPublishedVersion(ctx.handle.db, 1, { ...options, allowLoopback: false, maxAttempts: 1 });
    expect(outcomes[0]).toMatchObject({ delivered: false, error: expect.stringMatching(/^refused: .*(https|loopback)/) });
    expect(r.received).toHaveLength(0);
    expect((await deliveriesOf(ctx.handle.db, hook.id))[0]).toMatchObject({ ok: false, httpStatus: null, error: expect.stringContaining('refused') });
  });

  it('refuses a host name that resolves to loopback inside the connection itself', async () => {
    const r = await receiver();
    await addWebhook(ctx.handle.db, r.url.replace('127.0.0.1', 'localhost').replace('http:', 'https:'));
    const outcomes = await deliverPublishedVersion(ctx.handle.db, 1, { ...options, allowLoopback: false, maxAttempts: 1 });
    expect(outcomes[0]).toMatchObject({ delivered: false, error: expect.stringContaining('loopback') });
    expect(r.received).toHaveLength(0);
  });

  it('counts a receiver that does not answer in time as a failure', async () => {
    const { createServer } = await import('node:http');
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      await addWebhook(ctx.handle.db, `http://127.0.0.1:${port}/hook`);
      const outcomes = await deliverPublishedVersion(ctx.handle.db, 1, { ...options, maxAttempts: 1, timeoutMs: 200 });
      expect(outcomes[0]).toMatchObject({ delivered: false, error: 'no answer within 200 ms' });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});
