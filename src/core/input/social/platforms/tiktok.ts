/** @module TikTok: tiktok.com/@NAME and its videos; short links cannot be read without opening them. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, toContact } from '../name-rule.ts';
import { onSubs } from '../path.ts';
import { ownPage, shortLink, type Found, type SocialRule, type UrlParts, withoutAt } from '../rule.ts';

const USERNAME = nameRule('A TikTok username', 'A-Za-z0-9._', 2, 24, "letters, digits, '.' and '_'");

const shortTiktok = (): Outcome<never> =>
  shortLink('TikTok short (vm.tiktok.com, vt.tiktok.com, tiktok.com/t/…)', 'tiktok.com/@NAME address');

const username = (name: string): Outcome<SocialContact> => toContact('tiktok', USERNAME, name);

function path(segments: string[]): Outcome<Found> {
  const first = segments[0] ?? '';
  // tiktok.com/@NAME/video/ID is a video of NAME.
  if (first.startsWith('@')) return username(first.slice(1));
  if (first.toLowerCase() === 't') return shortTiktok();
  return ownPage(`tiktok.com/${first}`, 'TikTok', 'tiktok.com/@NAME');
}

const onTiktok = onSubs(path);

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.sub === 'vm' || parts.sub === 'vt') return shortTiktok();
  return onTiktok(parts);
}

export const tiktok: SocialRule = {
  platform: 'tiktok',
  name: 'TikTok',
  hosts: ['tiktok.com'],
  fromUrl,
  fromPath: path,
  fromName: (token) => username(withoutAt(token)),
};
