/** @module Delivery settings from the configuration, shared by the CLI and the Node server (the processes that publish). */
import type { Config } from '../config.ts';
import type { Signing } from '../signing.ts';
import type { DeliveryOptions } from './deliver.ts';

export function deliveryOptions(config: Config, signing: Signing): DeliveryOptions {
  if (!signing.key) throw new Error('webhook deliveries are signed: a signing key is needed');
  return {
    key: signing.key,
    jwks: signing.jwks,
    allowLoopback: config.WEBHOOKS_ALLOW_LOOPBACK,
    maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
    retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
    retryMaxMs: config.WEBHOOK_RETRY_MAX_MS,
    disableAfter: config.WEBHOOK_DISABLE_AFTER,
    timeoutMs: config.WEBHOOK_TIMEOUT_MS,
  };
}
