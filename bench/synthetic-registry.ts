/** @module A deterministic synthetic registry file of a given channel count, shaped like real ones. */
import type { RegistryFile } from '../src/core/registry/file-schema.ts';
import { createRandom, type Random } from './prng.ts';
import { capitalized, orgName, phoneNumber, TLDS } from './synthetic-values.ts';

type FileOrganization = RegistryFile['organizations'][number];
type FileChannel = NonNullable<FileOrganization['channels']>[number];
type FileScam = NonNullable<RegistryFile['scams']>[number];

/** The platforms whose plain names fit every synthetic name; the full list is exercised by the tests. */
export const BENCH_PLATFORMS = ['x', 'telegram', 'instagram', 'youtube', 'tiktok', 'github'] as const;
const REVOKED_SHARE = 0.05;
const SCAM_SHARE = 0.1;

export interface SyntheticRegistry {
  file: RegistryFile;
  /** Organizations generated; names of higher numbers are guaranteed absent (used for misses). */
  organizationCount: number;
}

/** How each platform's registry files usually write a handle. */
export function handleAsWritten(platform: (typeof BENCH_PLATFORMS)[number], name: string): string {
  if (platform === 'youtube' || platform === 'tiktok' || platform === 'x') return `@${capitalized(name)}`;
  return platform === 'telegram' || platform === 'github' ? capitalized(name) : name;
}

function channelsOf(name: string, random: Random, nextPhone: () => number): FileChannel[] {
  const domain = `${name}.${random.pick(TLDS)}`;
  const out: FileChannel[] = [
    { kind: 'domain', value: capitalized(domain), label: 'Main website' },
    { kind: 'email', value: `@${domain}`, label: 'Sender domain' },
    { kind: 'email', value: `support@${domain}` },
  ];
  if (random.chance(0.5)) out.push({ kind: 'domain', value: `${name}-app.io`, subdomains: random.chance(0.8) });
  if (random.chance(0.3)) out.push({ kind: 'email', value: `@mail.${domain}`, subdomains: true });
  if (random.chance(0.1)) out.push({ kind: 'email', value: `Security@${domain}`, localPartCaseSensitive: true });
  for (let n = 1 + random.int(2); n > 0; n--) {
    out.push({ kind: 'phone', value: phoneNumber(nextPhone(), 'registry'), usage: random.chance(0.7) ? ['voice'] : ['voice', 'sms'] });
  }
  const platforms = random.shuffle([...BENCH_PLATFORMS]).slice(0, 3 + random.int(4));
  for (const platform of platforms) out.push({ kind: 'social', platform, value: handleAsWritten(platform, name) });
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
 * Builds a registry file with exactly `channelCount` channels, about ten per organization, 5 % revoked,
 * and scam entries against one organization in ten. The same seed gives the same file.
 */
export function createSyntheticRegistry(channelCount: number, seed = 1): SyntheticRegistry {
  const random = createRandom(seed);
  const organizations: FileOrganization[] = [];
  const scams: FileScam[] = [];
  let channels = 0;
  let phones = 0;
  let scamPhones = 0;
  while (channels < channelCount) {
    const i = organizations.length;
    const name = orgName(i, random);
    const slug = `org-${name}`;
    const own = channelsOf(name, random, () => phones++).slice(0, channelCount - channels);
    channels += own.length;
    organizations.push({
      slug,
      name: `${capitalized(name)} Ltd`,
      website: `https://${own[0]!.value.toLowerCase()}`,
      advice: ['We never ask for your password or one-time codes.'],
      channels: own,
    });
    if (random.chance(SCAM_SHARE)) scams.push(...scamsOf(slug, name, random, scamPhones++));
  }
  const description = `Synthetic benchmark registry: ${channelCount} channels, seed ${seed}`;
  return { file: { description, organizations, scams }, organizationCount: organizations.length };
}
