/** @module The verdict on a whole message: `official` only for a verified official sender, otherwise the strongest finding decides. */
import { bySeverity, type EmailVerdict, type Finding, type WeighedFinding } from './findings.ts';

export interface Summary {
  verdict: EmailVerdict;
  organization?: { slug: string; name: string };
  message: string;
  /** Codes of the findings that decided the verdict, most severe first; they also lead `findings`. */
  reasons: string[];
  findings: Finding[];
}

export interface SenderStanding {
  /** The organization whose registered sender the From address is. */
  official: { slug: string; name: string } | null;
  address: string | null;
  /** The provider's DMARC pass for the From domain, or an aligned DKIM pass. */
  verified: boolean;
}

const NO_SENDER = 'This email is not from an official sender of any organization in this registry.';

const plain = ({ argues: _argues, ...finding }: WeighedFinding): Finding => finding;

function decide(all: readonly WeighedFinding[], sender: SenderStanding): { verdict: EmailVerdict; reasons: WeighedFinding[] } {
  const arguing = (verdict: EmailVerdict) => all.filter((f) => f.argues === verdict).sort(bySeverity);
  const scams = arguing('known_scam');
  if (scams.length) return { verdict: 'known_scam', reasons: scams };
  const lookalikes = arguing('lookalike');
  if (lookalikes.length) return { verdict: 'lookalike', reasons: lookalikes };
  // A verified official sender is not enough when something in the message is a danger (two From headers, a hidden line break…).
  if (sender.official && sender.verified && !all.some((f) => f.severity === 'danger')) return { verdict: 'official', reasons: arguing('official') };
  return { verdict: 'not_official', reasons: arguing('not_official') };
}

function messageFor(verdict: EmailVerdict, org: Summary['organization'], first: WeighedFinding | undefined, sender: SenderStanding): string {
  const detail = first ? ` ${first.explanation}` : '';
  switch (verdict) {
    case 'official':
      return `This email is from ${org!.name}: ${sender.address} is its registered sender, and your mail provider verified it.`;
    case 'known_scam':
      return `This email is a known scam${org ? ` impersonating ${org.name}` : ''}.${detail}`;
    case 'lookalike':
      return `This email imitates ${org?.name ?? 'an official sender'}.${detail}`;
    case 'not_official':
      if (org) return `This email is not verified as coming from ${org.name}.${detail}`;
      return first && (first.severity === 'danger' || first.severity === 'warning') ? `${NO_SENDER}${detail}` : NO_SENDER;
  }
}

/** Decides, and orders the findings: the reasons first, then the rest, most severe first. */
export function summarize(all: readonly WeighedFinding[], sender: SenderStanding): Summary {
  const { verdict, reasons } = decide(all, sender);
  const rest = all.filter((f) => !reasons.includes(f)).sort(bySeverity);
  const organization = verdict === 'official' ? sender.official! : reasons.find((f) => f.organization)?.organization ?? (verdict === 'not_official' ? sender.official ?? undefined : undefined);
  return {
    verdict,
    ...(organization ? { organization } : {}),
    message: messageFor(verdict, organization, reasons[0], sender),
    reasons: [...new Set(reasons.map((f) => f.code))],
    findings: [...reasons, ...rest].map(plain),
  };
}
