/** @module From a normalized contact and the registry index to a verdict, the one answer every surface shows. */
import { platformName } from './input/social/index.ts';
import { compareWithChannel } from './lookalike/comparison.ts';
import { notOfficialMessage, notOfficialNote, redirectNote, type AnswerNote } from './verdict-notes.ts';
import type { LookalikeMatch } from './lookalike/findings.ts';
import type { ChannelEntry, ScamEntry } from './registry/entries.ts';
import type { IndexHits, RegistryIndex } from './registry/registry-index.ts';
import type { ChannelKind, Contact, Problem } from './types.ts';

/** In precedence order: the first that applies decides. `lookalike` joins with lookalike detection. */
export const VERDICTS = ['official', 'revoked', 'known_scam', 'lookalike', 'not_official', 'invalid'] as const;
export type VerdictCode = (typeof VERDICTS)[number];

export interface ChannelView {
  kind: ChannelKind;
  platform?: string;
  value: string;
  normalized: string;
  label?: string;
  status: ChannelEntry['status'];
  reason?: string;
  revokedAt?: string;
  usage?: string[];
  accountId?: string;
}

export interface CheckAnswer {
  input: string;
  type: ChannelKind | null;
  normalized: Record<string, unknown> | null;
  verdict: VerdictCode;
  organization?: { slug: string; name: string };
  channel?: ChannelView;
  /** Every channel that matched, when there are several (a bare handle registered on several platforms). */
  channels?: ChannelView[];
  scam?: { reason: string; target: { slug: string; name: string } };
  /** Present when the question was asked for one organization only ("is this one of ours?"): that organization. */
  scope?: { slug: string; name: string };
  /** For `lookalike`: each imitated official channel, with reasons, score, severity and explanation. */
  matches: LookalikeMatch[];
  advice: string[];
  message: string;
  /** For `not_official`: why, where more than "none" can be said (see `AnswerNote`). */
  note?: AnswerNote;
  error?: Problem;
  registry: { version: number; digest: string | null };
  checkedAt: string;
}

export function viewChannel(c: ChannelEntry): ChannelView {
  return {
    kind: c.kind,
    ...(c.platform ? { platform: c.platform } : {}),
    value: c.display,
    normalized: c.value,
    ...(c.label ? { label: c.label } : {}),
    status: c.status,
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.revokedAt ? { revokedAt: c.revokedAt } : {}),
    ...(c.usage ? { usage: c.usage } : {}),
    ...(c.accountId ? { accountId: c.accountId } : {}),
  };
}

const KIND_WORDS: Record<ChannelKind, string> = {
  domain: 'website',
  email: 'email sender',
  phone: 'phone number',
  social: 'account',
};

function describe(channels: ChannelEntry[], orgName: string): string {
  const first = channels[0];
  if (!first || first.kind !== 'social') return `an official ${orgName} ${KIND_WORDS[first?.kind ?? 'domain']}`;
  const platforms = [...new Set(channels.map((c) => platformName(c.platform!)))];
  const list = platforms.length > 1 ? `${platforms.slice(0, -1).join(', ')} and ${platforms.at(-1)}` : platforms[0];
  return `an official ${orgName} account on ${list}`;
}

function organizationRef(index: RegistryIndex, slug: string): { slug: string; name: string } {
  return { slug, name: index.organization(slug)?.name ?? slug };
}

function adviceOf(index: RegistryIndex, slug: string): string[] {
  return index.organization(slug)?.advice ?? [];
}

type Decision = Pick<CheckAnswer, 'verdict' | 'organization' | 'channel' | 'channels' | 'scam' | 'scope' | 'advice' | 'message' | 'matches'>;

type MatchFilter = (match: LookalikeMatch) => boolean;

