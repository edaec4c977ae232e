/** @module GitHub: users and organizations (github.com/NAME, github.com/orgs/NAME, github.com/NAME/REPO). */
import type { Outcome, SocialContact } from '../../../types.ts';
import { toContact, type NameRule } from '../name-rule.ts';
import { head, onSubs } from '../path.ts';
import { ownPage, type Found, type SocialRule, withoutAt } from '../rule.ts';

const NAME: NameRule = {
  label: 'A GitHub username',
  pattern: /^(?!-)(?!.*--)(?!.*-$)[A-Za-z0-9-]{1,39}$/,
  rule: "1–39 letters, digits and '-', not starting or ending with '-' and without '--'",
};

const RESERVED = new Set([
  'settings', 'features', 'marketplace', 'explore', 'topics', 'trending', 'login', 'join', 'pricing', 'about',
  'sponsors', 'notifications', 'pulls', 'issues', 'search', 'apps', 'enterprise', 'collections', 'events',
  'security', 'site', 'contact', 'orgs', 'new', 'organizations', 'dashboard', 'codespaces', 'logout', 'signup',
  'account', 'readme', 'team', 'customer-stories', 'stars', 'watching', 'users', 'discussions', 'copilot',
]);

const username = (name: string): Outcome<SocialContact> => toContact('github', NAME, name);

function path(segments: string[]): Outcome<Found> {
  const first = head(segments);
  if (first === 'orgs' && segments[1]) return username(segments[1]);
  if (!first || RESERVED.has(first)) return ownPage(`github.com/${first}`, 'GitHub', 'github.com/NAME');
  // github.com/NAME/REPO belongs to NAME.
  return username(segments[0]!);
}

export const github: SocialRule = {
  platform: 'github',
  name: 'GitHub',
  // NAME.github.io is a website hosted by GitHub, not a profile: github.io is deliberately absent.
  hosts: ['github.com'],
  fromUrl: onSubs(path, ['', 'www']),
  fromPath: path,
  fromName: (token) => username(withoutAt(token)),
};
