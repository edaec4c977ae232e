/** @module In-memory indexes over one verified snapshot: every exact lookup is a few hash-map reads. */
import { hashMore, hashStart, hashStep, hashString } from '../string-hash.ts';
import { HashPairs, StaticHashMultiMap } from '../static-hash-table.ts';
import { normalizeHandle } from '../input/social/index.ts';
import { findLookalikeFindings } from '../lookalike/detect.ts';
import type { LookalikeMatch } from '../lookalike/findings.ts';
import { isFreeMail } from '../lookalike/free-mail.ts';
import { LookalikeIndex } from '../lookalike/lookalike-index.ts';
import { registrableOf } from '../lookalike/names.ts';
import { userContentPage } from '../lookalike/user-content.ts';
import { PLATFORMS, type Contact, type DomainContact, type EmailContact, type Platform, type SocialContact } from '../types.ts';
import type { ChannelEntry, OrganizationEntry, ScamEntry } from './entries.ts';
import type { RegistrySnapshot } from './snapshot.ts';

export interface IndexHits {
  channels: ChannelEntry[];
  scams: ScamEntry[];
}

type Keyed = Pick<ChannelEntry, 'kind' | 'platform' | 'value'>;

/** Emails match case-insensitively by default, so they are keyed in lower case and checked exactly after. */
const keyValue = (e: Keyed): string => (e.kind === 'email' ? e.value.toLowerCase() : e.value);

const SEPARATOR = 0x7c; // "|"

/** The hash of the key `kind|platform|value`, computed without building it: a million channels keep no key strings. */
const keyHash = (kind: string, platform: string | undefined, value: string): number =>
  hashMore(hashStep(hashMore(hashStep(hashMore(hashStart, kind), SEPARATOR), platform ?? ''), SEPARATOR), value);

const accountHash = (platform: string, accountId: string): number => hashMore(hashStep(hashMore(hashStart, platform), SEPARATOR), accountId);

const sameKey = (a: Keyed, kind: string, platform: string | undefined, value: string): boolean =>
  a.kind === kind && (a.platform ?? '') === (platform ?? '') && keyValue(a) === value;

/** The entries a keyHash table holds under this key, in their order, checked against it (hashes collide). */
function keyedEntries<T extends Keyed>(table: StaticHashMultiMap, entries: readonly T[], kind: string, platform: string | undefined, value: string): T[] {
  const found: T[] = [];
  table.forEach(keyHash(kind, platform, value), (i) => {
    const entry = entries[i]!;
    if (sameKey(entry, kind, platform, value)) found.push(entry);
  });
  return found;
}

/** Path words some platforms put before a name (r/, channel/, company/…), left out of loose keys. */
const PATH_PREFIX = /^(channel|c|user|r|u|company|in|school|showcase|groups|artist|show|playlist|album|chat)\//i;

/**
 * A handle with case, leading @ ~ +, path words and punctuation removed. Whenever a platform's rules
 * turn a bare name into a registered value, both have the same loose key, so looking up loose keys
 * first narrows a bare @name to the few platforms worth normalizing it for.
 */
