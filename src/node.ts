/** @module Node entry: the embedded libSQL database, static files from public/, and the HTTP server. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { importRegistry } from './db/import-registry.ts';
import { openLibsql } from './db/libsql.ts';
import { latestVersion } from './db/registry-versions.ts';
import { loadNodeSigning } from './keys/node-signing.ts';
import { nodeStaticFiles } from './node-static-files.ts';
import { UsageRecorder } from './partner/usage-recorder.ts';
import { RegistryHolder } from './registry-holder.ts';
import { deliverInBackground } from './webhooks/background-delivery.ts';
import { deliveryOptions } from './webhooks/delivery-options.ts';
import { notifyWebhooks } from './webhooks/notify.ts';

/** How often a server looks for a version published by another process (the promise is 5 s). */
const REFRESH_MS = 2000;
const PUBLIC_DIR = fileURLToPath(new URL('../public', import.meta.url));
const SAMPLE_REGISTRY = new URL('./sample/registry.json', import.meta.url);

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const signing = await loadNodeSigning(config);
  for (const warning of signing.warnings) console.warn(`Warning: ${warning}.`);
  const { db } = await openLibsql(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
  if ((await latestVersion(db)) === null && signing.key) {
    const sample = JSON.parse(await readFile(SAMPLE_REGISTRY, 'utf8'));
    const result = await importRegistry(db, sample, { key: signing.key, expiryDays: config.REGISTRY_EXPIRY_DAYS });
    if (!result.ok) throw new Error(`the sample registry is invalid: ${JSON.stringify(result.problems)}`);
    console.log(`Empty database: loaded the SAMPLE registry (${result.counts.channels} channels) as version ${result.published.version}.`);
    // The process that publishes delivers (the CLI does the same after import and publish).
    await notifyWebhooks(db, config, signing);
  }
  const registry = new RegistryHolder(db, signing.jwks);
  await registry.refresh();
  setInterval(() => void registry.refresh(), REFRESH_MS).unref();

  const usage = new UsageRecorder(db, { storeInputs: config.STORE_LOOKUP_INPUTS, retentionDays: config.LOOKUP_INPUT_RETENTION_DAYS });
  setInterval(() => void usage.flush(), config.USAGE_FLUSH_MS).unref();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // Counts held in memory are written before the process goes.
    process.once(signal, () => void usage.flush().finally(() => process.exit(0)));
  }

  const app = createApp({
    registry,
    db,
    signing,
    usage,
    docsScriptUrl: config.DOCS_SCRIPT_URL,
    publicRateLimit: config.PUBLIC_RATE_LIMIT,
    reportRateLimit: config.REPORT_RATE_LIMIT,
    registryExpiryDays: config.REGISTRY_EXPIRY_DAYS,
    // The process that publishes delivers: here, versions published through the admin API. Without a key it cannot publish.
    afterPublish: signing.key ? deliverInBackground(db, deliveryOptions(config, signing)) : undefined,
    clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
    staticFiles: nodeStaticFiles(PUBLIC_DIR),
  });
  serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    console.log(`Verify is listening on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${info.port} (registry version ${registry.index.version}${registry.status.problem ? `, degraded: ${registry.status.problem}` : ''})`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
