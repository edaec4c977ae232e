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
const PLATFORM_HINTS: Array<[RegExp, Platform]> = [
  [/telegram|\btg\b/i, 'telegram'],
  [/whatsapp/i, 'whatsapp'],
  [/instagram|\binsta\b|\big\b/i, 'instagram'],
  [/twitter|\bX\b/, 'x'],
  [/youtube/i, 'youtube'],
  [/tiktok/i, 'tiktok'],
  [/discord/i, 'discord'],
  [/facebook|\bfb\b/i, 'facebook'],
  [/reddit/i, 'reddit'],
  [/linkedin/i, 'linkedin'],
  [/github/i, 'github'],
  [/threads/i, 'threads'],
  [/wechat|weixin/i, 'wechat'],
  [/\bLINE\b/, 'line'],
];

/** The platform named last in the text just before a handle. */
function platformBefore(text: string, at: number): Platform | null {
  const window = text.slice(Math.max(0, at - HINT_WINDOW), at);
  let best: { at: number; platform: Platform } | null = null;
  for (const [pattern, platform] of PLATFORM_HINTS) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const m of window.matchAll(global)) if (!best || m.index >= best.at) best = { at: m.index, platform };
  }
  return best?.platform ?? null;
}

function findHandles(text: string): WrittenHandle[] {
  const found: WrittenHandle[] = [];
  for (const m of text.matchAll(HANDLE)) {
    // An @name directly followed by a dot and more name is a domain (@example.com), found as a link if anywhere.
    if (/^\.[\p{L}\p{N}]/u.test(text.slice(m.index + m[0].length))) continue;
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
