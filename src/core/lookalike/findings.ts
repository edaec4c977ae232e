/** @module Collecting clues per imitated organization, scoring them, and writing the match the API returns. */
import { platformName } from '../input/social/index.ts';
import type { ChannelEntry, OrganizationEntry } from '../registry/entries.ts';
import type { Comparison } from './comparison.ts';
import type { LookalikeTarget } from './lookalike-index.ts';

export const REASON_CODES = [
  'homoglyph', 'mixed_script', 'whole_script', 'typo', 'brand_embedded', 'tld_swap',
  'brand_in_local_part', 'display_name_claim', 'other_platform',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface LookalikeMatch {
  organization: { slug: string; name: string };
  channel: { kind: string; platform?: string; value: string };
  reasons: ReasonCode[];
  score: number;
  severity: 'danger' | 'warning';
  explanation: string;
  /** The contact and this channel side by side, differing characters marked; absent when they are not alike letter by letter. */
  comparison?: Comparison;
}

/** A clause of an explanation, or how to write it: most clues found never reach an answer, so their text is written only when one does. */
export type ClueText = string | (() => string);

export interface Clue {
  reason: ReasonCode;
  text: ClueText;
  weight: number;
}

/**
 * A clue. Lazy texts are passed here rather than written as properties of an object literal: a bundler
 * keeping function names (tsx, wrangler) renames every arrow written as a property, each time it is made.
 */
export const clue = (reason: ReasonCode, text: ClueText, weight: number): Clue => ({ reason, text, weight });

const written = (text: ClueText): string => (typeof text === 'string' ? text : text());

/** Scores at or above this are dangers: the contact is built to be mistaken for the official one. */
const DANGER = 0.75;
const MAX_MATCHES = 5;

/** What one organization's imitation was found by: the channel it names best, its clues, and when it was first found. */
interface OrganizationFindings {
  target: LookalikeTarget;
  clues: Clue[];
  order: number;
}

export class Findings {
  readonly #byOrg = new Map<string, OrganizationFindings>();

  /** `prefer` says whether a target names the imitated channel better than the one held (same kind, same platform). */
  constructor(private readonly prefer: (candidate: LookalikeTarget, held: LookalikeTarget) => boolean) {}

  add(target: LookalikeTarget, reason: ReasonCode, text: ClueText, weight: number): void {
    const entry = this.#byOrg.get(target.organization);
    if (!entry) return void this.#byOrg.set(target.organization, { target, clues: [{ reason, text, weight }], order: this.#byOrg.size });
    if (this.prefer(target, entry.target)) entry.target = target;
    // One clause per reason, the first found: checks run from the most specific (the whole name) down.
    const held = entry.clues.find((c) => c.reason === reason);
    if (!held) entry.clues.push({ reason, text, weight });
    else held.weight = Math.max(held.weight, weight);
  }

  has(organization: string, reason?: ReasonCode): boolean {
    const entry = this.#byOrg.get(organization);
    return !!entry && (!reason || entry.clues.some((c) => c.reason === reason));
  }

  /** How many organizations were found. */
  get size(): number {
    return this.#byOrg.size;
  }

  get organizations(): string[] {
    return [...this.#byOrg.keys()];
  }

  drop(organization: string): void {
    this.#byOrg.delete(organization);
  }

  /** Drops the organizations found for this reason alone (those `which` picks, when given). */
  dropFoundOnlyFor(reason: ReasonCode, which: (organization: string) => boolean = () => true): void {
    for (const [organization, entry] of this.#byOrg) if (entry.clues.every((c) => c.reason === reason) && which(organization)) this.#byOrg.delete(organization);
  }

  /**
   * The matches, strongest first: one per organization, its reasons in the order found. `pick` may
   * name a better channel of the organization than the one whose name matched (its account on the
   * same platform, its website for a domain). Among equal scores, an organization whose matched
   * channel `favoured` comes first.
   */
  matches(
    organizationOf: (slug: string) => OrganizationEntry | undefined,
    pick: (slug: string, matched: ChannelEntry) => ChannelEntry,
    favoured?: (matched: ChannelEntry) => boolean,
  ): LookalikeMatch[] {
    const scored: Array<{ slug: string; entry: OrganizationFindings; exact: number; score: number; favoured: number }> = [];
    for (const [slug, entry] of this.#byOrg) {
      // Clues hold one reason each (see `add`), so each further clue is an independent one: it adds
      // a little confidence; none reaches certainty.
      let strongest = 0;
      for (const clue of entry.clues) strongest = Math.max(strongest, clue.weight);
      const exact = Math.min(0.99, strongest + 0.03 * (entry.clues.length - 1));
      scored.push({ slug, entry, exact, score: Math.round(exact * 100) / 100, favoured: 0 });
    }
    // Only a tie needs the preference, which reads each matched channel (most answers name one organization).
    if (favoured && scored.length > 1) for (const s of scored) s.favoured = favoured(s.entry.target) ? 1 : 0;
    // Other ties go to the organization found first: checks run from the whole name down to its parts.
    scored.sort((a, b) => b.score - a.score || b.favoured - a.favoured || a.entry.order - b.entry.order);
    return scored.slice(0, MAX_MATCHES).map(({ slug, entry: { target, clues }, score, exact }) => {
      const name = organizationOf(slug)?.name ?? slug;
      const c = pick(slug, target);
      // Each clause once (two clues may say the same), in the order found; an answer has a few.
      const texts: string[] = [];
      for (const clue of clues) {
        const text = written(clue.text);
        if (!texts.includes(text)) texts.push(text);
      }
      return {
        organization: { slug, name },
        // Two literal shapes rather than a spread, which copies through a generic path.
        channel: c.platform ? { kind: c.kind, platform: c.platform, value: c.display } : { kind: c.kind, value: c.display },
        reasons: clues.map((clue) => clue.reason),
        score,
        severity: exact >= DANGER ? 'danger' : 'warning',
        explanation: `Imitates ${name}'s ${describeChannel(c)}: ${texts.join('; ')}.`,
      };
    });
  }
}

/** How an explanation names a channel: `binance.com`, `sender @binance.com`, `Telegram account binanceexchange`. */
function describeChannel(c: ChannelEntry): string {
  if (c.kind === 'social') return `${platformName(c.platform!)} account ${c.display}`;
  if (c.kind === 'email') return `sender ${c.display}`;
  return c.display;
}
