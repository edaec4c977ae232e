/** @module The From address: its verdict, and a display name that claims an organization or shows another address. */
import type { ContactChecker, ContactVerdict } from './contact-check.ts';
import { contactFinding } from './contact-findings.ts';
import { domainOf } from './domains.ts';
import type { FindingList } from './findings.ts';
import type { HeaderFacts } from './headers.ts';

export interface SenderJudgement {
  from: ContactVerdict | null;
  displayName: string | null;
  fromDomain: string | null;
  /** The organization whose registered sender the From address is. */
  official: { slug: string; name: string } | null;
}

/** An address written in a display name: any local part, then a host name (letters, digits, dots and dashes). */
const ADDRESS_IN_TEXT = /[^\s@<>"'(),;:]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/** Display names are checked as `"name" <address>`: characters that would end the quote or the brackets are dropped. */
const UNSAFE_IN_NAME = /["<>\\\u0000-\u001f\u007f]+/g;
const MAX_NAME = 200;

/** Judges the From address and its display name, adding findings; the answer's `sender.from` is the address's own verdict. */
export function judgeSender(facts: HeaderFacts, check: ContactChecker, findings: FindingList): SenderJudgement {
  const mailbox = facts.from;
  if (!mailbox) {
    findings.add({ code: 'from_missing', severity: 'warning', argues: 'not_official', explanation: 'The message has no sender address (From), so nothing in it says who sent it.' });
    return { from: null, displayName: null, fromDomain: null, official: null };
  }
  const displayName = mailbox.name.trim() || null;
  const from = check(mailbox.address, { type: 'email' });
  const fromDomain = from.type === 'email' ? (from.normalized?.domain as string) : domainOf(mailbox.address);
  const judgement = { from, displayName, fromDomain, official: null };
  if (from.verdict === 'invalid') {
    findings.add({ code: 'from_missing', severity: 'warning', argues: 'not_official', subject: mailbox.address, explanation: `The sender address "${mailbox.address}" is not a valid email address: ${from.message}` });
    return judgement;
  }
  if (from.verdict === 'official') {
    const org = from.organization!;
    findings.add({ code: 'sender_official', severity: 'ok', argues: 'official', organization: org, subject: from.input, explanation: `${from.input} is a registered email sender of ${org.name}.` });
    return { ...judgement, official: org };
  }
  const finding = contactFinding('sender', from);
  if (finding) findings.add(finding);
  else findings.add({ code: 'sender_not_official', severity: 'info', argues: 'not_official', subject: from.input, explanation: `${from.input} is not an official email sender of any organization in this registry.` });
  if (displayName && (from.verdict === 'not_official' || from.verdict === 'lookalike')) judgeDisplayName(displayName, from.input, check, findings);
  if (displayName) judgeAddressInName(displayName, from.input, check, findings);
  return judgement;
}

/** "Binance Security" <alerts@random.example>: the name claims an organization the address does not belong to. */
function judgeDisplayName(name: string, address: string, check: ContactChecker, findings: FindingList): void {
  const safe = name.replace(UNSAFE_IN_NAME, ' ').trim().slice(0, MAX_NAME);
  if (!safe) return;
  const named = check(`"${safe}" <${address}>`, { type: 'email' });
  for (const match of named.matches) {
    if (!match.reasons.includes('display_name_claim')) continue;
    const org = match.organization;
    findings.add({
      // A warning when only the brand's name stands there and it is a common word ("Ledger").
      code: 'display_name_claim', severity: match.severity, argues: 'lookalike', organization: org, subject: name,
      explanation: `The sender name "${name}" claims to be ${org.name}, but ${address} is not one of ${org.name}'s addresses.`,
    });
  }
}

/** "support@binance.com" <phish@evil.example>: apps that show only the name show an address that did not send it. */
function judgeAddressInName(name: string, address: string, check: ContactChecker, findings: FindingList): void {
  const shown = ADDRESS_IN_TEXT.exec(name)?.[0];
  if (!shown || shown.toLowerCase() === address.toLowerCase()) return;
  const claimed = check(shown, { type: 'email' });
  const org = claimed.verdict === 'official' || claimed.verdict === 'revoked' ? claimed.organization : undefined;
  findings.add({
    code: 'display_name_address', severity: 'danger', argues: org ? 'lookalike' : 'not_official', subject: name, ...(org ? { organization: org } : {}),
    explanation: org
      ? `The sender name shows ${shown}, an address of ${org.name}, but the message is from ${address}.`
      : `The sender name shows the address ${shown}, but the message is from ${address}: apps that show only the name hide the real sender.`,
  });
}
