/** @module Lookalike detection: which official channels a domain, sender or handle imitates, and how. */
import type { Contact } from '../types.ts';
import { ContactEvidence } from './evidence.ts';
import { Findings } from './findings.ts';
import { inspectEmail, inspectHandle, inspectPagePath, inspectUserinfo } from './inspect-contact.ts';
import { inspectDomain } from './inspect-domain.ts';
import type { LookalikeIndex, TargetRank } from './lookalike-index.ts';
import type { Context } from './report.ts';
import { userContentPage } from './user-content.ts';

/** Which channel names the imitated one best: same kind as the input, then same platform. */
function rankFor(contact: Contact): TargetRank {
  if (contact.kind === 'social') return (kind, platform) => (kind === 'social' ? (platform === contact.platform ? 3 : 2) : kind === 'domain' ? 1 : 0);
  if (contact.kind === 'email') return (kind) => (kind === 'email' ? 2 : kind === 'domain' ? 1 : 0);
  return (kind) => (kind === 'domain' ? 2 : 0);
}

/**
 * Every official channel the contact imitates, by organization. RegistryIndex.lookalikes then leaves
 * out organizations the contact is on the own domain of, and lookalikes declared legitimate.
 */
export function findLookalikeFindings(index: LookalikeIndex, contact: Contact): Findings {
  const rank = rankFor(contact);
  const findings = new Findings((candidate, held) => rank(candidate.kind, candidate.platform) > rank(held.kind, held.platform));
  const ctx: Context = { index, findings, rank, seen: new Map(), named: new Set(), evidence: evidenceOf(contact) };
  switch (contact.kind) {
    case 'domain': {
      // A page anyone published on a company's host: the host is the company's, the page's names are the publisher's.
      const page = userContentPage(contact);
      if (!contact.ip && contact.registrableDomain && !page) inspectDomain(ctx, contact.value, contact.unicode, contact.registrableDomain, '');
      if (contact.userinfo) inspectUserinfo(ctx, contact);
      if (page) inspectPagePath(ctx, contact.path!, page);
      else if (contact.ip && contact.path) inspectPagePath(ctx, contact.path, { ip: contact.value });
      break;
    }
    case 'email':
      inspectEmail(ctx, contact);
      break;
    case 'social':
      inspectHandle(ctx, contact);
      break;
    case 'phone':
      break;
  }
  return ctx.findings;
}

/** The domain whose evidence counts: a website's, or a sender's; handles and phone numbers have none. */
function evidenceOf(contact: Contact): ContactEvidence {
  if (contact.kind === 'domain') return new ContactEvidence(contact.ip ? null : contact.value, contact.registrableDomain);
  return new ContactEvidence(contact.kind === 'email' ? contact.domain : null);
}
