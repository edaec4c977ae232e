/** @module The shape every platform rule shares, and the small result builders they all use. */
import { fail, ok, type Outcome, type Platform, type SocialContact } from '../../types.ts';

/** A wa.me / api.whatsapp.com/send?phone= link: a phone number, not a handle. `raw` is the digits as found (no +). */
export interface WhatsAppNumberRef {
  kind: 'phone';
  raw: string;
  via: 'whatsapp';
}

/** What a platform link can lead to. */
export type Found = SocialContact | WhatsAppNumberRef;

/** A link cut down to what the rules read; the host is already matched to one of the rule's hosts. */
export interface UrlParts {
  /** The matched base host, e.g. 't.me' for binance.t.me. */
  base: string;
  /** Labels left of the base host ('' for none, 'www', 'binance' for binance.t.me). */
  sub: string;
  /** Decoded, non-empty path segments. */
  segments: string[];
  query: URLSearchParams;
}

/**
 * One platform's rules. The engine finds the rule by host, scheme or platform and hands it
 * pre-split input, so each rule only says what its paths and names mean.
 */
export interface SocialRule {
  platform: Platform;
  /** Human name, e.g. 'X'. */
  name: string;
  /** Base hosts; subdomains of them reach the rule too, which decides what they mean. */
  hosts: readonly string[];
  /** URL schemes with the colon, e.g. 'tg:'; such URLs go to `fromScheme`. */
  schemes?: readonly string[];
  /** A link on one of `hosts`; null when that host is a plain website of the company, not the platform. */
  fromUrl(parts: UrlParts): Outcome<Found> | null;
  /** A path written without host ("r/name", "channel/UC…"); segments are non-empty. */
  fromPath(segments: string[], query: URLSearchParams): Outcome<Found>;
  /** One token as a person writes it: "@name", "name", "+HASH"… (no slash); the query serves profile.php?id=. */
  fromName(token: string, query: URLSearchParams): Outcome<SocialContact>;
  fromScheme?(url: URL): Outcome<Found>;
}

export const social = (platform: Platform, value?: string, accountId?: string): Outcome<SocialContact> =>
  ok({
    kind: 'social',
    platform,
    ...(value !== undefined ? { value } : {}),
    ...(accountId !== undefined ? { accountId } : {}),
  });

export const notProfile = (message: string): Outcome<never> => fail('not_a_profile', message);

export const invalid = (message: string): Outcome<never> => fail('invalid_handle', message);

/** Subdomains that serve the same pages as the bare host on most platforms. */
export const PLAIN_SUBS: readonly string[] = ['', 'www', 'm'];

export const DIGITS = /^\d{1,30}$/;

/** Most platforms write '@' before a name without it being part of the name. */
export const withoutAt = (token: string): string => token.replace(/^@/, '');

/** The message for the platform's own pages (home, settings, search…), with the profile form to use instead. */
export const ownPage = (where: string, name: string, example: string): Outcome<never> =>
  notProfile(`${where} is a page of ${name} itself, not a profile. A profile link looks like ${example}.`);

/** Short links name nobody until a browser follows them, and the lookup path never fetches anything. */
export const shortLink = (what: string, target: string): Outcome<never> =>
  notProfile(
    `${what} links only show whose they are when opened, and Verify never opens links. ` +
      `Open it yourself and check the ${target} it leads to.`,
  );
