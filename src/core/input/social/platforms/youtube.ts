/** @module YouTube: @handles, channel IDs, legacy /c/ and /user/ names, and the video links that are not channels. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, toContact } from '../name-rule.ts';
import { head, onSubs } from '../path.ts';
import { invalid, notProfile, ownPage, social, withoutAt } from '../rule.ts';
import type { Found, SocialRule, UrlParts } from '../rule.ts';

const HANDLE = nameRule('A YouTube handle', 'A-Za-z0-9._-', 3, 30, "letters, digits, '.', '-' and '_'");
const LEGACY = nameRule('A YouTube custom or user name', 'A-Za-z0-9._-', 1, 100, "letters, digits, '.', '-' and '_'");
// Channel IDs are 'UC' and 22 base64url characters; case matters.
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;

const VIDEO_PAGES = new Set(['watch', 'shorts', 'playlist', 'embed', 'live', 'v', 'clip', 'post']);
const RESERVED = new Set([
  'results', 'feed', 'hashtag', 'premium', 'account', 'gaming', 'redirect', 'attribution_link', 'signin', 'logout',
  'about', 'howyoutubeworks', 'kids', 'music', 't', 'creators', 'ads', 'jobs', 'new', 'channels', 's', 'sw.js',
]);

const handle = (name: string): Outcome<SocialContact> => toContact('youtube', HANDLE, name, (n) => `@${n}`);

function channel(id: string): Outcome<SocialContact> {
  if (!CHANNEL_ID.test(id)) {
    return invalid("A YouTube channel ID is 'UC' followed by 22 letters, digits, '-' or '_'.");
  }
  return social('youtube', `channel/${id}`, id);
}

function path(segments: string[]): Outcome<Found> {
  const first = head(segments);
  const second = segments[1] ?? '';
  if (first.startsWith('@')) return handle(segments[0]!.slice(1));
  if (first === 'channel' && second) return channel(second);
  if ((first === 'c' || first === 'user') && second) {
    return toContact('youtube', LEGACY, second, (n) => `${first}/${n}`);
  }
  if (VIDEO_PAGES.has(first)) {
    return notProfile('This is a YouTube video or playlist, not a channel. A channel link looks like youtube.com/@NAME.');
  }
  if (!first || RESERVED.has(first) || first === 'c' || first === 'user') {
    return ownPage(`youtube.com/${first}`, 'YouTube', 'youtube.com/@NAME');
  }
  // youtube.com/NAME is the legacy short form of a custom URL, the same channel as youtube.com/c/NAME.
  return toContact('youtube', LEGACY, segments[0]!, (n) => `c/${n}`);
}

const onYoutube = onSubs(path, ['', 'www', 'm', 'music']);

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.base === 'youtu.be') {
    return notProfile('youtu.be links are videos, not channels. A channel link looks like youtube.com/@NAME.');
  }
  return onYoutube(parts);
}

function fromName(token: string): Outcome<SocialContact> {
  if (CHANNEL_ID.test(token)) return channel(token);
  return handle(withoutAt(token));
}

export const youtube: SocialRule = {
  platform: 'youtube',
  name: 'YouTube',
  hosts: ['youtube.com', 'youtu.be'],
  fromUrl,
  fromPath: path,
  fromName,
};
