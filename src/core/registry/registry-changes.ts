/** @module What changed between two snapshots, for partners' incremental sync: entries added, changed, revoked and removed. */
import canonicalize from 'canonicalize';
import { channelKey, scamKey, type ChannelEntry, type OrganizationEntry, type RegistryContent, type ScamEntry } from './entries.ts';

export interface EntryChanges<T> {
  added: T[];
  changed: T[];
  /** Channels whose status went from active to revoked; scam entries have no such state. */
  revoked: T[];
  /** Entries no longer in the registry at all (a correction, not a revocation). */
  removed: T[];
}

export interface RegistryChanges {
  organizations: EntryChanges<OrganizationEntry>;
  channels: EntryChanges<ChannelEntry>;
  scams: EntryChanges<ScamEntry>;
}

function diff<T>(before: readonly T[], after: readonly T[], key: (item: T) => string, isRevocation: (old: T, now: T) => boolean): EntryChanges<T> {
  const old = new Map(before.map((item) => [key(item), item]));
  const changes: EntryChanges<T> = { added: [], changed: [], revoked: [], removed: [] };
  for (const item of after) {
    const k = key(item);
    const previous = old.get(k);
    old.delete(k);
    if (previous === undefined) changes.added.push(item);
    else if (isRevocation(previous, item)) changes.revoked.push(item);
    // Canonical text compares whole entries regardless of key order.
    else if (canonicalize(previous) !== canonicalize(item)) changes.changed.push(item);
  }
  changes.removed = [...old.values()];
  return changes;
}

const never = () => false;

/** Compares an older snapshot's content with a newer one's. Entries are matched by their identity keys. */
export function registryChanges(before: RegistryContent, after: RegistryContent): RegistryChanges {
  return {
    organizations: diff(before.organizations, after.organizations, (o) => o.slug, never),
    channels: diff(before.channels, after.channels, channelKey, (old, now) => old.status === 'active' && now.status === 'revoked'),
    scams: diff(before.scams, after.scams, scamKey, never),
  };
}
