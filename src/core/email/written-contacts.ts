/** @module Contacts written in a body's text: links and addresses (linkifyjs), phone numbers (libphonenumber-js) and @handles. */
import { findNumbers, type CountryCode } from 'libphonenumber-js';
import { find } from 'linkifyjs';
import type { Platform } from '../types.ts';

export interface WrittenHandle {
  /** As written, with its @. */
  handle: string;
  /** The platform named just before it ("Telegram: @name"), or null: then it is looked up on every platform. */
  platform: Platform | null;
}

export interface WrittenContacts {
  /** Links (`https://…`, `www.…`, bare domains with a known ending) and email addresses, as written. */
  links: string[];
  /** Numbers as written; without a country hint only international ones (+…) are found. */
  phones: string[];
  handles: WrittenHandle[];
}

/**
 * An @name not inside an address or a link path (nothing name-like before the @). Dots are left out:
 * `@name.com` is a domain far more often than an Instagram handle with a dot.
 */
const HANDLE = /(?<![\p{L}\p{N}_.@/+-])@([\p{L}\p{N}_]{1,64})/gu;
/** How far before a handle a platform's name is taken as the handle's platform. */
const HINT_WINDOW = 40;
/** Platform names as people write them before a handle; global, for matchAll. */
const PLATFORM_HINTS: Array<[RegExp, Platform]> = [
  [/telegram|\btg\b/gi, 'telegram'],
  [/whatsapp/gi, 'whatsapp'],
  [/instagram|\binsta\b|\big\b/gi, 'instagram'],
  [/twitter|\bX\b/g, 'x'],
  [/youtube/gi, 'youtube'],
  [/tiktok/gi, 'tiktok'],
  [/discord/gi, 'discord'],
  [/facebook|\bfb\b/gi, 'facebook'],
  [/reddit/gi, 'reddit'],
  [/linkedin/gi, 'linkedin'],
  [/github/gi, 'github'],
  [/threads/gi, 'threads'],
  [/wechat|weixin/gi, 'wechat'],
  [/\bLINE\b/g, 'line'],
];

/** The platform named last in the text just before a handle. */
function platformBefore(text: string, at: number): Platform | null {
  const window = text.slice(Math.max(0, at - HINT_WINDOW), at);
  let best: { at: number; platform: Platform } | null = null;
  for (const [pattern, platform] of PLATFORM_HINTS) {
    for (const m of window.matchAll(pattern)) if (!best || m.index >= best.at) best = { at: m.index, platform };
  }
  return best?.platform ?? null;
}

function findHandles(text: string): WrittenHandle[] {
  const found: WrittenHandle[] = [];
  for (const m of text.matchAll(HANDLE)) {
    // An @name directly followed by a dot and more name is a domain (@example.com), found as a link if anywhere.
    const end = m.index + m[0].length;
    if (text[end] === '.' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) continue;
    found.push({ handle: m[0], platform: platformBefore(text, m.index) });
  }
  return found;
}

/** Finds contacts in plain text (already cut to MAX_SCANNED_TEXT by the caller). */
export function findWrittenContacts(text: string, country?: string): WrittenContacts {
  const links = find(text)
    .filter((l) => l.type === 'url' || l.type === 'email')
    .map((l) => l.value);
  const phones = findNumbers(text, { v2: true, ...(country ? { defaultCountry: country as CountryCode } : {}) }).map((n) => text.slice(n.startsAt, n.endsAt));
  return { links, phones, handles: findHandles(text) };
}
