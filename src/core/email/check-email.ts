/** @module Checking a whole email: parse, judge the sender, the provider's authentication results and every contact inside, then decide. */
import type { RegistryIndex } from '../registry/registry-index.ts';
import { ok, type Outcome } from '../types.ts';
import { judgeAuthentication } from './authentication-findings.ts';
import { readAuthentication, type AuthenticationView } from './authentication.ts';
import { judgeBody, type Counted, type FoundContact } from './body.ts';
import { createContactChecker, type ContactVerdict } from './contact-check.ts';
import { FindingList } from './findings.ts';
import { judgeOtherSenders, judgeTampering } from './header-findings.ts';
import { readHeaderFacts } from './headers.ts';
import { MAX_CHECKED, MAX_SCANNED_TEXT } from './limits.ts';
import { parseMessage } from './parse-message.ts';
import { judgeSender } from './sender.ts';
import { summarize, type Summary } from './summary.ts';

export interface EmailCheckOptions {
  /** ISO 3166-1 country for numbers written without a country code; without it only international numbers are read. */
  country?: string;
}

export interface EmailAnswer extends Summary {
  sender: {
    from: ContactVerdict | null;
    displayName: string | null;
    replyTo: ContactVerdict[];
    sender: string | null;
    returnPath: string | null;
  };
  authentication: AuthenticationView;
  email: { subject: string | null; date: string | null };
  links: FoundContact[];
  phones: FoundContact[];
  handles: FoundContact[];
  limits: { links: Counted & { max: number }; phones: Counted & { max: number }; handles: Counted & { max: number }; textTruncated: boolean };
  advice: string[];
  registry: { version: number; digest: string | null };
  checkedAt: string;
}

const MAX_TEXT_KB = MAX_SCANNED_TEXT / 1024;

/** Says when a limit cut the work short, so a clean answer is not read as covering what was not checked. */
function limitsFinding(limits: EmailAnswer['limits'], findings: FindingList): void {
  const cutKinds = (['links', 'phones', 'handles'] as const)
    .filter((k) => limits[k].found > limits[k].checked)
    .map((k) => `the first ${limits[k].checked} of ${limits[k].found} ${k === 'phones' ? 'phone numbers' : k}`);
  const parts = [...(cutKinds.length ? [`Only ${cutKinds.join(', ')} were checked`] : []), ...(limits.textTruncated ? [`only the first ${MAX_TEXT_KB} KB of each body's text were read`] : [])];
  if (!parts.length) return;
  const sentence = parts.join('; ');
  findings.add({ code: 'limits_reached', severity: 'info', argues: null, explanation: `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.` });
}

/**
 * The whole answer for a raw message, or the problem that prevents one (empty, unreadable, not an email).
 * Pure: no network, no storage; links are read, never opened, and domains never resolved.
 */
export async function checkEmail(index: RegistryIndex, raw: string | Uint8Array | ArrayBuffer, options: EmailCheckOptions, now: Date): Promise<Outcome<EmailAnswer>> {
  const parsed = await parseMessage(raw);
  if (!parsed.ok) return parsed;
  const email = parsed.value;
  const facts = readHeaderFacts(email);
  const check = createContactChecker(index, now);
  const findings = new FindingList();
  const sender = judgeSender(facts, check, findings);
  judgeTampering(facts, findings);
  const authentication = readAuthentication(email, sender.fromDomain);
  judgeAuthentication(authentication, sender, findings);
  const replyTo = judgeOtherSenders(facts, sender, check, findings);
  const verified = sender.official !== null && authentication.fromDomainVerified;
  const body = judgeBody(email, check, { country: options.country, verifiedOfficialSender: verified }, findings);
  const limits = {
    links: { ...body.counts.links, max: MAX_CHECKED.links },
    phones: { ...body.counts.phones, max: MAX_CHECKED.phones },
    handles: { ...body.counts.handles, max: MAX_CHECKED.handles },
    textTruncated: body.truncated,
  };
  limitsFinding(limits, findings);
  const summary = summarize(findings.items, { official: sender.official, address: sender.from?.input ?? null, verified });
  return ok({
    ...summary,
    sender: { from: sender.from, displayName: sender.displayName, replyTo, sender: facts.sender?.address ?? null, returnPath: facts.returnPath },
    authentication,
    email: { subject: facts.subject, date: facts.date },
    links: body.links,
    phones: body.phones,
    handles: body.handles,
    limits,
    advice: summary.organization ? (index.organization(summary.organization.slug)?.advice ?? []) : [],
    registry: { version: index.version, digest: index.digest || null },
    checkedAt: now.toISOString(),
  });
}
