/** @module A deterministic synthetic registry file of a given channel count, shaped like real brands' channels. */
import type { RegistryFile } from '../src/core/registry/file-schema.ts';
import { createRandom, type Random } from './prng.ts';
import { capitalized, createBrandNames, phoneNumber, TLDS, type BrandNames } from './synthetic-values.ts';

type FileOrganization = RegistryFile['organizations'][number];
type FileChannel = NonNullable<FileOrganization['channels']>[number];
type FileScam = NonNullable<RegistryFile['scams']>[number];

/** The platforms whose plain names fit every synthetic name; the full list is exercised by the tests. */
export const BENCH_PLATFORMS = ['x', 'telegram', 'instagram', 'youtube', 'tiktok', 'github'] as const;
type BenchPlatform = (typeof BENCH_PLATFORMS)[number];
/** Platforms whose handles allow "_official" and "_support" after a 12-letter name (X allows 15 characters in all). */
const SUFFIXED = new Set<BenchPlatform>(['telegram', 'instagram', 'youtube', 'tiktok']);
const ORG_SUFFIXES = ['', '', '', ' Bank', ' Ltd', ' Pay', ' Labs', ' Inc.'];
const REVOKED_SHARE = 0.05;
const SCAM_SHARE = 0.1;

export interface Brand {
  slug: string;
  /** The brand name every channel is built on: "kalomir" of kalomir.com, @kalomir_official. */
  name: string;
}

export interface SyntheticRegistry {
  file: RegistryFile;
  organizationCount: number;
}

const SLUG_PREFIX = 'org-';

/** The brand behind each organization of a synthetic registry, read back from its slug. */
export const brandsOf = (organizations: ReadonlyArray<{ slug: string }>): Brand[] =>
  organizations.map(({ slug }) => ({ slug, name: slug.slice(SLUG_PREFIX.length) }));

/**
 * The name stream of the registry made with `seed`, past its `organizationCount` names: the names it
 * gives are in no channel of that registry (misses), and `has` knows every registered one.
 */
export function unregisteredNames(organizationCount: number, seed = 1): BrandNames {
  const names = createBrandNames(seed);
  for (let i = 0; i < organizationCount; i++) names.next();
  return names;
}

/** How each platform's registry files usually write a handle. */
export function handleAsWritten(platform: BenchPlatform, name: string): string {
  if (platform === 'youtube' || platform === 'tiktok' || platform === 'x') return `@${capitalized(name)}`;
  return platform === 'telegram' || platform === 'github' ? capitalized(name) : name;
}

function domainsOf(name: string, random: Random): FileChannel[] {
  const domain = `${name}.${random.pick(TLDS)}`;
  const out: FileChannel[] = [{ kind: 'domain', value: capitalized(domain), label: 'Main website' }];
  if (random.chance(0.5)) {
    const second = random.pick([`${name}-app.io`, `get${name}.com`, `${name}.${random.pick(['co.uk', 'de', 'fr'])}`]);
    if (second !== domain) out.push({ kind: 'domain', value: second, subdomains: random.chance(0.8) });
  }
  out.push({ kind: 'email', value: `@${domain}`, label: 'Sender domain' }, { kind: 'email', value: `support@${domain}` });
  if (random.chance(0.3)) out.push({ kind: 'email', value: `@mail.${domain}`, subdomains: true });
  if (random.chance(0.1)) out.push({ kind: 'email', value: `Security@${domain}`, localPartCaseSensitive: true });
  return out;
}

function channelsOf(name: string, random: Random, nextPhone: () => number): FileChannel[] {
  const out = domainsOf(name, random);
  for (let n = 1 + random.int(2); n > 0; n--) {
    out.push({ kind: 'phone', value: phoneNumber(nextPhone(), 'registry'), usage: random.chance(0.7) ? ['voice'] : ['voice', 'sms'] });
  }
  for (const platform of random.shuffle([...BENCH_PLATFORMS]).slice(0, 3 + random.int(4))) {
    const suffix = SUFFIXED.has(platform) && random.chance(0.3) ? random.pick(['_official', '_support']) : '';
    out.push({ kind: 'social', platform, value: handleAsWritten(platform, name) + suffix });
  }
  for (const channel of out) {
    if (random.chance(REVOKED_SHARE)) {
      Object.assign(channel, { status: 'revoked', reason: 'Retired by the organization', revokedAt: '2024-06-30T00:00:00.000Z' });
    }
  }
  return out;
}

function scamsOf(slug: string, name: string, random: Random, scamPhone: number): FileScam[] {
  const reason = 'Impersonation reported by users (synthetic)';
  const all: FileScam[] = [
    { kind: 'domain', value: `${name}-support.xyz`, target: slug, reason },
    { kind: 'email', value: `security@${name}-alerts.com`, target: slug, reason },
    { kind: 'phone', value: phoneNumber(scamPhone, 'scam'), target: slug, reason },
    { kind: 'social', platform: 'telegram', value: `${name}_helpdesk`, target: slug, reason },
  ];
  return random.shuffle(all).slice(0, 1 + random.int(2));
}

/**
 * Builds a registry file with exactly `channelCount` channels: about ten per organization (a domain or
 * two, sender domains, phones, handles), 5 % revoked, and scam entries against one organization in ten.
 * The same seed gives the same file.
 */
export function createSyntheticRegistry(channelCount: number, seed = 1): SyntheticRegistry {
  const random = createRandom(seed);
  const names = createBrandNames(seed);
  const organizations: FileOrganization[] = [];
  const scams: FileScam[] = [];
  let channels = 0;
  let phones = 0;
  let scamPhones = 0;
  while (channels < channelCount) {
    const name = names.next();
    const slug = `${SLUG_PREFIX}${name}`;
    const own = channelsOf(name, random, () => phones++).slice(0, channelCount - channels);
    channels += own.length;
    organizations.push({
      slug,
      name: `${capitalized(name)}${random.pick(ORG_SUFFIXES)}`,
      website: `https://${own[0]!.value.toLowerCase()}`,
      advice: ['We never ask for your password or one-time codes.'],
      channels: own,
    });
    if (random.chance(SCAM_SHARE)) scams.push(...scamsOf(slug, name, random, scamPhones++));
  }
  const description = `Synthetic benchmark registry: ${channelCount} channels, seed ${seed}`;
  return { file: { description, organizations, scams }, organizationCount: organizations.length };
}
