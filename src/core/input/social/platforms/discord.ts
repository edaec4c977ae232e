/** @module Discord: server invites (discord.gg/CODE) and user IDs (discord.com/users/ID). */
import type { Outcome, SocialContact } from '../../../types.ts';
import { head } from '../path.ts';
import { invalid, ownPage, social, type Found, type SocialRule, type UrlParts, withoutAt } from '../rule.ts';
import { shown } from '../name-rule.ts';

// Invite codes are case-sensitive: discord.gg/AbC and discord.gg/abc are different servers.
const CODE = /^[A-Za-z0-9-]{2,32}$/;
// Discord IDs are 64-bit snowflakes: 17 to 20 digits.
const SNOWFLAKE = /^\d{17,20}$/;

function invite(code: string): Outcome<SocialContact> {
  if (!CODE.test(code)) {
    return invalid(`A Discord invite code has 2–32 letters, digits and '-'; "${shown(code)}" does not.`);
  }
  return social('discord', code);
}

function path(segments: string[]): Outcome<Found> {
  const first = head(segments);
  const second = segments[1] ?? '';
  if (first === 'invite' && second) return invite(second);
  if (first === 'users' && SNOWFLAKE.test(second)) return social('discord', undefined, second);
  return ownPage(`discord.com/${first}`, 'Discord', 'discord.gg/CODE or discord.com/invite/CODE');
}

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.base === 'discord.gg') {
    return parts.segments[0] ? invite(parts.segments[0]) : ownPage('discord.gg', 'Discord', 'discord.gg/CODE');
  }
  return ['', 'www', 'ptb', 'canary'].includes(parts.sub) ? path(parts.segments) : null;
}

function fromName(token: string): Outcome<SocialContact> {
  const name = withoutAt(token);
  return SNOWFLAKE.test(name) ? social('discord', undefined, name) : invite(name);
}

export const discord: SocialRule = {
  platform: 'discord',
  name: 'Discord',
  hosts: ['discord.gg', 'discord.com', 'discordapp.com'],
  fromUrl,
  fromPath: path,
  fromName,
};
