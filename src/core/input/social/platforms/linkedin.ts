/** @module LinkedIn: company, school, showcase and personal (in/) pages, on any country subdomain. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, shown, toContact } from '../name-rule.ts';
import { head } from '../path.ts';
import { invalid, ownPage, shortLink, type Found, type SocialRule, type UrlParts } from '../rule.ts';

const SLUG = nameRule('A LinkedIn page name', 'A-Za-z0-9_-', 2, 100, "letters, digits, '-' and '_'");
const KINDS = new Set(['company', 'in', 'school', 'showcase']);
// www., m. and two-letter country or language subdomains (uk., de., …) serve the same pages.
const SAME_PAGES = /^(|www|m|[a-z]{2})$/;

function path(segments: string[]): Outcome<Found> {
  const first = head(segments);
  const second = segments[1] ?? '';
  if (KINDS.has(first) && second) return toContact('linkedin', SLUG, second, (n) => `${first}/${n}`);
  return ownPage(`linkedin.com/${first}`, 'LinkedIn', 'linkedin.com/company/NAME or linkedin.com/in/NAME');
}

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.base === 'lnkd.in') return shortLink('lnkd.in', 'linkedin.com address');
  return SAME_PAGES.test(parts.sub) ? path(parts.segments) : null;
}

function fromName(token: string): Outcome<SocialContact> {
  // A bare name could be a company or a person, which are different accounts.
  return invalid(`"${shown(token)}" could be a LinkedIn company or a person: write company/NAME or in/NAME.`);
}

export const linkedin: SocialRule = {
  platform: 'linkedin',
  name: 'LinkedIn',
  hosts: ['linkedin.com', 'lnkd.in'],
  fromUrl,
  fromPath: path,
  fromName,
};
