/** @module Normalizing a handle written for a given platform: a name, a platform path, or a full link. */
import { fail, ok, type Outcome, type Platform, type SocialContact } from '../../types.ts';
import { APP_SCHEME, HAS_SCHEME } from '../domain.ts';
import { shown } from './name-rule.ts';
import { readUrl } from './parse-url.ts';
import { splitPath } from './path.ts';
import { PHONE_MESSAGE } from './platforms/whatsapp.ts';
import { invalid, type Found, type SocialRule } from './rule.ts';
import { ruleFor } from './rules.ts';

/** Longest text read: far beyond any real profile link, short enough to bound the work. */
const MAX_LENGTH = 2048;
/** Schemes that make text a link; "name:x" written by a person is not one. */
const isLink = (text: string) => HAS_SCHEME.test(text) || APP_SCHEME.test(text);

/** A handle is never a phone number; only WhatsApp's rule finds numbers, in its click-to-chat links. */
function settle(found: Outcome<Found>): Outcome<SocialContact> {
  if (!found.ok) return found;
  return found.value.kind === 'phone' ? invalid(PHONE_MESSAGE) : ok(found.value);
}

/** A link: it must be on the asked platform; a link elsewhere is an error, not an ordinary website. */
function fromLink(rule: SocialRule, text: string): Outcome<SocialContact> | null {
  let url: URL;
  try {
    url = new URL(isLink(text) ? text : `https://${text.replace(/^\/+/, '')}`);
  } catch {
    return null;
  }
  const reading = readUrl(url);
  if (!reading) return null;
  if (reading.rule !== rule) {
    return fail('platform_mismatch', `This link is on ${reading.rule.name}, not ${rule.name}.`);
  }
  if (!reading.result) return invalid(`${url.hostname} is ${rule.name}'s website, not a ${rule.name} account.`);
  return settle(reading.result);
}

function fromText(rule: SocialRule, text: string): Outcome<SocialContact> {
  const notLink = (): Outcome<never> => invalid(`"${shown(text)}" is not a ${rule.name} link or handle.`);
  if (isLink(text)) return fromLink(rule, text) ?? notLink();
  const cut = text.search(/[?#]/);
  const before = (cut < 0 ? text : text.slice(0, cut)).replace(/\/+$/, '');
  const query = new URLSearchParams(cut < 0 || text[cut] === '#' ? '' : text.slice(cut + 1).split('#')[0]);
  if (!before.includes('/')) {
    // A name first: "binance.com" is a valid Instagram name; only names the rules reject are tried as hosts.
    const named = rule.fromName(before, query);
    if (named.ok || !before.includes('.')) return named;
    return fromLink(rule, before) ?? named;
  }
  const path = before.replace(/^\/+/, '');
  // "x.com/name": the first segment is a host. "r/name", "channel/UC…": a path on the platform.
  if (path.split('/')[0]!.includes('.')) return fromLink(rule, text) ?? notLink();
  return settle(rule.fromPath(splitPath(path), query));
}

/**
 * Normalizes a handle as a person or a registry file writes it for a platform: "@name", "name",
 * a profile link with or without scheme, or a platform path ("r/name", "channel/UC…", "company/name").
 * @example normalizeHandle('youtube', 'https://www.youtube.com/@Binance/videos') // ok: { value: '@binance' }
 */
export function normalizeHandle(platform: Platform, text: string): Outcome<SocialContact> {
  try {
    const rule = ruleFor(platform);
    // Plain JavaScript callers can pass anything; TypeScript ones cannot reach these two.
    if (!rule) return invalid(`"${shown(String(platform))}" is not a platform Verify knows.`);
    if (typeof text !== 'string') return invalid(`Write the ${rule.name} handle as text.`);
    const trimmed = text.trim();
    if (!trimmed) return invalid(`Write the ${rule.name} handle to check.`);
    if (trimmed.length > MAX_LENGTH) {
      return invalid(`This is longer than ${MAX_LENGTH} characters; no ${rule.name} handle is.`);
    }
    return fromText(rule, trimmed);
  } catch {
    // Rules are written not to throw; this guards the promise made to callers, not a known case.
    return invalid('This is not a handle.');
  }
}
