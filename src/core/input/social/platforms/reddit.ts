/** @module Reddit: communities (r/NAME) and users (u/NAME), on every reddit.com front end. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, shown, toContact } from '../name-rule.ts';
import { head, onSubs } from '../path.ts';
import { invalid, notProfile, ownPage, type Found, type SocialRule, type UrlParts } from '../rule.ts';

// Two-letter communities (r/de, r/nl) predate the three-letter minimum and are still among the largest.
const COMMUNITY = nameRule('A Reddit community name', 'A-Za-z0-9_', 2, 21, 'letters, digits and underscores');
const USER = nameRule('A Reddit username', 'A-Za-z0-9_-', 3, 20, "letters, digits, '-' and '_'");
// Feeds that look like communities but belong to nobody.
const FEEDS = new Set(['all', 'popular', 'friends', 'mod', 'random', 'randnsfw']);

function path(segments: string[]): Outcome<Found> {
  const first = head(segments);
  const second = segments[1] ?? '';
  if (first === 'r' && second) {
    if (FEEDS.has(second.toLowerCase())) return ownPage(`reddit.com/r/${second}`, 'Reddit', 'reddit.com/r/NAME');
    return toContact('reddit', COMMUNITY, second, (n) => `r/${n}`);
  }
  if ((first === 'u' || first === 'user') && second) return toContact('reddit', USER, second, (n) => `u/${n}`);
  return ownPage(`reddit.com/${first}`, 'Reddit', 'reddit.com/r/NAME or reddit.com/user/NAME');
}

const onReddit = onSubs(path, ['', 'www', 'old', 'new', 'np', 'm', 'sh']);

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.base === 'redd.it') return notProfile('redd.it links are posts, not communities or users.');
  return onReddit(parts);
}

function fromName(token: string): Outcome<SocialContact> {
  return invalid(`"${shown(token)}" could be a Reddit community or a user: write r/NAME or u/NAME.`);
}

export const reddit: SocialRule = {
  platform: 'reddit',
  name: 'Reddit',
  hosts: ['reddit.com', 'redd.it'],
  fromUrl,
  fromPath: path,
  fromName,
};
