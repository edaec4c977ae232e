/** @module Headers that disagree with the From address or were tampered with: several senders, hidden line breaks, Reply-To, Sender and Return-Path elsewhere. */
import type { ContactChecker, ContactVerdict } from './contact-check.ts';
import { contactFinding } from './contact-findings.ts';
import { domainOf, sameOrganization } from './domains.ts';
import type { FindingList } from './findings.ts';
import type { HeaderFacts } from './headers.ts';
import type { SenderJudgement } from './sender.ts';

/** Reply-To may list several addresses; past a few, more are noise, not news. */
const MAX_REPLY_TO = 5;

const HEADER_NAMES: Record<string, string> = {
  from: 'From', sender: 'Sender', 'reply-to': 'Reply-To', to: 'To', cc: 'Cc', bcc: 'Bcc', subject: 'Subject', date: 'Date',
  'return-path': 'Return-Path', 'message-id': 'Message-ID', 'in-reply-to': 'In-Reply-To', references: 'References',
};
const headerName = (key: string): string => HEADER_NAMES[key] ?? key;

/** Several senders, and line breaks smuggled into headers through encoded words. */
export function judgeTampering(facts: HeaderFacts, findings: FindingList): void {
  if (facts.fromHeaders > 1 || facts.fromAddresses > 1) {
    const what = facts.fromHeaders > 1 ? `${facts.fromHeaders} From headers` : `${facts.fromAddresses} addresses in its From header`;
    findings.add({
      code: 'multiple_from', severity: 'danger', argues: 'not_official',
      explanation: `The message has ${what}. Mail apps and mail checks may each read a different one, a way to show one sender while another is verified.`,
    });
  }
  for (const key of facts.injected) {
    findings.add({
      code: 'header_injection', severity: 'danger', argues: 'not_official', subject: headerName(key),
      explanation: `The ${headerName(key)} header hides a line break or control character, usually inside encoded text (=?…?=): a trick to make mail apps show a forged header.`,
    });
  }
  for (const key of facts.duplicated) {
    findings.add({
      code: 'duplicate_header', severity: 'warning', argues: 'not_official', subject: headerName(key),
      explanation: `The ${headerName(key)} header appears more than once, which mail standards forbid; apps may show either one.`,
    });
  }
}

/** Reply-To, Sender and Return-Path against the From address. Returns the Reply-To addresses' verdicts for the answer. */
export function judgeOtherSenders(facts: HeaderFacts, sender: SenderJudgement, check: ContactChecker, findings: FindingList): ContactVerdict[] {
  const from = sender.from?.input ?? 'the From address';
  const replyTo = facts.replyTo.slice(0, MAX_REPLY_TO).map((m) => check(m.address, { type: 'email' }));
  for (const verdict of replyTo) {
    const finding = contactFinding('reply_to', verdict);
    const domain = verdict.type === 'email' ? (verdict.normalized?.domain as string) : domainOf(verdict.input);
    const sameOrg = sender.official && verdict.verdict === 'official' && verdict.organization?.slug === sender.official.slug;
    if (finding) findings.add(finding);
    else if (!sameOrg && !sameOrganization(domain, sender.fromDomain)) {
      findings.add({
        code: 'reply_to_mismatch', severity: 'warning', argues: 'not_official', subject: verdict.input,
        explanation: `Replies would go to ${verdict.input}, not to ${sender.fromDomain ?? 'the sender'}: answering reaches someone other than the sender shown.`,
      });
    }
  }
  const agent = facts.sender?.address;
  if (agent && sender.fromDomain && !sameOrganization(domainOf(agent), sender.fromDomain)) {
    findings.add({
      code: 'sender_mismatch', severity: 'warning', argues: 'not_official', subject: agent,
      explanation: `The Sender header says ${agent} sent this on behalf of ${from}; some apps show only one of the two.`,
    });
  }
  const bounce = facts.returnPath;
  if (bounce && sender.fromDomain && !sameOrganization(domainOf(bounce), sender.fromDomain)) {
    findings.add({
      code: 'return_path_mismatch', severity: 'info', argues: null, subject: bounce,
      explanation: `Bounces go to ${bounce}, another domain than ${sender.fromDomain}. Mailing services do this, so alone it means little; it is the domain SPF checked.`,
    });
  }
  return replyTo;
}
