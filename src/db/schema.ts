/** @module The drizzle schema shared by libSQL (Node) and D1 (Workers): the registry draft, its published versions, admin tokens and audit, partner keys, usage, webhooks and scam reports. */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ADMIN_ROLES } from '../core/admin/roles.ts';
import { REPORT_STATUSES, type ReportNote } from '../core/reports/reported-channel.ts';

const timestamps = {
  createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
};

export const organizations = sqliteTable('organizations', {
  slug: text('slug').primaryKey(),
  name: text('name').notNull(),
  website: text('website'),
  advice: text('advice', { mode: 'json' }).$type<string[]>(),
  legitimateLookalikes: text('legitimate_lookalikes', { mode: 'json' }),
  aliases: text('aliases', { mode: 'json' }).$type<string[]>(),
  publicNetwork: integer('public_network', { mode: 'boolean' }),
  ecosystemNames: text('ecosystem_names', { mode: 'json' }).$type<string[]>(),
  coinedNames: text('coined_names', { mode: 'json' }).$type<string[]>(),
  ...timestamps,
});

export const channels = sqliteTable(
  'channels',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organization: text('organization')
      .notNull()
      .references(() => organizations.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    kind: text('kind', { enum: ['domain', 'email', 'phone', 'social'] }).notNull(),
    // '' rather than NULL for non-social kinds: SQLite unique indexes treat NULLs as distinct.
    platform: text('platform').notNull().default(''),
    value: text('value').notNull(),
    display: text('display').notNull(),
    accountId: text('account_id'),
    label: text('label'),
    subdomains: integer('subdomains', { mode: 'boolean' }),
    usage: text('usage', { mode: 'json' }).$type<string[]>(),
    localPartCaseSensitive: integer('local_part_case_sensitive', { mode: 'boolean' }),
    status: text('status', { enum: ['active', 'revoked'] }).notNull().default('active'),
    reason: text('reason'),
    revokedAt: text('revoked_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('channels_identity').on(t.organization, t.kind, t.platform, t.value)],
);

export const scams = sqliteTable(
  'scams',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['domain', 'email', 'phone', 'social'] }).notNull(),
    platform: text('platform').notNull().default(''),
    value: text('value').notNull(),
    display: text('display').notNull(),
    target: text('target')
      .notNull()
      .references(() => organizations.slug, { onDelete: 'cascade', onUpdate: 'cascade' }),
    reason: text('reason').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('scams_identity').on(t.kind, t.platform, t.value)],
);

/** One row per published version; the snapshot itself lives in chunks (D1 caps a value at 2 MB). */
export const registryVersions = sqliteTable('registry_versions', {
  version: integer('version').primaryKey(),
  digest: text('digest').notNull(),
  previousDigest: text('previous_digest'),
  issuedAt: text('issued_at').notNull(),
  // Null only on versions published before signing existed: servers refuse those.
  expiresAt: text('expires_at'),
  /** The JWS protected header and signature over the snapshot text; the payload is the chunks. No key is ever stored. */
  jwsProtected: text('jws_protected'),
  jwsSignature: text('jws_signature'),
  organizations: integer('organizations').notNull(),
  channels: integer('channels').notNull(),
  scams: integer('scams').notNull(),
});

