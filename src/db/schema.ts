/** @module The drizzle schema shared by libSQL (Node) and D1 (Workers): the editable registry and its published versions. */
import { sql } from 'drizzle-orm';
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ADMIN_ROLES } from '../core/admin/roles.ts';

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
