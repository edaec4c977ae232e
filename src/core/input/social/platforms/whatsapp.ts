/** @module WhatsApp: click-to-chat links (phone numbers, handed back as such), channels and group invites. */
import type { Outcome, SocialContact } from '../../../types.ts';
import { shown } from '../name-rule.ts';
import { head } from '../path.ts';
import { invalid, notProfile, shortLink, social, type Found, type SocialRule, type UrlParts } from '../rule.ts';

// Channel IDs and group invite codes are opaque and case-sensitive.
const OPAQUE = /^[A-Za-z0-9]{10,64}$/;
// E.164 allows at most 15 digits; people write separators and a '+' into links anyway.
const SEPARATORS = /[\s+().-]/g;
const PHONE_DIGITS = /^\d{5,15}$/;
export const PHONE_MESSAGE = 'a WhatsApp number is a phone number: check it as a phone';

function number(written: string): Outcome<Found> {
  const raw = written.replace(SEPARATORS, '');
  if (!PHONE_DIGITS.test(raw)) {
    return invalid(`A WhatsApp link carries a phone number in international format, 5–15 digits; "${shown(written)}" is not.`);
  }
  return { ok: true, value: { kind: 'phone', raw, via: 'whatsapp' } };
}

function opaque(kind: 'channel' | 'chat', id: string): Outcome<SocialContact> {
  const what = kind === 'channel' ? 'channel ID' : 'group invite code';
  if (!OPAQUE.test(id)) return invalid(`A WhatsApp ${what} has 10–64 letters and digits; "${shown(id)}" does not.`);
  return social('whatsapp', `${kind}/${id}`);
}

/**
 * Paths of whatsapp.com and its api., web. and www. hosts; 'chat/CODE' is a chat.whatsapp.com
 * invite written without its host.
 */
function path(segments: string[], query: URLSearchParams): Outcome<Found> {
  const first = head(segments);
  const second = segments[1] ?? '';
  if (first === 'send' && query.get('phone')) return number(query.get('phone')!);
  if ((first === 'channel' || first === 'chat') && second) return opaque(first, second);
  return notProfile(
    'This WhatsApp page is not a channel, a group invite or a chat link. A channel link looks like whatsapp.com/channel/ID.',
  );
}

function waMe(segments: string[]): Outcome<Found> {
  const first = head(segments);
  if (first === 'message') return shortLink('wa.me/message/…', 'phone number');
  // wa.me/c/NUMBER is the catalogue of the business at that number.
  const written = first === 'c' ? (segments[1] ?? '') : (segments[0] ?? '');
  return written ? number(written) : notProfile('This wa.me link has no phone number after the slash.');
}

function fromUrl(parts: UrlParts): Outcome<Found> | null {
  if (parts.base === 'wa.me') return waMe(parts.segments);
  if (parts.sub === 'chat') {
    // chat.whatsapp.com/CODE, or the older chat.whatsapp.com/invite/CODE.
    const code = parts.segments.at(-1);
    return code ? opaque('chat', code) : notProfile('This chat.whatsapp.com link has no invite code.');
  }
  if (!['', 'www', 'api', 'web'].includes(parts.sub)) return null;
  const found = path(parts.segments, parts.query);
  // whatsapp.com itself is the company's website; only its chat, channel and invite paths are channels.
  return found.ok || found.problem.code !== 'not_a_profile' || parts.sub === 'api' ? found : null;
}

export const whatsapp: SocialRule = {
  platform: 'whatsapp',
  name: 'WhatsApp',
  hosts: ['wa.me', 'whatsapp.com'],
  schemes: ['whatsapp:'],
  fromUrl,
  fromPath: path,
  fromName: (token) =>
    invalid(
      /^\+?[\d\s().-]+$/.test(token)
        ? PHONE_MESSAGE
        : `Write a WhatsApp channel as channel/ID or a group invite as chat/CODE; "${shown(token)}" is neither.`,
    ),
  // whatsapp://send?phone=NUMBER opens the app on that chat.
  fromScheme: (url) => path([url.hostname || url.pathname], url.searchParams),
};
