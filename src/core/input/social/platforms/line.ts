/** @module LINE: official accounts (@ID) and personal IDs, from line.me and page.line.me links. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { nameRule, toContact } from '../name-rule.ts';
import { head } from '../path.ts';
import { notProfile, shortLink, social, withoutAt, type Found, type SocialRule, type UrlParts } from '../rule.ts';

const LINE_ID = nameRule('A LINE ID', 'A-Za-z0-9._-', 4, 20, "letters, digits, '.', '-' and '_'");
// Links made from QR codes carry an opaque, case-sensitive token instead of an ID.
const TOKEN = /^[A-Za-z0-9_-]{6,64}$/;

// The '@' stays: it marks an official account, and @binance and binance are different accounts.
const official = (id: string): Outcome<SocialContact> => toContact('line', LINE_ID, id, (n) => `@${n}`);
const personal = (id: string): Outcome<SocialContact> => toContact('line', LINE_ID, id);

function fromName(token: string): Outcome<SocialContact> {
  if (token.startsWith('@')) return official(token.slice(1));
  return personal(token.startsWith('~') ? token.slice(1) : token);
}

/** line.me/R/ti/p/@ID, line.me/ti/p/~ID and the token form line.me/ti/p/TOKEN. */
function path(segments: string[]): Outcome<Found> {
  const rest = head(segments) === 'r' ? segments.slice(1) : segments;
  const id = rest[2] ?? '';
  if (rest[0]?.toLowerCase() === 'ti' && rest[1]?.toLowerCase() === 'p' && id) {
    if (id.startsWith('@') || id.startsWith('~')) return fromName(id);
    if (TOKEN.test(id)) return social('line', undefined, id);
  }
  return notProfile('This LINE page is not an account. An account link looks like line.me/R/ti/p/@ID.');
}

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.base === 'lin.ee') return shortLink('lin.ee', 'line.me address');
  if (parts.sub === 'page') {
    const id = parts.segments[0] ?? parts.query.get('accountId');
    return id ? official(withoutAt(id)) : notProfile('This page.line.me link names no account.');
  }
  if (parts.sub !== '' && parts.sub !== 'www') return null;
  const found = path(parts.segments);
  // line.me is also LINE's company website (line.me/en/…): only its account links are channels.
  return found.ok || ['r', 'ti'].includes(head(parts.segments)) ? found : null;
}

export const line: SocialRule = {
  platform: 'line',
  name: 'LINE',
  hosts: ['line.me', 'lin.ee'],
  fromUrl,
  fromPath: path,
  fromName,
};
