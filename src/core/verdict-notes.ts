/** @module What an answer says beyond its verdict: where a redirect link ends, and why a contact is no official channel when more than "none" can be said. */
import { platformName } from './input/social/index.ts';
import { registrableOf } from './lookalike/names.ts';
import { userContentPage } from './lookalike/user-content.ts';
import type { RegistryIndex } from './registry/registry-index.ts';
import type { Contact, EmailContact } from './types.ts';

/** Why a contact is no official channel, where more than "none" can be said: a page anyone published, a sender the domain's owner does not list. */
export function notOfficialMessage(index: RegistryIndex, contact: Contact): string {
  const none = 'This is not an official channel of any organization in this registry.';
  if (contact.kind === 'domain') {
    const page = userContentPage(contact);
    return page
      ? `This page was published on ${page.product} (${page.host}), where anyone can publish: whoever runs ${page.host}, the page is not an official channel of any organization in this registry.`
      : none;
  }
  if (contact.kind !== 'email') return none;
  const owner = senderDomainOwner(index, contact);
  return owner
    ? `This address is on ${owner}'s domain ${contact.domainUnicode}, but ${owner} does not list it among its email senders. A sender's address can be forged: trust it only when your mail provider shows the message as verified.`
    : none;
}

/** The name of the organization whose active official website the sender's domain is (or is under), if any. */
function senderDomainOwner(index: RegistryIndex, contact: EmailContact): string | undefined {
  const site = index.find({ kind: 'domain', value: contact.domain, unicode: contact.domainUnicode, registrableDomain: registrableOf(contact.domain), ip: false });
  const slug = site.channels.find((c) => c.status === 'active')?.organization;
  return slug && (index.organizations.get(slug)?.name ?? slug);
}

/** What an answer says first of a redirect link: the redirect pages it goes through, and where it ends (the answer is about that). */
export function redirectNote(contact: Contact, redirects: string[]): string {
  const pages = redirects.length > 1 ? `the redirect pages of ${redirects.join(', then ')}` : `the redirect page of ${redirects[0]}`;
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
