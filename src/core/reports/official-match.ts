/**
 * @module Whether a reported channel is official in a set of registry channels, by the lookup path's own
 * rules (a domain covers its subdomains, a sender domain its addresses), so a report can never list one.
 */
import { parseContact } from '../input/index.ts';
import type { ChannelEntry } from '../registry/entries.ts';
import { hostAndParents, RegistryIndex } from '../registry/registry-index.ts';
import type { ReportedChannel } from './reported-channel.ts';

/**
 * The values (lower-case) of every registry channel of the same kind that could make this channel
 * official: itself, and for hosts the parent domains, for addresses the sender domains above them.
 */
export function candidateValues(channel: ReportedChannel): string[] {
  const value = channel.value.toLowerCase();
  if (channel.kind === 'domain') return hostAndParents(value);
  if (channel.kind === 'email') return [value, ...hostAndParents(value.slice(value.lastIndexOf('@') + 1)).map((h) => `@${h}`)];
  return [value];
}

/** The active channels among `candidates` that the lookup path would answer `official` for this channel. */
export function officialMatches(channel: ReportedChannel, candidates: ChannelEntry[]): ChannelEntry[] {
  const contact = parseContact(channel.value, { type: channel.kind, ...(channel.platform ? { platform: channel.platform } : {}) });
  if (!contact.ok || !candidates.length) return [];
  // An index of a handful of channels costs microseconds, and applies the very rules lookups apply.
  const index = new RegistryIndex({ version: 0, issuedAt: '' }, '', { organizations: [], channels: candidates, scams: [] });
  return index.find(contact.value).channels.filter((c) => c.status === 'active');
}
