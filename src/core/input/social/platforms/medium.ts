/** @module Medium: people (medium.com/@NAME, NAME.medium.com) and publications (medium.com/NAME). */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, toContact } from '../name-rule.ts';
import { head } from '../path.ts';
import { ownPage, type Found, type SocialRule, type UrlParts } from '../rule.ts';

const USER = nameRule('A Medium username', 'A-Za-z0-9._-', 1, 30, "letters, digits, '.', '-' and '_'");
const PUBLICATION = nameRule('A Medium publication name', 'A-Za-z0-9_-', 1, 100, "letters, digits, '-' and '_'");

const RESERVED = new Set([
  'm', 'p', 'tag', 'tags', 'topic', 'topics', 'search', 'about', 'membership', 'plans', 'me', 'new-story', 'signin',
  'creators', 'policy', 'verified-authors', 'jobs-at-medium', 'following', 'lists',
]);
// Subdomains Medium uses for itself rather than for its members.
const OWN_SUBS = new Set(['help', 'policy', 'status', 'api', 'cdn', 'miro', 'design', 'events']);

// '@' stays in the value: it is what tells a person (@NAME) from a publication (NAME).
const user = (name: string): Outcome<SocialContact> => toContact('medium', USER, name, (n) => `@${n}`);
const publication = (name: string): Outcome<SocialContact> => toContact('medium', PUBLICATION, name);

function path(segments: string[]): Outcome<Found> {
  const first = head(segments);
  if (first.startsWith('@')) return user(segments[0]!.slice(1));
  if (!first || RESERVED.has(first)) return ownPage(`medium.com/${first}`, 'Medium', 'medium.com/@NAME');
  return publication(segments[0]!);
}

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.sub === '' || parts.sub === 'www') return path(parts.segments);
  if (parts.sub.includes('.') || OWN_SUBS.has(parts.sub)) return null;
  // NAME.medium.com is the same person as medium.com/@NAME.
  return user(parts.sub);
}

export const medium: SocialRule = {
  platform: 'medium',
  name: 'Medium',
  hosts: ['medium.com'],
  fromUrl,
  fromPath: path,
  fromName: (token) => (token.startsWith('@') ? user(token.slice(1)) : publication(token)),
};
