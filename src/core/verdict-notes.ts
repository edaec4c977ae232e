/** @module What an answer says beyond its verdict: where a redirect link ends, and why a contact is no official channel when more than "none" can be said. */
import { platformName } from './input/social/index.ts';
import { isWebProxy, redirectPageName } from './input/redirects.ts';
import { registrableOf } from './lookalike/names.ts';
import { userContentPage } from './lookalike/user-content.ts';
import type { RegistryIndex } from './registry/registry-index.ts';
import type { Contact, EmailContact } from './types.ts';

/**
 * Why a contact is no official channel, where more than "none" can be said, as data a page words in its
 * reader's language: a page published where anyone can publish, or a sender on an organization's own
 * domain that the organization does not list.
 */
export type AnswerNote =
  | { code: 'user_content_page'; product: string; host: string }
  | { code: 'unlisted_sender'; organization: { slug: string; name: string }; domain: string };

/** The note a `not_official` answer carries, if more than "none" can be said of the contact. */
export function notOfficialNote(index: RegistryIndex, contact: Contact): AnswerNote | undefined {
  if (contact.kind === 'domain') {
    const page = userContentPage(contact);
    return page ? { code: 'user_content_page', product: page.product, host: page.host } : undefined;
  }
  if (contact.kind !== 'email') return undefined;
  const owner = senderDomainOwner(index, contact);
  return owner ? { code: 'unlisted_sender', organization: owner, domain: contact.domainUnicode } : undefined;
}

/** A `not_official` answer's English message: its note said, or "none". */
export function notOfficialMessage(note: AnswerNote | undefined): string {
  switch (note?.code) {
    case 'user_content_page':
      return `This page was published on ${note.product} (${note.host}), where anyone can publish: whoever runs ${note.host}, the page is not an official channel of any organization in this registry.`;
    case 'unlisted_sender': {
      const owner = note.organization.name;
      return `This address is on ${owner}'s domain ${note.domain}, but ${owner} does not list it among its email senders. A sender's address can be forged: trust it only when your mail provider shows the message as verified.`;
    }
    default:
      return 'This is not an official channel of any organization in this registry.';
  }
}

/** The organization whose active official website the sender's domain is (or is under), if any. */
function senderDomainOwner(index: RegistryIndex, contact: EmailContact): { slug: string; name: string } | undefined {
  const site = index.find({ kind: 'domain', value: contact.domain, unicode: contact.domainUnicode, registrableDomain: registrableOf(contact.domain), ip: false });
  const slug = site.channels.find((c) => c.status === 'active')?.organization;
  return slug ? { slug, name: index.organization(slug)?.name ?? slug } : undefined;
}

/** What an answer says first of a redirect link: the redirect pages it goes through, and where it ends (the answer is about that). */
export function redirectNote(contact: Contact, redirects: string[]): string {
  // Redirect pages alone are named together ("the redirect pages of a, then b"); a proxy among them on its own.
  const pages = redirects.some(isWebProxy)
    ? redirects.map(redirectPageName).join(', then ')
    : redirects.length > 1 ? `the redirect pages of ${redirects.join(', then ')}` : `the redirect page of ${redirects[0]}`;
  return `This link goes through ${pages} to ${destination(contact)}.`;
}

/** Where a link ends, as a person would name it. */
function destination(contact: Contact): string {
  switch (contact.kind) {
    case 'domain':
      return contact.unicode;
    case 'social':
      return `${contact.platform ? `a ${platformName(contact.platform)} ` : 'the '}account ${contact.value ?? contact.accountId ?? ''}`.trim();
    case 'phone':
      return `the number ${contact.international}`;
    case 'email':
      return contact.value;
  }
}
