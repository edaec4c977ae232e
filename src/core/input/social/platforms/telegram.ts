/** @module Telegram: t.me links in all their forms, name.t.me, invite links and tg:// URIs. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, shown, toContact } from '../name-rule.ts';
import { head } from '../path.ts';
import { DIGITS, invalid, notProfile, ownPage, social, withoutAt } from '../rule.ts';
import type { Found, SocialRule, UrlParts } from '../rule.ts';

const USERNAME = nameRule(
  'A Telegram username',
  'A-Za-z0-9_',
  5,
  32,
  'letters, digits and underscores, starting with a letter',
  '(?=[A-Za-z])',
);
// Invite hashes are opaque base64url: case matters, so they are kept as written.
const INVITE = /^[A-Za-z0-9_-]{10,64}$/;

// t.me paths that open Telegram features rather than a chat.
const RESERVED = new Set([
  'share', 'addstickers', 'addemoji', 'proxy', 'socks', 'iv', 'setlanguage', 'login', 'confirmphone', 'addtheme',
  'boost', 'bg', 'invoice', 'addlist', 'contact', 'giftcode', 'm',
]);

const username = (name: string): Outcome<SocialContact> => toContact('telegram', USERNAME, name);

function invite(hash: string): Outcome<SocialContact> {
  if (!INVITE.test(hash)) {
    return invalid(`A Telegram invite code has 10–64 letters, digits, '-' and '_'; "${shown(hash)}" does not.`);
  }
  return social('telegram', `+${hash}`);
}

function path(segments: string[]): Outcome<Found> {
  const first = head(segments);
  const second = segments[1] ?? '';
  if (first.startsWith('+')) return invite(segments[0]!.slice(1));
  if (first === 'joinchat' && second) return invite(second);
  // t.me/s/NAME is the web preview of a public channel.
  if (first === 's' && second) return username(second);
  if (first === 'c' && DIGITS.test(second)) return social('telegram', undefined, second);
  if (!first || RESERVED.has(first) || first === 'c' || first === 's') {
    return ownPage(`t.me/${first}`, 'Telegram', 't.me/NAME');
  }
  return username(segments[0]!);
}

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.sub === '' || parts.sub === 'www') return path(parts.segments);
  // NAME.t.me is the same chat as t.me/NAME.
  if (parts.base === 't.me' && !parts.sub.includes('.')) return username(parts.sub);
  return null;
}

/** tg://resolve?domain=NAME and friends; WHATWG URL puts the action in the host for tg:// and in the path for tg:. */
function fromScheme(url: URL): Outcome<Found> {
  const action = (url.hostname || url.pathname).toLowerCase();
  const query = url.searchParams;
  const domain = query.get('domain');
  if (action === 'resolve' && domain) return username(domain);
  if (action === 'join' && query.get('invite')) return invite(query.get('invite')!);
  const id = query.get(action === 'privatepost' ? 'channel' : 'id');
  if ((action === 'user' || action === 'privatepost') && id && DIGITS.test(id)) {
    return social('telegram', undefined, id);
  }
  return notProfile('This tg: link names no chat. A profile link looks like t.me/NAME or tg://resolve?domain=NAME.');
}

export const telegram: SocialRule = {
  platform: 'telegram',
  name: 'Telegram',
  hosts: ['t.me', 'telegram.me', 'telegram.dog'],
  schemes: ['tg:'],
  fromUrl,
  fromPath: path,
  fromName: (token) => (token.startsWith('+') ? invite(token.slice(1)) : username(withoutAt(token))),
  fromScheme,
};
