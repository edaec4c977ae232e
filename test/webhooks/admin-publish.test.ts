/** @module A publish through the admin API delivers the new version to the webhooks, in the background, as the CLI's publish does. */
import type { Context } from 'hono';
import { createLocalJWKSet, flattenedVerify } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAdminToken } from '../../src/db/admin-tokens.ts';
import { addWebhook, deliveriesOf, listWebhooks, removeWebhook } from '../../src/db/webhooks.ts';
import { loadConfig } from '../../src/config.ts';
import { deliverInBackground } from '../../src/webhooks/background-delivery.ts';
import { deliveryOptions } from '../../src/webhooks/delivery-options.ts';
import { adminClient } from '../support/admin.ts';
import { createTestContext, type TestContext } from '../support/context.ts';
import { receiverPool } from '../support/receiver.ts';

let ctx: TestContext;
let admin: ReturnType<typeof adminClient>;
const receivers = receiverPool();
/** Bound once the test database exists: the app is built with a hook that calls it. */
let afterPublish: (c: Context, version: number) => void = () => {};

beforeAll(async () => {
  ctx = await createTestContext({ deps: { afterPublish: (c, version) => afterPublish(c, version) } });
  // Wired as the Node server wires it, from the configuration; loopback allowed by the test-only switch.
  const config = loadConfig({ WEBHOOKS_ALLOW_LOOPBACK: 'true', WEBHOOK_MAX_ATTEMPTS: '2', WEBHOOK_RETRY_BASE_MS: '20', WEBHOOK_RETRY_MAX_MS: '40', WEBHOOK_TIMEOUT_MS: '2000' });
  afterPublish = deliverInBackground(ctx.handle.db, deliveryOptions(config, ctx.signing));
  admin = adminClient(ctx.app, (await createAdminToken(ctx.handle.db, 'webhook publisher', 'publisher')).token);
});
afterEach(async () => {
  for (const hook of await listWebhooks(ctx.handle.db)) await removeWebhook(ctx.handle.db, hook.id);
  await receivers.closeAll();
  vi.restoreAllMocks();
});
afterAll(() => ctx.close());

const receiver = (statuses?: number[]) => receivers.start(statuses);

describe('POST /api/v1/admin/publish', () => {
  it('delivers the published version, signed, with its changes, to a receiver on 127.0.0.1', async () => {
    const r = await receiver();
    const hook = await addWebhook(ctx.handle.db, r.url);
    const added = await admin.post('/organizations/kraken/channels', { kind: 'domain', value: 'kraken.example' });
    expect(added.status).toBe(201);
    const published = await admin.post('/publish');
    expect(published.status).toBe(201);
    const { version, digest } = published.body.published;

    await vi.waitFor(() => expect(r.received).toHaveLength(1), { timeout: 5000, interval: 20 });
    const [delivery] = r.received;
    expect(delivery!.headers).toMatchObject({ 'content-type': 'application/jose+json', 'verify-event': 'registry.published', 'verify-delivery': `${hook.id}-${version}` });
    const jwks = await (await ctx.app.request('/.well-known/jwks.json')).json();
    const { payload, protectedHeader } = await flattenedVerify(JSON.parse(delivery!.body), createLocalJWKSet(jwks));
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'verify-webhook+json' });
    const event = JSON.parse(new TextDecoder().decode(payload));
    expect(event).toMatchObject({ event: 'registry.published', version, digest, previousVersion: version - 1 });
    expect(event.changes.channels.added).toEqual([expect.objectContaining({ organization: 'kraken', value: 'kraken.example' })]);
    await vi.waitFor(async () => expect((await deliveriesOf(ctx.handle.db, hook.id)).map((d) => [d.version, d.ok])).toEqual([[version, true]]));
  });

  it('answers without waiting for the endpoints, and logs a delivery that failed', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = await receiver([500]);
    const hook = await addWebhook(ctx.handle.db, r.url);
    const published = await admin.post('/publish');
    expect(published.status).toBe(201);
    // The answer came before the retry: delivery runs behind it.
    expect(r.received.length).toBeLessThan(2);
    const { version } = published.body.published;
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith(expect.stringContaining(`version ${version} FAILED after 2 attempts: HTTP 500`)), { timeout: 5000, interval: 20 });
    expect((await deliveriesOf(ctx.handle.db, hook.id)).map((d) => [d.attempt, d.ok, d.httpStatus])).toEqual([[1, false, 500], [2, false, 500]]);
  });
});
