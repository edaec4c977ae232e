/**
 * @module Admin edits read exactly as the registry file is: each body is wrapped in a one-entry file and
 * put through readRegistryFile, so an entry added over the API is validated and normalized like an imported one.
 */
import type { ChannelEntry, OrganizationEntry, ScamEntry } from './entries.ts';
import { readRegistryFile, type FileProblem } from './file.ts';

export type InputResult<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

/** Problems named by the field of the body, not by the wrapping file's path. */
function relative(problems: FileProblem[], prefix: string): FileProblem[] {
  return problems.map((p) => ({ ...p, path: p.path.startsWith(prefix) ? p.path.slice(prefix.length).replace(/^\./, '') || '(body)' : p.path }));
}

/** An organization's own fields (no channels), in the file's form. */
export function readOrganizationInput(body: Record<string, unknown>): InputResult<OrganizationEntry> {
  const read = readRegistryFile({ organizations: [{ ...body, channels: [] }] });
  if (!read.ok) return { ok: false, problems: relative(read.problems, 'organizations[0]') };
  return { ok: true, value: read.content.organizations[0]! };
}

/** One channel of organization `slug`, in the file's form (its value as people write it). */
export function readChannelInput(slug: string, body: Record<string, unknown>): InputResult<ChannelEntry> {
  const read = readRegistryFile({ organizations: [{ slug, name: slug, channels: [body] }] });
  if (!read.ok) return { ok: false, problems: relative(read.problems, 'organizations[0].channels[0]') };
  return { ok: true, value: read.content.channels[0]! };
}

/** One scam entry, whose target must be one of `knownSlugs`. */
export function readScamInput(body: Record<string, unknown>, knownSlugs: ReadonlySet<string>): InputResult<ScamEntry> {
  const read = readRegistryFile({ organizations: [], scams: [body] }, knownSlugs);
  if (!read.ok) return { ok: false, problems: relative(read.problems, 'scams[0]') };
  return { ok: true, value: read.content.scams[0]! };
}
