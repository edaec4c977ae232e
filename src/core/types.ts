/** @module Shared types of the lookup path: contact kinds, parsed contacts and outcomes. */

export const CHANNEL_KINDS = ['domain', 'email', 'phone', 'social'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** What a caller may say about the input; `auto` detects it, `url` forces link parsing. */
export const INPUT_TYPES = ['auto', 'url', 'domain', 'email', 'phone', 'social'] as const;
export type InputType = (typeof INPUT_TYPES)[number];

export const PLATFORMS = [
  'x', 'telegram', 'instagram', 'youtube', 'facebook', 'tiktok', 'discord', 'linkedin', 'reddit',
  'medium', 'threads', 'substack', 'spotify', 'github', 'whatsapp', 'wechat', 'line',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PHONE_USAGES = ['voice', 'sms', 'whatsapp'] as const;
export type PhoneUsage = (typeof PHONE_USAGES)[number];

/** A failure that explains itself: a stable code for programs and an English message for people. */
export interface Problem {
  code: string;
  message: string;
}

/** Either a value or the problem that prevented it. Pure modules return these instead of throwing. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T = never>(code: string, message: string): Outcome<T> => ({
  ok: false,
  problem: { code, message },
});

export interface DomainContact {
  kind: 'domain';
  /** Lower-case ASCII host (A-labels), no trailing dot: the key looked up. */
  value: string;
  /** The host with internationalized labels decoded, as a person reads it. */
  unicode: string;
  /** Registrable domain per the Public Suffix List, private suffixes included; null for IPs. */
  registrableDomain: string | null;
  ip: boolean;
  /**
   * What a link writes before "@" in front of its host (a user name, and a password after ":"), decoded:
   * no browser visits it, so `https://binance.com@evil.example` opens evil.example. Absent when none.
   */
  userinfo?: string;
  /** The link's path when it names a page ("/view/metamask-support"), decoded; absent for the site's root. */
  path?: string;
}

export interface EmailContact {
  kind: 'email';
  /** `local@domain`, local part as written, domain lower-case ASCII. */
  value: string;
  local: string;
  domain: string;
  domainUnicode: string;
  displayName?: string;
}

export interface PhoneContact {
  kind: 'phone';
  /** E.164, e.g. `+14155550100`. */
  value: string;
  country?: string;
  international: string;
  /** How the number reached us when the input said so (a wa.me link, a tel: or sms: URI). */
  via?: 'whatsapp' | 'tel' | 'sms';
}

export interface SocialContact {
  kind: 'social';
  /** Null for a bare `@name` with no platform: it is looked up on every platform. */
  platform: Platform | null;
  /** The handle normalized by the platform's rules; with no platform, the handle as written without `@`. */
  value?: string;
  /** A numeric or opaque account id the platform assigns (x.com/i/user/ID, profile.php?id=ID, t.me/c/ID). */
  accountId?: string;
}

/**
 * A contact read out of a redirect link ("https://www.google.com/url?q=https://evil.example") or a web
 * proxy's page ("www-amazon-nl.translate.goog"): the redirect pages' and proxies' hosts it goes through,
 * outermost first. The contact is where the link ends.
 */
export interface Redirected {
  redirects?: string[];
}

export type Contact = (DomainContact | EmailContact | PhoneContact | SocialContact) & Redirected;

/** Options a caller gives with the input. */
export interface ParseOptions {
  type?: InputType;
  platform?: Platform;
  /** ISO 3166-1 alpha-2 country for phone numbers written without a country code. */
  country?: string;
}
