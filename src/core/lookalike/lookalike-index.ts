/** @module The lookalike index: official names by skeleton, a deletion neighbourhood for typos, hashed tokens for embedded brands. */
import type { ChannelEntry, OrganizationEntry } from '../registry/entries.ts';
import { hashStart, hashStep, hashString, HashMultiMap } from './hash-table.ts';
import { channelNames, compactRaw, compactSkeleton, domainLabel, isCommonWord, organizationName } from './names.ts';

export interface LookalikeTarget {
  organization: string;
  channel: ChannelEntry;
}

export interface OfficialName {
  /** Compact skeleton: what is compared. */
  key: string;
  /** Compact lower-case text as the organization writes it. */
  raw: string;
  /** A frequent English word: matched only whole or with keywords, never as a loose substring. */
  common: boolean;
  /** Only known as a domain joined with its suffix ("cryptocom"): never a typo target. */
  joined: boolean;
  targets: LookalikeTarget[];
}

/** Typo floors from the issue: one edit for names of 5+ characters, two for 10+. */
export const allowedEdits = (length: number): number => (length >= 10 ? 2 : length >= 5 ? 1 : 0);
/** Names shorter than this are matched whole only: "okx" inside "tokxyz" is nobody's brand. */
export const MIN_TOKEN_LENGTH = 5;

/** Calls `visit` with the hash of `key` with the characters at `skip1` and `skip2` left out (-1: none). */
function hashWithout(key: string, skip1: number, skip2: number): number {
  let h = hashStart;
  for (let i = 0; i < key.length; i++) if (i !== skip1 && i !== skip2) h = hashStep(h, key.charCodeAt(i));
  return h;
}

/** Every hash of `key` with up to `deletions` characters left out (the SymSpell deletion neighbourhood). */
export function deletionHashes(key: string, deletions: number): Set<number> {
  const out = new Set<number>([hashWithout(key, -1, -1)]);
  if (deletions < 1) return out;
  for (let i = 0; i < key.length; i++) {
    out.add(hashWithout(key, i, -1));
    if (deletions >= 2) for (let j = i + 1; j < key.length; j++) out.add(hashWithout(key, i, j));
  }
  return out;
}

export interface LookalikeSource {
  organizations: OrganizationEntry[];
  channels: ChannelEntry[];
}

export class LookalikeIndex {
  readonly names: OfficialName[] = [];
  readonly #byKey = new Map<string, number>();
  readonly typos: HashMultiMap;
  readonly tokens: HashMultiMap;
  /** tokenLengths[n] is 1 when some token has n characters: substring search probes those lengths only. */
  readonly tokenLengths = new Uint8Array(64);
  /** Active official domains by registrable label (raw compact), for TLD swaps and exclusions. */
  readonly domainsByLabel = new Map<string, ChannelEntry[]>();

  constructor(source: LookalikeSource) {
    const firstChannel = new Map<string, ChannelEntry>();
    for (const channel of source.channels) {
      if (channel.status !== 'active') continue;
      if (!firstChannel.has(channel.organization) || (channel.kind === 'domain' && firstChannel.get(channel.organization)!.kind !== 'domain')) {
        firstChannel.set(channel.organization, channel);
      }
      const names = channelNames(channel);
      const label = channel.kind === 'domain' ? domainLabel(channel.value) : null;
      if (label) this.#push(this.domainsByLabel, compactRaw(label), channel);
      for (const name of names) this.#addName(name.text, name.joined, { organization: channel.organization, channel });
    }
    for (const org of source.organizations) {
      const channel = firstChannel.get(org.slug);
      if (channel) this.#addName(organizationName(org.name), false, { organization: org.slug, channel });
    }

    let typoEntries = 0;
    let tokenEntries = 0;
    for (const n of this.names) {
      const d = n.joined ? 0 : allowedEdits(n.key.length);
      typoEntries += d === 0 ? 0 : 1 + n.key.length + (d === 2 ? (n.key.length * (n.key.length - 1)) / 2 : 0);
      if (n.key.length >= MIN_TOKEN_LENGTH && !n.common) tokenEntries++;
    }
    this.typos = new HashMultiMap(typoEntries);
    this.tokens = new HashMultiMap(tokenEntries);
    this.names.forEach((n, id) => {
      const d = n.joined ? 0 : allowedEdits(n.key.length);
      if (d > 0) for (const h of deletionHashes(n.key, d)) this.typos.add(h, id);
      if (n.key.length >= MIN_TOKEN_LENGTH && !n.common && n.key.length < this.tokenLengths.length) {
        this.tokens.add(hashString(n.key), id);
        this.tokenLengths[n.key.length] = 1;
      }
    });
  }

  /** The official name with this compact skeleton, if any. */
  nameId(key: string): number | undefined {
    return this.#byKey.get(key);
  }

  #push<T>(map: Map<string, T[]>, key: string, item: T): void {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }

  #addName(text: string, joined: boolean, target: LookalikeTarget): void {
    const key = compactSkeleton(text);
    if (key.length < 3) return;
    let id = this.#byKey.get(key);
    if (id === undefined) {
      id = this.names.length;
      const raw = compactRaw(text);
      this.names.push({ key, raw, common: isCommonWord(raw), joined, targets: [] });
      this.#byKey.set(key, id);
    }
    const name = this.names[id]!;
    name.joined &&= joined;
    if (!name.targets.some((t) => t.organization === target.organization && t.channel === target.channel)) name.targets.push(target);
  }
}
