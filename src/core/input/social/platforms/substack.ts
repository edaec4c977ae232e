/** @module Substack: publications (NAME.substack.com) and people (substack.com/@NAME). */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, toContact } from '../name-rule.ts';
import { ownPage, type Found, type SocialRule, type UrlParts } from '../rule.ts';

const NAME = nameRule('A Substack name', 'A-Za-z0-9-', 1, 63, "letters, digits and '-'");
// Subdomains Substack uses for itself rather than for publications.
const OWN_SUBS = new Set(['www', 'on', 'support', 'open', 'api', 'cdn', 'email', 'help', 'blog']);

// '@' stays in the value: it is what tells a person (@NAME) from a publication (NAME).
const person = (name: string): Outcome<SocialContact> => toContact('substack', NAME, name, (n) => `@${n}`);
const publication = (name: string): Outcome<SocialContact> => toContact('substack', NAME, name);

function path(segments: string[]): Outcome<Found> {
  const first = segments[0] ?? '';
  if (first.startsWith('@')) return person(first.slice(1));
  return ownPage(`substack.com/${first}`, 'Substack', 'NAME.substack.com or substack.com/@NAME');
}

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.sub === '' || parts.sub === 'www') return path(parts.segments);
  if (parts.sub.includes('.') || OWN_SUBS.has(parts.sub)) return null;
  return publication(parts.sub);
}

export const substack: SocialRule = {
  platform: 'substack',
  name: 'Substack',
  hosts: ['substack.com'],
  fromUrl,
  fromPath: path,
  fromName: (token) => (token.startsWith('@') ? person(token.slice(1)) : publication(token)),
};
