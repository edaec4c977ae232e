/** @module Facebook: usernames (where case and dots do not count), numeric profile IDs, pages, people and groups. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, toContact, type NameRule } from '../name-rule.ts';
import { head } from '../path.ts';
import { DIGITS, notProfile, ownPage, social, type SocialRule, type UrlParts, withoutAt } from '../rule.ts';

// facebook.com/Binance.Official and facebook.com/binanceofficial are the same page, so the canonical form drops both.
// The lookaheads keep the canonical form valid too: 5+ characters once dots are gone, and not all digits (an ID).
const USERNAME: NameRule = {
  label: 'A Facebook username',
  pattern: /^(?=(?:\.*[A-Za-z0-9]){5})(?=.*[A-Za-z])[A-Za-z0-9.]{5,50}$/,
  rule: "5–50 letters, digits and '.', with at least 5 letters or digits and at least one letter",
  canonical: (name) => name.toLowerCase().replaceAll('.', ''),
};
const GROUP = nameRule('A Facebook group name', 'A-Za-z0-9._-', 1, 100, "letters, digits, '.', '-' and '_'");
// Old page links: facebook.com/Binance-Exchange-123456789.
const NAME_DASH_ID = /^[^/]+-(\d{5,30})$/;

const RESERVED = new Set([
  'watch', 'events', 'marketplace', 'login', 'help', 'sharer', 'share', 'photo', 'gaming', 'reel', 'reels', 'hashtag',
  'policies', 'privacy', 'dialog', 'plugins', 'stories', 'media', 'notes', 'ads', 'business', 'legal', 'settings',
  'friends', 'messages', 'bookmarks', 'search', 'home', 'videos', 'photos', 'posts', 'story', 'l', 'tr', 'pg',
  'people', 'pages', 'groups', 'profile',
]);

const SUBS = ['', 'www', 'm', 'web', 'mbasic', 'touch'];

const username = (name: string): Outcome<SocialContact> => toContact('facebook', USERNAME, name);
const byId = (id: string): Outcome<SocialContact> => social('facebook', undefined, id);

function path(segments: string[], query: URLSearchParams): Outcome<SocialContact> {
  const first = head(segments);
  const second = segments[1] ?? '';
  const id = query.get('id') ?? '';
  if (first === 'profile.php' && DIGITS.test(id)) return byId(id);
  // facebook.com/people/NAME/ID and facebook.com/pages/NAME/ID: the name is decoration, the ID is the account.
  if (first === 'people' || first === 'pages') {
    const numeric = segments.slice(1).find((segment) => DIGITS.test(segment));
    if (numeric) return byId(numeric);
  }
  if (first === 'groups' && second) return toContact('facebook', GROUP, second, (n) => `groups/${n}`);
  // facebook.com/pg/NAME/posts is the older form of facebook.com/NAME.
  if (first === 'pg' && second) return username(second);
  if (!first || RESERVED.has(first) || first.endsWith('.php')) {
    return ownPage(`facebook.com/${first}`, 'Facebook', 'facebook.com/NAME');
  }
  if (DIGITS.test(first)) return byId(first);
  const dashed = NAME_DASH_ID.exec(segments[0]!);
  if (dashed) return byId(dashed[1]!);
  return username(segments[0]!);
}

function fromUrl(parts: UrlParts): Outcome<SocialContact> | null {
  if (parts.base === 'fb.watch') {
    return notProfile('fb.watch links are videos, not profiles. A profile link looks like facebook.com/NAME.');
  }
  return SUBS.includes(parts.sub) ? path(parts.segments, parts.query) : null;
}

function fromName(token: string, query: URLSearchParams): Outcome<SocialContact> {
  const name = withoutAt(token);
  if (name.toLowerCase() === 'profile.php') return path([name], query);
  // Profiles without a username are known only by their numeric ID.
  return DIGITS.test(name) ? byId(name) : username(name);
}

export const facebook: SocialRule = {
  platform: 'facebook',
  name: 'Facebook',
  hosts: ['facebook.com', 'fb.com', 'fb.me', 'fb.watch'],
  fromUrl,
  fromPath: path,
  fromName,
};
