/** @module TikTok: tiktok.com/@NAME and its videos; short links cannot be read without opening them. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, toContact } from '../name-rule.ts';
import { onSubs } from '../path.ts';
import { notProfile, ownPage, type Found, type SocialRule, type UrlParts } from '../rule.ts';

const USERNAME = nameRule('A TikTok username', 'A-Za-z0-9._', 2, 24, "letters, digits, '.' and '_'");

const SHORT_LINK =
  'TikTok short links (vm.tiktok.com, vt.tiktok.com, tiktok.com/t/…) only show whose they are when opened, and Verify never opens links. Open it yourself and check the tiktok.com/@NAME address it leads to.';

const username = (name: string): Outcome<SocialContact> => toContact('tiktok', USERNAME, name);

function path(segments: string[]): Outcome<Found> {
  const first = segments[0] ?? '';
  // tiktok.com/@NAME/video/ID is a video of NAME.
  if (first.startsWith('@')) return username(first.slice(1));
  if (first.toLowerCase() === 't') return notProfile(SHORT_LINK);
  return ownPage(`tiktok.com/${first}`, 'TikTok', 'tiktok.com/@NAME');
}

const onTiktok = onSubs(path);

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.sub === 'vm' || parts.sub === 'vt') return notProfile(SHORT_LINK);
  return onTiktok(parts);
}

export const tiktok: SocialRule = {
  platform: 'tiktok',
  name: 'TikTok',
  hosts: ['tiktok.com'],
  fromUrl,
  fromPath: path,
  fromName: (token) => username(token.replace(/^@/, '')),
};
