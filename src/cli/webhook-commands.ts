/** @module `webhooks add|list|remove`: the endpoints told about every published version. */
import type { Config } from '../config.ts';
import type { AppDatabase } from '../db/database.ts';
import { addWebhook, lastAttemptOf, listWebhooks, removeWebhook } from '../db/webhooks.ts';
import { endpointAllowed } from '../webhooks/endpoint-policy.ts';
import { parseId } from './key-commands.ts';

export async function addWebhookCommand(db: AppDatabase, config: Config, url: string): Promise<number> {
  const allowed = await endpointAllowed(url, { allowLoopback: config.WEBHOOKS_ALLOW_LOOPBACK });
  if (!allowed.ok) {
    console.error(`Refused ${url}: ${allowed.reason}.`);
    return 1;
  }
  const hook = await addWebhook(db, new URL(url).href);
  console.log(
    `Added webhook ${hook.id} for ${hook.url}. Deliveries are flattened JWS (typ verify-webhook+json) signed with the registry key;` +
      ' verify them with /.well-known/jwks.json.',
  );
  return 0;
}

export async function listWebhooksCommand(db: AppDatabase): Promise<number> {
  const hooks = await listWebhooks(db);
  if (!hooks.length) console.log('No webhooks. Add one with: webhooks add https://…');
  for (const hook of hooks) {
    const last = await lastAttemptOf(db, hook.id);
    const state = hook.enabled ? `enabled, ${hook.consecutiveFailures} failed deliveries in a row` : `DISABLED ${hook.disabledAt}: ${hook.disabledReason}`;
    const lastText = last ? `last attempt: version ${last.version} #${last.attempt} ${last.ok ? 'ok' : `failed (${last.error})`} at ${last.at}` : 'never delivered';
    console.log(`${hook.id}\t${hook.url}\t${state}\t${lastText}`);
  }
  return 0;
}

export async function removeWebhookCommand(db: AppDatabase, idText: string | undefined): Promise<number> {
  const id = parseId(idText);
  if (id === null) {
    console.error(`Give a webhook id (from webhooks list), not ${JSON.stringify(idText ?? '')}.`);
    return 2;
  }
  if (!(await removeWebhook(db, id))) {
    console.error(`No webhook ${id}.`);
    return 1;
  }
  console.log(`Removed webhook ${id} and its delivery log.`);
  return 0;
}
