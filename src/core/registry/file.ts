/** @module Reading a registry file into normalized entries (every bad entry named by its JSON path) and writing one back. */
import { normalizeChannelValue } from './channel-value.ts';
import { channelKey, emptyContent, scamKey, type ChannelEntry, type RegistryContent, type ScamEntry } from './entries.ts';
import { registryFileSchema, type ChannelFileEntry, type RegistryFile } from './file-schema.ts';

export interface FileProblem {
  /** JSON path of the bad entry, such as `organizations[2].channels[0].value`. */
  path: string;
  message: string;
}

export type FileReadResult = { ok: true; content: RegistryContent } | { ok: false; problems: FileProblem[] };

const MAX_PROBLEMS = 1000;

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  ) || '(root)';
}

/** Rules that span fields, which a per-field schema cannot express. */
function fieldRuleProblem(channel: ChannelFileEntry | { kind: string; platform?: string }): string | null {
  const c = channel as ChannelFileEntry;
  if (c.kind === 'social' && !c.platform) return 'social channels need a platform';
  if (c.kind !== 'social' && c.platform) return `platform applies to social channels only, not ${c.kind}`;
  if (c.usage && c.kind !== 'phone') return 'usage applies to phone channels only';
  if (c.accountId && c.kind !== 'social') return 'accountId applies to social channels only';
  if (c.subdomains !== undefined && c.kind !== 'domain' && !(c.kind === 'email' && c.value.startsWith('@'))) {
    return 'subdomains applies to domains and email sender domains only';
  }
  if (c.localPartCaseSensitive !== undefined && c.kind !== 'email') return 'localPartCaseSensitive applies to email channels only';
  return null;
}

/**
 * Validates a parsed JSON registry file as a whole and normalizes every value.
 * Slugs in `knownSlugs` (already stored) may be targeted by scam entries besides the file's own.
 */
export function readRegistryFile(json: unknown, knownSlugs: ReadonlySet<string> = new Set()): FileReadResult {
  const parsed = registryFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.slice(0, MAX_PROBLEMS).map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const problems: FileProblem[] = [];
  const report = (path: string, message: string) => problems.length < MAX_PROBLEMS && problems.push({ path, message });
  const content: RegistryContent = emptyContent();
  const slugs = new Map<string, number>();
  const seenChannels = new Map<string, string>();

  parsed.data.organizations.forEach((org, i) => {
    const at = `organizations[${i}]`;
    const first = slugs.get(org.slug);
    if (first !== undefined) report(`${at}.slug`, `duplicate slug "${org.slug}" (also organizations[${first}])`);
    slugs.set(org.slug, i);
    const { channels, legitimateLookalikes, ...fields } = org;
    const legitimate = (legitimateLookalikes ?? []).flatMap((entry, k) => {
      const path = `${at}.legitimateLookalikes[${k}]`;
      const rule = fieldRuleProblem(entry);
      if (rule) return void report(path, rule), [];
      const normalized = normalizeChannelValue(entry.kind, entry.value, entry.platform);
      if (!normalized.ok) return void report(`${path}.value`, normalized.problem.message), [];
      return [{ ...entry, value: normalized.value.value, display: entry.value }];
    });
    content.organizations.push(legitimate.length ? { ...fields, legitimateLookalikes: legitimate } : fields);
    channels.forEach((channel, j) => {
      const path = `${at}.channels[${j}]`;
      const rule = fieldRuleProblem(channel) ?? (channel.reason && channel.status !== 'revoked' ? 'reason applies to revoked channels only' : null);
      if (rule) return void report(path, rule);
      const normalized = normalizeChannelValue(channel.kind, channel.value, channel.platform);
      if (!normalized.ok) return void report(`${path}.value`, normalized.problem.message);
      const entry: ChannelEntry = {
        ...channel,
        organization: org.slug,
        value: normalized.value.value,
        display: channel.value,
        status: channel.status ?? 'active',
        ...(channel.accountId ?? normalized.value.accountId ? { accountId: channel.accountId ?? normalized.value.accountId } : {}),
      };
      const key = channelKey(entry);
      const twin = seenChannels.get(key);
      if (twin) return void report(path, `the same channel as ${twin}`);
      seenChannels.set(key, path);
      content.channels.push(entry);
    });
  });

  const seenScams = new Map<string, string>();
  parsed.data.scams.forEach((scam, i) => {
    const path = `scams[${i}]`;
    if (!slugs.has(scam.target) && !knownSlugs.has(scam.target)) {
      return void report(`${path}.target`, `no organization "${scam.target}" in this file or the registry`);
    }
    const rule = fieldRuleProblem(scam);
    if (rule) return void report(path, rule);
    const normalized = normalizeChannelValue(scam.kind, scam.value, scam.platform);
    if (!normalized.ok) return void report(`${path}.value`, normalized.problem.message);
    const entry: ScamEntry = { ...scam, value: normalized.value.value, display: scam.value };
    const twin = seenScams.get(scamKey(entry));
    if (twin) return void report(path, `the same scam entry as ${twin}`);
    seenScams.set(scamKey(entry), path);
    content.scams.push(entry);
  });

  return problems.length ? { ok: false, problems } : { ok: true, content };
}

/** Writes registry content in the file format; reading the result back gives the same content. */
export function writeRegistryFile(content: RegistryContent, description?: string): RegistryFile {
  const bySlug = new Map<string, ChannelFileEntry[]>();
  for (const { organization, value, display, ...rest } of content.channels) {
    const list = bySlug.get(organization) ?? [];
    list.push({ ...rest, value: display });
    bySlug.set(organization, list);
  }
  return {
    ...(description ? { description } : {}),
    organizations: content.organizations.map(({ legitimateLookalikes, ...org }) => ({
      ...org,
      ...(legitimateLookalikes?.length
        ? { legitimateLookalikes: legitimateLookalikes.map(({ value, display, ...rest }) => ({ ...rest, value: display })) }
        : {}),
      channels: bySlug.get(org.slug) ?? [],
    })),
    scams: content.scams.map(({ value, display, ...rest }) => ({ ...rest, value: display })),
  };
}
