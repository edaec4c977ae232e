/** @module X (Twitter): x.com/name, x.com/i/user/ID and the paths that are pages, not profiles. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, toContact } from '../name-rule.ts';
import { head, onSubs } from '../path.ts';
import { DIGITS, ownPage, social, type Found, type SocialRule, withoutAt } from '../rule.ts';

const HANDLE = nameRule('An X handle', 'A-Za-z0-9_', 1, 15, 'letters, digits and underscores');

// Top-level paths X uses for its own pages; X does not let anyone register them as handles.
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'i', 'settings', 'search', 'compose', 'intent', 'share',
  'hashtag', 'tos', 'privacy', 'login', 'signup', 'logout', 'account', 'download', 'jobs', 'about', 'help',
  'rules', 'bookmarks', 'lists', 'communities', 'premium', 'verified', 'oauth', 'who_to_follow', 'en', 'topics',
]);

const handle = (name: string): Outcome<SocialContact> => toContact('x', HANDLE, name);

function path(segments: string[], query: URLSearchParams): Outcome<Found> {
  const first = head(segments);
  if (first === 'i' && segments[1] === 'user' && DIGITS.test(segments[2] ?? '')) {
    return social('x', undefined, segments[2]);
  }
  // The follow buttons sites embed: x.com/intent/follow?screen_name=NAME.
  if (first === 'intent' && /^(user|follow)$/.test(segments[1] ?? '')) {
    const name = query.get('screen_name');
    const id = query.get('user_id');
    if (name) return handle(name);
    if (id && DIGITS.test(id)) return social('x', undefined, id);
  }
  if (!first || RESERVED.has(first)) return ownPage(`x.com/${first}`, 'X', 'x.com/NAME');
  return handle(segments[0]!);
}

function fromName(token: string): Outcome<SocialContact> {
  const name = withoutAt(token);
  // Handles stop at 15 characters, so a longer number can only be an account ID.
  return /^\d{16,30}$/.test(name) ? social('x', undefined, name) : handle(name);
}

export const x: SocialRule = {
  platform: 'x',
  name: 'X',
  hosts: ['x.com', 'twitter.com'],
  fromUrl: onSubs(path, ['', 'www', 'mobile', 'm']),
  fromPath: path,
  fromName,
};
