/**
 * @module Admin edits of the draft. Each change runs in one batch with its audit entry, so no change is
 * made without its record. Entries arrive validated and normalized (src/core/registry/draft-input.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { AdminActor } from '../core/admin/roles.ts';
import { channelKey, scamKey, type ChannelEntry, type OrganizationEntry, type ScamEntry } from '../core/registry/entries.ts';
import { auditInsert } from './audit-log.ts';
import type { AppDatabase } from './database.ts';
import type { DraftOrganization } from './draft-read.ts';
import type { DraftChannel, DraftScam } from './draft-rows.ts';
import { channels, organizations, scams } from './schema.ts';

const stamp = () => new Date().toISOString();

const organizationColumns = (org: OrganizationEntry) => ({
  name: org.name,
  website: org.website ?? null,
  advice: org.advice ?? null,
  aliases: org.aliases ?? null,
  legitimateLookalikes: org.legitimateLookalikes ?? null,
  // Stored only when set, so that an organization reads back as it was written.
  publicNetwork: org.publicNetwork || null,
  ecosystemNames: org.ecosystemNames ?? null,
  coinedNames: org.coinedNames ?? null,
});

const channelColumns = (c: ChannelEntry) => ({
  organization: c.organization, kind: c.kind, platform: c.platform ?? '', value: c.value, display: c.display,
  accountId: c.accountId ?? null, label: c.label ?? null, subdomains: c.subdomains ?? null, usage: c.usage ?? null,
  localPartCaseSensitive: c.localPartCaseSensitive ?? null, status: c.status, reason: c.reason ?? null, revokedAt: c.revokedAt ?? null,
});

export async function createOrganization(db: AppDatabase, actor: AdminActor, org: OrganizationEntry): Promise<void> {
  await db.batch([
    db.insert(organizations).values({ slug: org.slug, ...organizationColumns(org) }),
    auditInsert(db, { actor, action: 'organization.create', target: `organization:${org.slug}`, after: org }),
  ]);
}

export async function updateOrganization(db: AppDatabase, actor: AdminActor, before: OrganizationEntry, after: OrganizationEntry): Promise<void> {
  await db.batch([
    db.update(organizations).set({ ...organizationColumns(after), updatedAt: stamp() }).where(eq(organizations.slug, before.slug)),
    auditInsert(db, { actor, action: 'organization.update', target: `organization:${before.slug}`, before, after }),
  ]);
}

/** Revokes every active channel of an organization: how an organization stops being official, its history kept. */
export async function revokeOrganization(db: AppDatabase, actor: AdminActor, org: DraftOrganization, reason: string): Promise<number> {
  const revokedAt = stamp();
  const active = org.channels.filter((c) => c.status === 'active');
  await db.batch([
    db.update(channels).set({ status: 'revoked', reason, revokedAt, updatedAt: revokedAt })
      .where(and(eq(channels.organization, org.slug), eq(channels.status, 'active'))),
    auditInsert(db, {
      actor, action: 'organization.revoke', target: `organization:${org.slug}`, reason,
      before: { channels: active }, after: { channels: active.map((c) => ({ ...c, status: 'revoked', reason, revokedAt })) },
    }),
  ]);
  return active.length;
}

/** Adds a channel; its id is read back by its identity (organization, kind, platform, value). */
export async function createChannel(db: AppDatabase, actor: AdminActor, channel: ChannelEntry): Promise<number> {
  await db.batch([
    db.insert(channels).values(channelColumns(channel)),
    auditInsert(db, { actor, action: 'channel.create', target: `channel:${channelKey(channel)}`, after: channel }),
  ]);
  const [row] = await db.select({ id: channels.id }).from(channels).where(and(
    eq(channels.organization, channel.organization), eq(channels.kind, channel.kind),
    eq(channels.platform, channel.platform ?? ''), eq(channels.value, channel.value),
  ));
  return row!.id;
}

export async function updateChannel(db: AppDatabase, actor: AdminActor, before: DraftChannel, after: ChannelEntry): Promise<void> {
  await db.batch([
    db.update(channels).set({ ...channelColumns(after), updatedAt: stamp() }).where(eq(channels.id, before.id)),
    auditInsert(db, { actor, action: 'channel.update', target: `channel:${before.id}`, before, after: { ...after, id: before.id } }),
  ]);
}

/** Marks a channel revoked: it stays in the registry, so lookups say it was official and is not any more. */
export async function revokeChannel(db: AppDatabase, actor: AdminActor, before: DraftChannel, reason: string): Promise<DraftChannel> {
  const after: DraftChannel = { ...before, status: 'revoked', reason, revokedAt: stamp() };
  await db.batch([
    db.update(channels).set({ status: 'revoked', reason, revokedAt: after.revokedAt, updatedAt: after.revokedAt }).where(eq(channels.id, before.id)),
    auditInsert(db, { actor, action: 'channel.revoke', target: `channel:${before.id}`, reason, before, after }),
  ]);
  return after;
}

/** The INSERT of a scam entry and its audit entry, unrun, for a batch that may hold more (a report's confirmation). */
export function scamCreation(db: AppDatabase, actor: AdminActor, scam: ScamEntry) {
  const statements: [BatchItem<'sqlite'>, BatchItem<'sqlite'>] = [
    db.insert(scams).values({ ...scam, platform: scam.platform ?? '' }),
    auditInsert(db, { actor, action: 'scam.create', target: `scam:${scamKey(scam)}`, after: scam }),
  ];
  return statements;
}

export async function createScam(db: AppDatabase, actor: AdminActor, scam: ScamEntry): Promise<number> {
  await db.batch(scamCreation(db, actor, scam));
  const [row] = await db.select({ id: scams.id }).from(scams).where(and(
    eq(scams.kind, scam.kind), eq(scams.platform, scam.platform ?? ''), eq(scams.value, scam.value),
  ));
  return row!.id;
}

export async function updateScam(db: AppDatabase, actor: AdminActor, before: DraftScam, after: ScamEntry): Promise<void> {
  await db.batch([
    db.update(scams).set({ target: after.target, reason: after.reason, display: after.display, updatedAt: stamp() }).where(eq(scams.id, before.id)),
    auditInsert(db, { actor, action: 'scam.update', target: `scam:${before.id}`, before, after: { ...after, id: before.id } }),
  ]);
}

/** Removes a scam entry (a listing made in error); the audit entry keeps it and the reason. */
export async function deleteScam(db: AppDatabase, actor: AdminActor, before: DraftScam, reason: string): Promise<void> {
  await db.batch([
    db.delete(scams).where(eq(scams.id, before.id)),
    auditInsert(db, { actor, action: 'scam.delete', target: `scam:${before.id}`, reason, before, after: null }),
  ]);
}
