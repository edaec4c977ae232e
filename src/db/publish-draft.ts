/** @module Publishing the draft as the next signed version on an admin's behalf, with its audit entry. */
import type { AdminActor } from '../core/admin/roles.ts';
import type { JsonWebKeySet } from '../core/signing/jwks.ts';
import { appendAudit } from './audit-log.ts';
import type { AppDatabase } from './database.ts';
import { publish, type PublishedVersion, type PublishOptions } from './registry-versions.ts';
import { newestVersionProblem } from './verified-versions.ts';

export type PublishDraftResult = { ok: true; published: PublishedVersion } | { ok: false; reason: string };

/** The audit entry of a publish, the same from the API and the CLI. */
export function recordPublish(db: AppDatabase, actor: AdminActor, published: PublishedVersion): Promise<void> {
  return appendAudit(db, {
    actor, action: 'registry.publish', target: `version:${published.version}`,
    before: published.version > 1 ? { version: published.version - 1 } : null, after: published,
  });
}

/**
 * Publishes the draft unless the newest stored version fails to verify (chaining onto a forged version
 * would make every later one unservable). The audit entry follows the version: publishing stores its own batch.
 */
export async function publishDraft(db: AppDatabase, actor: AdminActor, options: PublishOptions & { jwks: JsonWebKeySet }): Promise<PublishDraftResult> {
  const problem = await newestVersionProblem(db, options.jwks);
  if (problem) return { ok: false, reason: `the newest stored version does not verify (${problem})` };
  const published = await publish(db, options);
  await recordPublish(db, actor, published);
  return { ok: true, published };
}
