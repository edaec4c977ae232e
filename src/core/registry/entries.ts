/** @module The registry's entries as the lookup path and the snapshot hold them (values already normalized). */
import type { ChannelKind, PhoneUsage, Platform } from '../types.ts';

export type ChannelStatus = 'active' | 'revoked';

export interface OrganizationEntry {
  slug: string;
  name: string;
  website?: string;
  /** Short texts shown with verdicts, such as "We never ask for your password". */
  advice?: string[];
  /** Other names the organization or its products are known by: abbreviations and product names ("fb", "outlook"). */
  aliases?: string[];
  /** Contacts that resemble the organization's channels but are legitimate, never reported as lookalikes of it. */
  legitimateLookalikes?: LegitimateLookalike[];
  /** Its name is also a public network's (a blockchain), which others' endpoints are named after ("arbitrum.llamarpc.com"). */
  publicNetwork?: boolean;
  /** Names of its platforms others name their tools, channels and fan sites after ("youtube"): beside words, with no lure, no likeness. */
  ecosystemNames?: string[];
  /** Names it coined that dictionaries list since ("google"): a word of their own in a name, beside any word, they stand for it. */
  coinedNames?: string[];
}

export interface LegitimateLookalike {
  kind: ChannelKind;
  platform?: Platform;
  /** Normalized like a channel value; a domain covers its subdomains. */
  value: string;
  display: string;
}

export interface ChannelEntry {
  organization: string;
  kind: ChannelKind;
  platform?: Platform;
  /** Normalized value: ASCII host, E.164 number, `local@domain` or `@domain`, canonical handle. */
  value: string;
  /** The value as the organization wrote it. */
  display: string;
  accountId?: string;
  label?: string;
  /** Domains: whether subdomains are covered (default true). Email sender domains: default false. */
  subdomains?: boolean;
  usage?: PhoneUsage[];
  /** Email: compare the local part case-sensitively (default: case-insensitive). */
  localPartCaseSensitive?: boolean;
  status: ChannelStatus;
  reason?: string;
  revokedAt?: string;
}

export interface ScamEntry {
  kind: ChannelKind;
  platform?: Platform;
  value: string;
  display: string;
  /** Slug of the organization this contact impersonates. */
  target: string;
  reason: string;
}

/** A whole registry's content, independent of where it is stored. */
export interface RegistryContent {
  organizations: OrganizationEntry[];
  channels: ChannelEntry[];
  scams: ScamEntry[];
}

/** A registry with no entries: what there was before the first version. */
export const emptyContent = (): RegistryContent => ({ organizations: [], channels: [], scams: [] });

/** The identity of a channel: merging and duplicate checks use it. */
export const channelKey = (c: Pick<ChannelEntry, 'organization' | 'kind' | 'platform' | 'value'>): string =>
  `${c.organization}|${c.kind}|${c.platform ?? ''}|${c.value}`;

export const scamKey = (s: Pick<ScamEntry, 'kind' | 'platform' | 'value'>): string =>
  `${s.kind}|${s.platform ?? ''}|${s.value}`;
