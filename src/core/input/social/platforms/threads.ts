/** @module Threads: threads.net/@NAME (and threads.com), with Instagram's username rules. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { toContact } from '../name-rule.ts';
import { onSubs } from '../path.ts';
import { ownPage, type Found, type SocialRule, withoutAt } from '../rule.ts';
import { INSTAGRAM_NAME } from './instagram.ts';

const username = (name: string): Outcome<SocialContact> => toContact('threads', INSTAGRAM_NAME, name);

function path(segments: string[]): Outcome<Found> {
  const first = segments[0] ?? '';
  // Every Threads profile path starts with '@'; anything else is a feature page (search, settings, t/ID posts…).
  if (first.startsWith('@')) return username(first.slice(1));
  return ownPage(`threads.net/${first}`, 'Threads', 'threads.net/@NAME');
}

export const threads: SocialRule = {
  platform: 'threads',
  name: 'Threads',
  hosts: ['threads.net', 'threads.com'],
  fromUrl: onSubs(path, ['', 'www']),
  fromPath: path,
  fromName: (token) => username(withoutAt(token)),
};
