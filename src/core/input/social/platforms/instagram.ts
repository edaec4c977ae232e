/** @module Instagram: instagram.com/NAME, stories links, and the paths that are posts or Instagram's own pages. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, toContact, type NameRule } from '../name-rule.ts';
import { head, onSubs } from '../path.ts';
import { ownPage, type Found, type SocialRule, withoutAt } from '../rule.ts';

/** Shared with Threads, whose accounts are Instagram accounts. */
export const INSTAGRAM_NAME: NameRule = nameRule(
  'An Instagram username',
  'A-Za-z0-9._',
  1,
  30,
  "letters, digits, '.' and '_', not starting or ending with '.' and without '..'",
  '(?!\\.)(?!.*\\.\\.)(?!.*\\.$)',
);

const RESERVED = new Set([
  'p', 'reel', 'reels', 'explore', 'stories', 'accounts', 'direct', 'tv', 'about', 'developer', 'legal', 'web',
  'challenge', 'emails', 'session', 'privacy', 'terms', 'ar', 'create', 'graphql', 'api',
]);

const username = (name: string): Outcome<SocialContact> => toContact('instagram', INSTAGRAM_NAME, name);

function path(segments: string[]): Outcome<Found> {
  const first = head(segments);
  const second = segments[1] ?? '';
  // instagram.com/stories/NAME/ID is NAME's story; stories/highlights/ID names nobody.
  if (first === 'stories' && second && second !== 'highlights') return username(second);
  if (!first || RESERVED.has(first)) return ownPage(`instagram.com/${first}`, 'Instagram', 'instagram.com/NAME');
  return username(segments[0]!);
}

export const instagram: SocialRule = {
  platform: 'instagram',
  name: 'Instagram',
  hosts: ['instagram.com', 'instagr.am'],
  fromUrl: onSubs(path),
  fromPath: path,
  fromName: (token) => username(withoutAt(token)),
};
