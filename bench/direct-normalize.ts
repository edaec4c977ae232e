/** @module Normalizing synthetic registry files without the reader, for sizes where validation would dominate the run. */
import { isDeepStrictEqual } from 'node:util';
import type { ChannelEntry, RegistryContent, ScamEntry } from '../src/core/registry/entries.ts';
import type { RegistryFile } from '../src/core/registry/file-schema.ts';
import { readRegistryFile } from '../src/core/registry/file.ts';
import type { Platform } from '../src/core/types.ts';
import { createSyntheticRegistry } from './synthetic-registry.ts';

type FileChannel = NonNullable<RegistryFile['organizations'][number]['channels']>[number];

/**
 * The normalized value of a value the synthetic generator writes, and only those: ASCII hosts, international
 * phone numbers and plain handles. readRegistryFile is the reference; `checkDirectNormalize` proves agreement.
 */
function normalizedValue(kind: FileChannel['kind'], value: string, platform: Platform | undefined): string {
  switch (kind) {
    case 'domain':
      return value.toLowerCase();
    case 'email': {
      const at = value.lastIndexOf('@');
      return `${value.slice(0, at)}@${value.slice(at + 1).toLowerCase()}`;
    }
    case 'phone':
      return `+${value.replace(/\D/g, '')}`;
    case 'social': {
      const name = value.replace(/^@/, '').toLowerCase();
      return platform === 'youtube' ? `@${name}` : name;
    }
  }
}

/**
 * The content readRegistryFile would give for a synthetic file, in a fraction of the time: no schema
 * validation, no duplicate checks (the generator makes names and numbers unique by construction).
 */
export function normalizeDirectly(file: RegistryFile): RegistryContent {
  const content: RegistryContent = { organizations: [], channels: [], scams: [] };
  for (const { channels, legitimateLookalikes: _none, ...org } of file.organizations) {
    content.organizations.push(org);
    for (const channel of channels ?? []) {
      const entry: ChannelEntry = {
        ...channel,
        organization: org.slug,
        value: normalizedValue(channel.kind, channel.value, channel.platform),
        display: channel.value,
        status: channel.status ?? 'active',
      };
      content.channels.push(entry);
    }
  }
  for (const scam of file.scams ?? []) {
    const entry: ScamEntry = { ...scam, value: normalizedValue(scam.kind, scam.value, scam.platform), display: scam.value };
    content.scams.push(entry);
  }
  return content;
}

/** Throws unless the direct path and readRegistryFile agree entry for entry on a registry of `channels` channels. */
export function checkDirectNormalize(channels: number): void {
  const { file } = createSyntheticRegistry(channels, 7);
  const read = readRegistryFile(file);
  if (!read.ok) throw new Error(`synthetic registry rejected: ${JSON.stringify(read.problems.slice(0, 3))}`);
  const direct = normalizeDirectly(file);
  for (const part of ['organizations', 'channels', 'scams'] as const) {
    const at = read.content[part].findIndex((entry, i) => !isDeepStrictEqual(entry, direct[part][i]));
    if (at >= 0 || read.content[part].length !== direct[part].length) {
      throw new Error(`direct normalization differs in ${part}[${at}]: ${JSON.stringify(read.content[part][at])} vs ${JSON.stringify(direct[part][at])}`);
    }
  }
}
