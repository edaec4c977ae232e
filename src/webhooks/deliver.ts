/** @module Delivering a published version to every enabled endpoint: retries with backoff, a log row per attempt, disabling after repeated failures. */
import { JOSE_JSON } from '../core/signing/jws.ts';
import type { JsonWebKeySet } from '../core/signing/jwks.ts';
import type { SigningKey } from '../core/signing/signing-key.ts';
import type { AppDatabase } from '../db/database.ts';
import { enabledWebhooks, logAttempt, markDelivered, markFailed, type WebhookRecord } from '../db/webhooks.ts';
import { backoffDelay } from './backoff.ts';
import { endpointAllowed, type EndpointPolicy } from './endpoint-policy.ts';
import { signedPublishedEvent } from './payload.ts';
import { sendWebhook } from './send.ts';

export interface DeliveryOptions extends EndpointPolicy {
  key: SigningKey;
  jwks: JsonWebKeySet;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  disableAfter: number;
  timeoutMs: number;
  /** Tests replace waiting and randomness; production uses timers and Math.random. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface DeliveryOutcome {
  webhookId: number;
  url: string;
  delivered: boolean;
  attempts: number;
  disabled: boolean;
  error: string | null;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function deliverTo(db: AppDatabase, hook: WebhookRecord, version: number, body: string, options: DeliveryOptions): Promise<DeliveryOutcome> {
  const sleep = options.sleep ?? wait;
  let error: string | null = null;
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    if (attempt > 1) await sleep(backoffDelay(attempt - 1, { baseMs: options.retryBaseMs, maxMs: options.retryMaxMs }, options.random));
    const started = Date.now();
    // Checked again before every attempt: the name may resolve elsewhere than when it was registered.
    const allowed = await endpointAllowed(hook.url, options);
    const result = allowed.ok
      ? await sendWebhook(hook.url, body, {
          'Content-Type': JOSE_JSON,
          'User-Agent': 'Verify-Webhooks/1',
          'Verify-Event': 'registry.published',
          'Verify-Delivery': `${hook.id}-${version}`,
          'Verify-Attempt': String(attempt),
        }, options, options.timeoutMs)
      : { ok: false, status: null, error: `refused: ${allowed.reason}` };
    await logAttempt(db, { webhookId: hook.id, version, attempt, ok: result.ok, httpStatus: result.status, error: result.error, at: new Date(started).toISOString(), durationMs: Date.now() - started });
    if (result.ok) {
      await markDelivered(db, hook.id);
      return { webhookId: hook.id, url: hook.url, delivered: true, attempts: attempt, disabled: false, error: null };
    }
    error = result.error;
  }
  const disabled = await markFailed(db, hook.id, options.disableAfter, error ?? 'failed');
  return { webhookId: hook.id, url: hook.url, delivered: false, attempts: options.maxAttempts, disabled, error };
}

/**
 * Tells every enabled endpoint about `version`, all in parallel; resolves when each has succeeded or
 * used up its attempts. Returns one outcome per endpoint (none when no endpoint is registered).
 */
export async function deliverPublishedVersion(db: AppDatabase, version: number, options: DeliveryOptions): Promise<DeliveryOutcome[]> {
  const hooks = await enabledWebhooks(db);
  if (!hooks.length) return [];
  const signed = await signedPublishedEvent(db, version, options.key, options.jwks);
  if (!signed) throw new Error(`version ${version} does not verify: nothing was delivered`);
  const body = JSON.stringify(signed.jws);
  return Promise.all(hooks.map((hook) => deliverTo(db, hook, version, body, options)));
}
