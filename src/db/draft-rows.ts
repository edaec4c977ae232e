/** @module Draft rows as registry entries (the shape snapshots hold) with the ids admin routes address them by. */
import type { ChannelEntry, OrganizationEntry, ScamEntry } from '../core/registry/entries.ts';
import type { channels, organizations, scams } from './schema.ts';

export type DraftChannel = ChannelEntry & { id: number };
export type DraftScam = ScamEntry & { id: number };

/** Drops nulls and empty platforms, as readContent does, so a row compares equal to its snapshot entry. */
function compact<T>(entry: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== null && v !== undefined && v !== '')) as T;
}

export function organizationEntry(row: typeof organizations.$inferSelect): OrganizationEntry {
  const { createdAt, updatedAt, ...entry } = row;
  return compact(entry);
}

export function channelEntry(row: typeof channels.$inferSelect): DraftChannel {
  const { createdAt, updatedAt, ...entry } = row;
  return compact(entry);
}

export function scamEntry(row: typeof scams.$inferSelect): DraftScam {
  const { createdAt, updatedAt, ...entry } = row;
  return compact(entry);
}

/** An entry back in the registry file's form (values as written), to merge a partial change into and read again. */
export function channelFileForm({ id, organization, value, display, ...rest }: DraftChannel): Record<string, unknown> {
  return { ...rest, value: display };
}

export function organizationFileForm({ legitimateLookalikes, ...org }: OrganizationEntry): Record<string, unknown> {
  return {
    ...org,
    ...(legitimateLookalikes?.length ? { legitimateLookalikes: legitimateLookalikes.map(({ value, display, ...rest }) => ({ ...rest, value: display })) } : {}),
  };
}
