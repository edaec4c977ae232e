/** @module What an email check reports: findings with a stable code, a severity, an explanation, and the verdict each one argues for. */

/** `danger` and `warning` are reasons for concern; `info` is context; `ok` is good news (an official, verified sender). */
export const SEVERITIES = ['danger', 'warning', 'info', 'ok'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The verdicts a whole message can get, strongest last-resort first: `official` must be earned. */
export const EMAIL_VERDICTS = ['official', 'known_scam', 'lookalike', 'not_official'] as const;
export type EmailVerdict = (typeof EMAIL_VERDICTS)[number];

export interface Finding {
  /** Stable, for programs and translated pages: `dmarc_fail`, `link_text_mismatch`… (README, Checking an email). */
  code: string;
  severity: Severity;
  /** An English sentence for people. */
  explanation: string;
  /** The organization the finding is about: the official sender, or the one imitated. */
  organization?: { slug: string; name: string };
  /** What the finding is about, as found in the message: an address, a link, a number or a handle. */
  subject?: string;
}

/**
 * A finding with the verdict it argues for: `known_scam` and `lookalike` findings decide the verdict,
 * `not_official` ones explain why a message is not official, `official` ones are its proof, and `null`
 * ones are context only. Kept apart from `Finding` so the answer shows codes, not the decision machinery.
 */
export interface WeighedFinding extends Finding {
  argues: EmailVerdict | null;
}

const SEVERITY_ORDER: Record<Severity, number> = { danger: 0, warning: 1, info: 2, ok: 3 };

/** Most severe first; equal severities keep the order they were found in (Array.prototype.sort is stable). */
export const bySeverity = (a: Finding, b: Finding): number => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];

/** Collects findings once each: the same code about the same subject is said once. */
export class FindingList {
  readonly #items: WeighedFinding[] = [];
  readonly #seen = new Set<string>();

  add(finding: WeighedFinding): void {
    const key = `${finding.code}|${finding.subject ?? ''}|${finding.organization?.slug ?? ''}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#items.push(finding);
  }

  get items(): readonly WeighedFinding[] {
    return this.#items;
  }
}
