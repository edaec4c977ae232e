/** @module The registry file's JSON shape (import and export), as zod schemas. */
import * as z from 'zod';
import { CHANNEL_KINDS, PHONE_USAGES, PLATFORMS } from '../types.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

export const channelSchema = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  value: text(512),
  platform: z.enum(PLATFORMS).optional(),
  label: text(200).optional(),
  subdomains: z.boolean().optional(),
  accountId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ only, at most 64').optional(),
  usage: z.array(z.enum(PHONE_USAGES)).min(1).max(3).optional(),
  localPartCaseSensitive: z.boolean().optional(),
  status: z.enum(['active', 'revoked']).optional(),
  reason: text(500).optional(),
  revokedAt: z.iso.datetime({ offset: true }).optional(),
});

const legitimateLookalikeSchema = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  value: text(512),
  platform: z.enum(PLATFORMS).optional(),
});

/** Names an organization declares in a list of its own (`ecosystemNames`, `coinedNames`), as written: lower-case letters and digits. */
const declaredNamesSchema = z.array(text(64).regex(/^[a-z0-9]+$/, 'lower-case letters and digits only')).max(20).optional();

export const organizationSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]{1,64}$/, 'lower-case letters, digits and hyphens, at most 64'),
  name: text(200),
  website: z.url({ protocol: /^https?$/ }).max(500).optional(),
  advice: z.array(text(500)).max(20).optional(),
  /** Other names the organization or its products are known by ("fb", "outlook"): lookalike detection watches them too. */
  aliases: z.array(text(64).regex(/[\p{L}\p{N}]/u, 'an alias needs a letter or digit')).max(50).optional(),
  legitimateLookalikes: z.array(legitimateLookalikeSchema).max(10_000).optional(),
  /**
   * Its name is also a public network's (a blockchain such as Arbitrum), which others run endpoints for
   * and name after it ("arbitrum.llamarpc.com"): that name alone in front of another's domain is no likeness.
   */
  publicNetwork: z.boolean().optional(),
  /**
   * Names of its platforms that others name their own tools, channels and fan sites after ("youtube":
   * youtubetrimmer.com, bestofyoutube.com): beside other words, with no lure, such a name is theirs.
   */
  ecosystemNames: declaredNamesSchema,
  /**
   * Names the organization coined that dictionaries list since ("google"): as a word of its own in a name,
   * beside any other word, such a name stands for the organization, as a word that was someone's first does not.
   */
  coinedNames: declaredNamesSchema,
  channels: z.array(channelSchema).max(1_000_000).default([]),
});

export const scamSchema = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  value: text(512),
  platform: z.enum(PLATFORMS).optional(),
  target: z.string().regex(/^[a-z0-9-]{1,64}$/, 'an organization slug'),
  reason: text(500),
});

export const registryFileSchema = z.strictObject({
  /** Free text about the file, such as "Sample data". */
  description: text(2000).optional(),
  organizations: z.array(organizationSchema).max(100_000),
  scams: z.array(scamSchema).max(1_000_000).default([]),
});

export type RegistryFile = z.input<typeof registryFileSchema>;
export type ChannelFileEntry = z.infer<typeof channelSchema>;