export function looseHandleKey(text: string): string {
  const name = text.replace(/^[@~+]/, '');
  const key = (name.includes('/') ? name.replace(PATH_PREFIX, '') : name).toLowerCase();
  // ASCII, as most handles are, needs no Unicode classes (a million channels' keys are made at start-up).
  return ASCII.test(key) ? key.replace(/[^a-z0-9]/g, '') : key.replace(/[^\p{L}\p{N}]/gu, '');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Parents of a host from itself up to (not including) its public suffix, e.g. a.b.com → a.b.com, b.com. */
export function hostAndParents(host: string): string[] {
  const out = [host];
  for (let i = host.indexOf('.'); i !== -1 && host.indexOf('.', i + 1) !== -1; i = host.indexOf('.', i + 1)) {
    out.push(host.slice(i + 1));
  }
  return out;
}

/**
 * Whether an entry registered for `registered` covers `host`. Coverage never crosses the registrable
 * domain: registering a private suffix such as github.io must not make every *.github.io site official.
 */
function covers(host: string, registered: string, registrable: string | null, subdomains: boolean): boolean {
  if (host === registered) return true;
  if (!subdomains || !registrable) return false;
  return registered === registrable || registered.endsWith(`.${registrable}`);
}

export class RegistryIndex {
  readonly organizations = new Map<string, OrganizationEntry>();
  /**
   * The few organizations that declare legitimate lookalikes, apart: every lookalike answer asks for
   * each organization it names, and a small map stays in cache where the whole one (a hundred
   * thousand organizations at a million channels) is a few misses a lookup.
   */
  readonly #declaring = new Map<string, NonNullable<OrganizationEntry['legitimateLookalikes']>>();
  /** Positions of each organization's channels, in snapshot order: byOrganization[start] up to [end]. */
  readonly #organizationRuns = new Map<string, { start: number; end: number }>();
  readonly #byOrganization: Uint32Array;
  /** The snapshot's channels; the tables below hold positions in it, never a key string or array per channel. */
  readonly #channels: readonly ChannelEntry[];
  /** keyHash → channel position, and (platform, account id) → channel position; hits are checked against the entry. */
  readonly #byKey: StaticHashMultiMap;
  readonly #byAccount: StaticHashMultiMap;
  /** keyHash → scam position, as `#byKey` for channels. */
  readonly #scams: readonly ScamEntry[];
  readonly #scamsByKey: StaticHashMultiMap;
  /**
   * Loose key hash → platform (position in PLATFORMS) with a handle or account id of that loose key, so a
   * bare @name is normalized only for those. A colliding hash costs one useless normalization, never a wrong answer.
   */
  readonly #bareHandles: StaticHashMultiMap;
  readonly #lookalikes: LookalikeIndex;
  /** The organizations in snapshot order, and slug hash → position among them (see `organization`). */
  readonly #organizationList: readonly OrganizationEntry[];
  readonly #organizationsBySlug: StaticHashMultiMap;

  constructor(
    readonly snapshot: Pick<RegistrySnapshot, 'version' | 'issuedAt'>,
    readonly digest: string,
    content: Pick<RegistrySnapshot, 'organizations' | 'channels' | 'scams'>,
  ) {
    const slugs = new HashPairs(content.organizations.length);
    content.organizations.forEach((org, position) => {
      this.organizations.set(org.slug, org);
      slugs.add(hashString(org.slug), position);
      if (org.legitimateLookalikes?.length) this.#declaring.set(org.slug, org.legitimateLookalikes);
    });
    this.#organizationList = content.organizations;
    this.#organizationsBySlug = new StaticHashMultiMap(slugs);
    const channels = (this.#channels = content.channels);
    this.#byOrganization = this.#groupByOrganization(channels);
    let accounts = 0;
    let social = content.scams.length;
    // Indexed: run once, a for-of loop would not be optimized before it had made an iterator result
    // per channel.
    for (let i = 0; i < channels.length; i++) {
      const channel = channels[i]!;
      if (channel.accountId) accounts++;
      if (channel.platform) social += channel.accountId ? 2 : 1;
    }
    const byKey = new HashPairs(channels.length);
    const byAccount = new HashPairs(accounts);
    const bare = new HashPairs(social);
    const addBare = (value: string, platform: Platform) => bare.add(hashString(looseHandleKey(value)), PLATFORMS.indexOf(platform));
    for (let i = 0; i < channels.length; i++) {
      const channel = channels[i]!;
      byKey.add(keyHash(channel.kind, channel.platform, keyValue(channel)), i);
      if (channel.accountId) byAccount.add(accountHash(channel.platform ?? '', channel.accountId), i);
      if (channel.platform) {
        addBare(channel.value, channel.platform);
        if (channel.accountId) addBare(channel.accountId, channel.platform);
      }
    }
    const scams = (this.#scams = content.scams);
    const scamsByKey = new HashPairs(scams.length);
    for (let i = 0; i < scams.length; i++) {
      const scam = scams[i]!;
      scamsByKey.add(keyHash(scam.kind, scam.platform, keyValue(scam)), i);
      if (scam.platform) addBare(scam.value, scam.platform);
    }
    this.#scamsByKey = new StaticHashMultiMap(scamsByKey);
    this.#byKey = new StaticHashMultiMap(byKey);
    this.#byAccount = new StaticHashMultiMap(byAccount);
    this.#bareHandles = new StaticHashMultiMap(bare);
    this.#lookalikes = new LookalikeIndex(content);
  }

  /**
   * The organization with this slug, as `organizations.get`, for lookups on every answer: a Map of a
   * hundred thousand organizations costs a lookup several cache misses, a hash table slot one.
   */
  organization(slug: string): OrganizationEntry | undefined {
    const bySlug = this.#organizationsBySlug;
    bySlug.seek(hashString(slug));
    for (let position = bySlug.next(); position !== -1; position = bySlug.next()) {
      const org = this.#organizationList[position]!;
      if (org.slug === slug) return org;
    }
    return undefined;
  }

  get version(): number {
    return this.snapshot.version;
  }

  /** Every channel of an organization, in snapshot order. */
  channelsOf(slug: string): ChannelEntry[] {
    const run = this.#organizationRuns.get(slug);
    if (!run) return [];
    const found: ChannelEntry[] = [];
    for (let i = run.start; i < run.end; i++) found.push(this.#channels[this.#byOrganization[i]!]!);
    return found;
  }

  /** Channel positions grouped by organization (a stable counting sort), with each organization's run. */
  #groupByOrganization(channels: readonly ChannelEntry[]): Uint32Array {
    const ordinal = new Map<string, number>();
    const counts: number[] = [];
    const ordinals = new Uint32Array(channels.length);
    channels.forEach((channel, i) => {
      let n = ordinal.get(channel.organization);
      if (n === undefined) ordinal.set(channel.organization, (n = counts.push(0) - 1));
      ordinals[i] = n;
      counts[n]!++;
    });
    const next: number[] = [];
    let start = 0;
    for (const [slug, n] of ordinal) {
      next[n] = start;
      this.#organizationRuns.set(slug, { start, end: start + counts[n]! });
      start += counts[n]!;
    }
    const grouped = new Uint32Array(channels.length);
    ordinals.forEach((n, i) => (grouped[next[n]!++] = i));
    return grouped;
  }

  /** Every channel and scam entry that matches a contact exactly (before any lookalike analysis). */
  find(contact: Contact): IndexHits {
    switch (contact.kind) {
      case 'domain': {
        const hits = this.#findHost(contact, 'domain', '');
        // A page anyone published on an official host is the publisher's, not the host's owner's.
        return userContentPage(contact) ? { channels: [], scams: hits.scams } : hits;
      }
      case 'email':
        return this.#findEmail(contact);
      case 'phone':
        return this.#exact('phone', undefined, contact.value);
      case 'social':
        return this.#findSocial(contact);
    }
  }

  /**
   * Official channels the contact imitates, strongest first. Organizations whose own domain the
   * contact is on, and lookalikes an organization declared legitimate, are left out.
   */
  lookalikes(contact: Contact): LookalikeMatch[] {
    const findings = findLookalikeFindings(this.#lookalikes, contact);
    const slugs = findings.organizations;
    if (!slugs.length) return [];
    const host = contact.kind === 'domain' ? contact.value : contact.kind === 'email' ? contact.domain : null;
    const hosts = host ? hostAndParents(host) : [];
    // An address at a free email provider is whoever picked it, even where the provider is the brand
    // imitated ("google.support@gmail.com", "Microsoft" <x@outlook.com>): owning the domain vouches for none.
    // So is a page anyone can publish on the brand's own host ("sites.google.com/view/google-recovery").
    const picked = contact.kind === 'email' ? isFreeMail(registrableOf(contact.domain)) : contact.kind === 'domain' && userContentPage(contact) !== null;
    const owners = picked ? new Set<string>() : this.#domainOwners(hosts);
    for (const slug of slugs) {
      if (owners.has(slug) || this.#isDeclared(slug, contact, hosts)) findings.drop(slug);
    }
    // Between equal likenesses, the brand whose own domain has the contact's TLD: phishers often keep it.
    const tld = host?.slice(host.lastIndexOf('.') + 1);
    const sameTld = tld ? (c: ChannelEntry) => (c.kind === 'domain' || c.kind === 'email') && c.value.endsWith(`.${tld}`) : undefined;
    return findings.matches((slug) => this.organization(slug), (slug, matched) => this.#bestChannel(slug, matched, contact), sameTld);
  }

  /** The organization's channel a lookalike of this contact imitates: same platform, else same kind. */
  #bestChannel(slug: string, matched: ChannelEntry, contact: Contact): ChannelEntry {
    // Lookalike names come from active channels only. A matched channel of the contact's kind (a
    // domain for a domain) is the answer without reading the organization's other channels, which
    // at a million channels are a cache miss or two each.
    if (matched.kind === contact.kind && contact.kind !== 'social') return matched;
    const active = this.channelsOf(slug).filter((c) => c.status === 'active');
    const samePlatform = contact.kind === 'social' && contact.platform ? active.find((c) => c.platform === contact.platform) : undefined;
    if (samePlatform) return samePlatform;
    if (matched.kind === contact.kind) return matched;
    const sameKind = active.find((c) => c.kind === contact.kind && (c.kind !== 'email' || c.value.startsWith('@')));
    return sameKind ?? (contact.kind === 'social' ? matched : active.find((c) => c.kind === 'domain') ?? matched);
  }

  /** Organizations with an active official domain among `hosts`: a contact on its own domain imitates no one there. */
  #domainOwners(hosts: string[]): Set<string> {
    const owners = new Set<string>();
    for (const candidate of hosts) {
      for (const c of this.#channelsKeyed('domain', undefined, candidate)) if (c.status === 'active') owners.add(c.organization);
    }
    return owners;
  }

  /** Whether the organization declared this contact (or a domain it is on) a legitimate lookalike. */
  #isDeclared(slug: string, contact: Contact, hosts: string[]): boolean {
    const declared = this.#declaring.get(slug) ?? [];
    return declared.some((d) => {
      if (d.kind !== contact.kind) return d.kind === 'domain' && hosts.includes(d.value);
      if (contact.kind === 'email') return d.value.toLowerCase() === contact.value.toLowerCase() || hosts.some((h) => d.value === `@${h}`);
      if (contact.kind === 'social') return d.platform === contact.platform && d.value === contact.value;
      return hosts.includes(d.value) || d.value === contact.value;
    });
  }

  /** Channels and scams keyed exactly so (`value` already lower-cased for email). */
  #exact(kind: string, platform: string | undefined, value: string): IndexHits {
    return { channels: this.#channelsKeyed(kind, platform, value), scams: keyedEntries(this.#scamsByKey, this.#scams, kind, platform, value) };
  }

  #channelsKeyed(kind: string, platform: string | undefined, value: string): ChannelEntry[] {
    return keyedEntries(this.#byKey, this.#channels, kind, platform, value);
  }

  #findHost(contact: Pick<DomainContact, 'value' | 'registrableDomain'>, kind: 'domain' | 'email', prefix: string): IndexHits {
    const hits: IndexHits = { channels: [], scams: [] };
    for (const candidate of hostAndParents(contact.value)) {
      const found = this.#exact(kind, undefined, `${prefix}${candidate}`);
      // Official domains cover subdomains unless told otherwise; sender domains only when told so.
      for (const c of found.channels) {
        if (covers(contact.value, candidate, contact.registrableDomain, c.subdomains ?? kind === 'domain')) hits.channels.push(c);
      }
      for (const s of found.scams) if (covers(contact.value, candidate, contact.registrableDomain, true)) hits.scams.push(s);
    }
    return hits;
  }

  #findEmail(contact: EmailContact): IndexHits {
    const exact = this.#exact('email', undefined, contact.value.toLowerCase());
    const local = contact.local;
    const registrable = registrableOf(contact.domain);
    const senderDomain = this.#findHost({ value: contact.domain, registrableDomain: registrable }, 'email', '@');
    // A scam website's domain makes its addresses scams too; an official website does not make an address official.
    const scamSite = this.#findHost({ value: contact.domain, registrableDomain: registrable }, 'domain', '');
    return {
      channels: [
        ...exact.channels.filter((c) => !c.localPartCaseSensitive || c.value.startsWith(`${local}@`)),
        ...senderDomain.channels,
      ],
      scams: [...exact.scams, ...senderDomain.scams, ...scamSite.scams],
    };
  }

  /** Platforms where something of this loose name may be registered, each once. */
  #bareHandlePlatforms(value: string): Set<Platform> {
    const platforms = new Set<Platform>();
    this.#bareHandles.forEach(hashString(looseHandleKey(value)), (p) => platforms.add(PLATFORMS[p]!));
    return platforms;
  }

  #findSocial(contact: SocialContact): IndexHits {
    if (contact.platform) return this.#findOnPlatform(contact.platform, contact.value, contact.accountId);
    const hits: IndexHits = { channels: [], scams: [] };
    // Only platforms where something of that loose name is registered can match: the others are not normalized.
    const platforms = contact.value ? this.#bareHandlePlatforms(contact.value) : [];
    for (const platform of platforms) {
      const handle = contact.value ? normalizeHandle(platform, contact.value) : null;
      if (!handle?.ok) continue;
      const found = this.#findOnPlatform(platform, handle.value.value, handle.value.accountId);
      hits.channels.push(...found.channels);
      hits.scams.push(...found.scams);
    }
    return hits;
  }

  #findOnPlatform(platform: string, value: string | undefined, accountId: string | undefined): IndexHits {
    const hits = value ? this.#exact('social', platform, value) : { channels: [], scams: [] };
    // A numeric id can be typed where a handle goes; registered account ids match either way.
    const ids = new Set([accountId, value && /^\d+$/.test(value) ? value : undefined].filter((id): id is string => !!id));
    const byId = [...ids].flatMap((id) => this.#channelsOfAccount(platform, id));
    return { channels: [...new Set([...hits.channels, ...byId])], scams: hits.scams };
  }

  #channelsOfAccount(platform: string, accountId: string): ChannelEntry[] {
    const found: ChannelEntry[] = [];
    this.#byAccount.forEach(accountHash(platform, accountId), (i) => {
      const channel = this.#channels[i]!;
      if (channel.platform === platform && channel.accountId === accountId) found.push(channel);
    });
    return found;
  }
}