function decide(index: RegistryIndex, contact: Contact, channels: ChannelEntry[], scams: ScamEntry[], keepMatch: MatchFilter = () => true): Decision {
  const active = channels.filter((c) => c.status === 'active');
  const chosen = active.length ? active : channels;
  const first = chosen[0];
  if (first) {
    const org = organizationRef(index, first.organization);
    const many = chosen.length > 1 ? { channels: chosen.map(viewChannel) } : {};
    const base = { organization: org, channel: viewChannel(first), ...many, advice: adviceOf(index, org.slug), matches: [] };
    if (active.length) {
      const elsewhere = contact.kind === 'social' && !contact.platform ? ' On any other platform, the same name is not official.' : '';
      return { ...base, verdict: 'official', message: `This is ${describe(active, org.name)}.${elsewhere}` };
    }
    const when = first.revokedAt ? ` on ${first.revokedAt.slice(0, 10)}` : '';
    const why = first.reason ? ` (${first.reason})` : '';
    return {
      ...base,
      verdict: 'revoked',
      message: `This was an official channel of ${org.name} but was retired${when}${why}. Do not trust it any more.`,
    };
  }
  const scam = scams[0];
  if (scam) {
    const target = organizationRef(index, scam.target);
    return {
      verdict: 'known_scam',
      organization: target,
      scam: { reason: scam.reason, target },
      advice: adviceOf(index, target.slug),
      matches: [],
      message: `This is a known scam impersonating ${target.name}: ${scam.reason}. Do not reply, pay or sign in.`,
    };
  }
  const matches = index.lookalikes(contact).filter(keepMatch).map((m) => withComparison(contact, m));
  const top = matches[0];
  if (top) {
    return {
      verdict: 'lookalike',
      organization: top.organization,
      matches,
      advice: adviceOf(index, top.organization.slug),
      message: `This is not an official channel. ${top.explanation}`,
    };
  }
  const note = notOfficialNote(index, contact);
  return { verdict: 'not_official', matches: [], advice: [], message: notOfficialMessage(note), ...(note ? { note } : {}) };
}

/**
 * "Is this one of ours?" for one organization: its own channels, the scams that impersonate it and the
 * lookalikes of it decide as usual, and anything else is not one of its channels. Another organization's
 * channel, even a retired one, is never called a lookalike of this one: it is real, only not theirs.
 * (A lookalike of this organization ranked below five others is not seen: the index keeps five matches.)
 */
function decideFor(index: RegistryIndex, contact: Contact, hits: IndexHits, slug: string): Decision {
  const scope = organizationRef(index, slug);
  const ours = hits.channels.filter((c) => c.organization === slug);
  const decision = ours.length || !hits.channels.length
    ? decide(index, contact, ours, hits.scams.filter((s) => s.target === slug), (m) => m.organization.slug === slug)
    : undefined;
  if (decision && decision.verdict !== 'not_official') return { ...decision, scope };
  return { verdict: 'not_official', scope, matches: [], advice: adviceOf(index, slug), message: `This is not an official channel of ${scope.name}.` };
}

/**
 * A match with the contact and the imitated channel side by side, the differing characters marked, where
 * they are alike enough. The match is this lookup's own (the index writes new ones for every lookup), so
 * the comparison is added to it: copying each match cost about 3% of a lookalike lookup.
 */
function withComparison(contact: Contact, match: LookalikeMatch): LookalikeMatch {
  const comparison = compareWithChannel(contact, match.channel);
  if (comparison) match.comparison = comparison;
  return match;
}

/** The normalized contact as the API shows it: its fields without the kind, which `type` already gives. */
function normalizedView({ kind: _kind, ...rest }: Contact): Record<string, unknown> {
  return rest;
}

/**
 * The verdict on one understood contact; with `scope` (an organization's slug), answered for that
 * organization only, as its widget asks: official, revoked, known_scam and lookalike concern it alone.
 */
export function checkContact(index: RegistryIndex, input: string, contact: Contact, now: Date, scope?: string): CheckAnswer {
  const hits = index.find(contact);
  const decision = scope ? decideFor(index, contact, hits, scope) : decide(index, contact, hits.channels, hits.scams);
  if (contact.redirects?.length) decision.message = `${redirectNote(contact, contact.redirects)} ${decision.message}`;
  return {
    input,
    type: contact.kind,
    normalized: normalizedView(contact),
    ...decision,
    registry: { version: index.version, digest: index.digest || null },
    checkedAt: isoTime(now),
  };
}

let lastTime = Number.NaN;
let lastIso = '';

/** `now` as ISO text, written once per instant: a batch stamps a thousand answers with the same one. */
function isoTime(now: Date): string {
  const time = now.getTime();
  if (time !== lastTime) [lastTime, lastIso] = [time, now.toISOString()];
  return lastIso;
}

/** The in-place answer for an input that could not be understood (batch items). */
export function invalidAnswer(index: RegistryIndex, input: string, problem: Problem, now: Date): CheckAnswer {
  return {
    input,
    type: null,
    normalized: null,
    verdict: 'invalid',
    matches: [],
    advice: [],
    message: problem.message,
    error: problem,
    registry: { version: index.version, digest: index.digest || null },
    checkedAt: isoTime(now),
  };
}
