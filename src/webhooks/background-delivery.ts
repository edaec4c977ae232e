/** @module Webhook deliveries for versions the admin API publishes on Node: started beside the answer, never awaited by it. */
import type { Context } from 'hono';
import type { AppDatabase } from '../db/database.ts';
import { deliverPublishedVersion, type DeliveryOptions } from './deliver.ts';
import { reportOutcomes } from './notify.ts';

/**
 * The Node server's `afterPublish`: retries can take minutes, so the publisher gets its answer at once and
 * each endpoint's outcome goes to the log (every attempt is also a row in webhook_deliveries).
 * @example createApp({ ..., afterPublish: deliverInBackground(db, deliveryOptions(config, signing)) })
 */
export function deliverInBackground(db: AppDatabase, options: DeliveryOptions): (c: Context, version: number) => void {
  return function deliverPublished(_c, version) {
    deliverPublishedVersion(db, version, options).then(
      (outcomes) => reportOutcomes(version, outcomes),
      (error: unknown) => console.error(`Webhooks: version ${version} was not delivered: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
}
