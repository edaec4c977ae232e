/** @module After a publish, the publishing process (CLI or Node server) delivers the newest version and reports each endpoint. */
import type { Config } from '../config.ts';
import type { AppDatabase } from '../db/database.ts';
import { latestVersion } from '../db/registry-versions.ts';
import type { Signing } from '../signing.ts';
import { deliverPublishedVersion, type DeliveryOutcome } from './deliver.ts';
import { deliveryOptions } from './delivery-options.ts';

/** One line per endpoint on stderr, so a command's stdout stays its answer. */
export function reportOutcomes(version: number, outcomes: DeliveryOutcome[]): void {
  for (const o of outcomes) {
    const text = o.delivered ? `delivered (attempt ${o.attempts})` : `FAILED after ${o.attempts} attempts: ${o.error}${o.disabled ? '; the endpoint is now disabled' : ''}`;
    console.error(`Webhook ${o.webhookId} ${o.url}: version ${version} ${text}.`);
  }
}

/** Delivers the newest version and reports each endpoint. */
export async function notifyWebhooks(db: AppDatabase, config: Config, signing: Signing): Promise<void> {
  const version = await latestVersion(db);
  if (version === null) return;
  reportOutcomes(version, await deliverPublishedVersion(db, version, deliveryOptions(config, signing)));
}