export const registrySnapshotChunks = sqliteTable(
  'registry_snapshot_chunks',
  {
    version: integer('version')
      .notNull()
      .references(() => registryVersions.version, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: text('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.version, t.seq] })],
);

/** Admin API bearer tokens. Only the SHA-256 of a token is kept: a copy of the database lets no one in. */
export const adminTokens = sqliteTable('admin_tokens', {
  /** Random hex, also written inside the token so it is found by id and its hash compared in constant time. */
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role', { enum: ADMIN_ROLES }).notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: timestamps.createdAt,
  revokedAt: text('revoked_at'),
});

/**
 * Every admin action, newest last. Append-only: the code only inserts, and triggers added by hand to the
 * migration (drizzle-kit cannot express them) refuse UPDATE and DELETE.
 */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  /** The admin token's id; null for the CLI. No foreign key: the log outlives what it names. */
  actorId: text('actor_id'),
  /** The token's name, or `cli`. */
  actorName: text('actor_name').notNull(),
  action: text('action').notNull(),
  target: text('target').notNull(),
  /** Why, where the action requires it (revocations and removals). */
  reason: text('reason'),
  before: text('before', { mode: 'json' }),
  after: text('after', { mode: 'json' }),
});

/** Partner API keys: only the SHA-256 of a key is stored; the key itself is shown once, at creation. */
export const apiKeys = sqliteTable('api_keys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  /** The key's first characters, so an operator can tell keys apart in `keys list` without the key. */
  prefix: text('prefix').notNull(),
  /** Requests per minute. */
  rateLimit: integer('rate_limit').notNull().default(600),
  createdAt: timestamps.createdAt,
  revokedAt: text('revoked_at'),
});

/** Lookups per key, UTC day and verdict; written in batches by the usage recorder, never per lookup. */
export const apiKeyUsage = sqliteTable(
  'api_key_usage',
  {
    keyId: integer('key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    verdict: text('verdict').notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.day, t.verdict] })],
);

/** Raw lookup inputs, kept only when STORE_LOOKUP_INPUTS=true and pruned after LOOKUP_INPUT_RETENTION_DAYS. */
export const lookupInputs = sqliteTable(
  'lookup_inputs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    keyId: integer('key_id').references(() => apiKeys.id, { onDelete: 'cascade' }),
    at: text('at').notNull(),
    input: text('input').notNull(),
    verdict: text('verdict').notNull(),
  },
  (t) => [index('lookup_inputs_at').on(t.at)],
);

/** Partner endpoints told about every published version. */
export const webhooks = sqliteTable('webhooks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  /** Deliveries that failed after every retry, in a row; reaching the limit disables the endpoint. */
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  createdAt: timestamps.createdAt,
  disabledAt: text('disabled_at'),
  disabledReason: text('disabled_reason'),
});

/** One row per delivery attempt: what was sent where, and what came back. */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    webhookId: integer('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    attempt: integer('attempt').notNull(),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
    httpStatus: integer('http_status'),
    error: text('error'),
    at: text('at').notNull(),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('webhook_deliveries_webhook').on(t.webhookId, t.version)],
);

/**
 * Scam reports from the public, one row per reported channel under review: a repeated report of a channel
 * still open adds to `count` (and its note) instead of a new row. Only what the reporter gave is kept: the
 * channel in canonical form (never the raw input), and any note and contact address, which reviews erase.
 */
export const reports = sqliteTable(
  'reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['domain', 'email', 'phone', 'social'] }).notNull(),
    platform: text('platform').notNull().default(''),
    value: text('value').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('received'),
    /** Reports of this channel received while the row was open. */
    count: integer('count').notNull().default(1),
    /** The organization the verdict named when the channel was first reported (imitated, or already listed): the default target on confirm. */
    suggestedTarget: text('suggested_target'),
    /** What reporters wrote, oldest first and capped: `{at, note?, contact?}`; a review erases contacts (and, on reject, notes). */
    notes: text('notes', { mode: 'json' }).$type<ReportNote[]>().notNull().default(sql`'[]'`),
    firstReportedAt: text('first_reported_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    lastReportedAt: text('last_reported_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
    reviewedAt: text('reviewed_at'),
    /** The admin token's name, or `cli`. */
    reviewedBy: text('reviewed_by'),
    /** The draft scam entry a confirmation created or found; no foreign key, the entry may be removed later. */
    scamId: integer('scam_id'),
  },
  // Raw `status` (not the column object): SQLite matches an upsert's conflict target to a partial index by its WHERE text.
  (t) => [
    uniqueIndex('reports_open_channel').on(t.kind, t.platform, t.value).where(sql`status = 'received'`),
    index('reports_status').on(t.status, t.id),
  ],
);
