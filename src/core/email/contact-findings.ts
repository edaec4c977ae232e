/** @module The finding a contact's verdict gives, wherever in the message it was found: sender, Reply-To, link, number or handle. */
import type { ContactVerdict } from './contact-check.ts';
import type { WeighedFinding } from './findings.ts';

export type Place = 'sender' | 'reply_to' | 'link' | 'phone' | 'handle';

const LABELS: Record<Place, string> = {
  sender: 'The sender address',
  reply_to: 'The Reply-To address',
  link: 'The link',
  phone: 'The phone number',
  handle: 'The handle',
};

/** Addresses a message comes from are the message itself; a retired link inside it is one bad door among others. */
const REVOKED_SEVERITY: Record<Place, 'danger' | 'warning'> = { sender: 'danger', reply_to: 'danger', link: 'warning', phone: 'warning', handle: 'warning' };

/**
 * `sender_known_scam`, `link_lookalike`, `phone_revoked`…: the code is the place and the verdict. Official,
 * not official and invalid contacts give none here; the sender's own are written by the sender checks.
 */
export function contactFinding(place: Place, verdict: ContactVerdict): WeighedFinding | null {
  const what = `${LABELS[place]} ${verdict.input}`;
  const base = { subject: verdict.input, ...(verdict.organization ? { organization: verdict.organization } : {}) };
  switch (verdict.verdict) {
    case 'known_scam':
      return {
        code: `${place}_known_scam`, severity: 'danger', argues: 'known_scam', ...base,
        explanation: `${what} is a known scam impersonating ${verdict.scam!.target.name}: ${verdict.scam!.reason}.`,
      };
    case 'lookalike': {
      const top = verdict.matches[0]!;
      return { code: `${place}_lookalike`, severity: top.severity, argues: 'lookalike', ...base, explanation: `${what} is not official. ${top.explanation}` };
    }
    case 'revoked': {
      const channel = verdict.channel!;
      const when = channel.revokedAt ? ` on ${channel.revokedAt.slice(0, 10)}` : '';
      const why = channel.reason ? ` (${channel.reason})` : '';
      return {
        code: `${place}_revoked`, severity: REVOKED_SEVERITY[place], argues: 'not_official', ...base,
        explanation: `${what} was an official channel of ${verdict.organization!.name} but was retired${when}${why}: do not trust it any more.`,
      };
    }
    default:
      return null;
  }
}
