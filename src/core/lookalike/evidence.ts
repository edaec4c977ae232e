/** @module Signs of phishing in a domain besides a brand's likeness, which let a weaker likeness count. */
import { hostToUnicode } from '../input/domain.ts';
import { favouredTldOf } from './abused-tlds.ts';
import { quote } from './explain.ts';
import { isKeyword, isSoftwareWord, lureNoun, lureOf, nearLure, STRONG_KEYWORDS } from './keywords.ts';
import type { Surroundings, SurroundingsSource } from './match-word.ts';
import { compactRaw, isCommonWord, registrableOf, splitRegistrable, withoutWww } from './names.ts';
import { publishedOn, sharedPlatform, takenNameTag } from './shared-hosting.ts';

const DIGIT_BESIDE_LETTER = /[a-z]\d|\d[a-z]/;
/** Media formats named with a digit ("youtubemp3"): a converter's words, not digits run into letters. */
const MEDIA_FORMATS = /mp[34]/g;

/** Whether a word has digits run into its letters ("amazou0", "gl6elf"), as honest names seldom do; a media format's ("mp3") are its name. */
export const hasDigitsAmongLetters = (word: string): boolean => DIGIT_BESIDE_LETTER.test(word) && DIGIT_BESIDE_LETTER.test(word.replace(MEDIA_FORMATS, '-'));

/**
 * What a domain shows that honest names seldom do, as the clause an explanation adds: a lure word
 * anywhere in it ("login", "claim", "11"), a platform where anyone can publish a site (webflow.io,
 * godaddysites.com), digits run into its letters ("amazou0", "co1nbase"), a top-level domain
 * phishers favour (.top) or one that is a lure itself (.support). Null when it shows none of these: then
 * only a close likeness counts.
 * @example domainEvidence('xkuxoinlogin.webflow.io', 'xkuxoinlogin.webflow.io') // 'beside the word "login"'
 */
export function domainEvidence(host: string, registrable: string, isNoLure: (lure: string, word: string) => boolean = NONE_SKIPPED): string | null {
  const { suffix } = splitRegistrable(registrable);
  // Only "www" run into a name lures ("www-kraken"), not the label hosts are written with.
  const named = withoutWww(host, registrable);
  // Labels as a person reads them: an IDN's ASCII form ("xn--binane-9x8b") has digits nobody sees.
  const name = named.slice(0, named.length - suffix.length - 1);
  const words = hostToUnicode(name).split(/[.-]+/).filter(Boolean);
  for (const word of words) {
    const lure = lureOf(word);
    if (lure && !isNoLure(lure, word)) return `beside the ${lureNoun(lure)} ${quote(lure)}`;
  }
  const platform = sharedPlatform(host, registrable, suffix);
  if (platform) return publishedOn(platform);
  if (words.some(hasDigitsAmongLetters)) return 'with digits among its letters';
  const tld = favouredTldOf(host);
  if (tld) return underFavouredTld(tld);
  const lure = lureTldOf(suffix);
  return lure ? underLureTld(lure) : null;
}

const underLureTld = (tld: string): string => `under .${tld}, a top-level domain that is a lure itself`;

/**
 * A top-level domain that is a strong lure itself (".support", ".claims", ".help"), which says what a name
 * under it is for, else null; but ".link", the ending short-link and file-sharing services take (pcloud.link).
 */
function lureTldOf(suffix: string): string | null {
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
  return STRONG_KEYWORDS.has(tld) && tld !== 'link' ? tld : null;
}

const NONE_SKIPPED = (): boolean => false;

/** A word of the language or a keyword: a name's own word, never a platform's random tag. */
const isWordNotTag = (word: string): boolean => isCommonWord(word) || isKeyword(word);

/** How an explanation tells a TLD phishers favour. */
export const underFavouredTld = (tld: string): string => `under .${tld}, a top-level domain phishers favour`;

/**
 * The evidence of one contact's domain (a website's, or a sender's), worked out on first use: most
 * lookups never need it. Handles have none: they are judged on their likeness alone.
 */
export class ContactEvidence implements SurroundingsSource {
  #clause: string | null | undefined;
  #clauseBesideSoftware: string | null | undefined;
  #takenNameTag: string | null | undefined;

  /** `host`: the contact's domain, null for a contact without one; `registrable`: its registrable domain, when known. */
  constructor(
    private readonly host: string | null,
    private readonly registrable?: string | null,
  ) {}

  /** The clause an explanation adds (see `domainEvidence`), or null when the domain shows nothing. */
  get clause(): string | null {
    if (this.#clause !== undefined) return this.#clause;
    const registrable = this.#registrable();
    return (this.#clause = this.host && registrable ? domainEvidence(this.host, registrable) : null);
  }

  /**
   * The clause with the words software is named with left out of the lures (`isSoftwareWord`: "download",
   * "api"): what a tool's domain built on a platform's name shows ("downloadyoutubesubtitles"). Asked only
   * for an ecosystem's names (see `isEcosystemNameAlone`).
   */
  get clauseBesideSoftware(): string | null {
    if (this.#clauseBesideSoftware !== undefined) return this.#clauseBesideSoftware;
    const registrable = this.#registrable();
    return (this.#clauseBesideSoftware = this.host && registrable ? domainEvidence(this.host, registrable, isSoftwareWord) : null);
  }

  /**
   * The clause with the lures written as one of `words` left out: what the domain shows besides pieces
   * a reading joins into a name ("app" of "app-liv", read as "appliv", is no lure beside it).
   */
  clauseBesides(words: readonly string[]): string | null {
    const registrable = this.#registrable();
    return this.host && registrable ? domainEvidence(this.host, registrable, (_lure, word) => words.includes(word)) : null;
  }

  /** The platform anyone can publish on that the contact's domain is on (see `sharedPlatform`), else null. */
  get platform(): string | null {
    const registrable = this.#registrable();
    return this.host && registrable ? sharedPlatform(this.host, registrable, splitRegistrable(registrable).suffix) : null;
  }

  /** The contact's top-level domain when phishers favour it ("xyz" of "kraken-ah.xyz"), else null. */
  get favouredTld(): string | null {
    return this.host ? favouredTldOf(this.host) : null;
  }

  /**
   * Where the contact's domain is, when that place tells (its clause): under a TLD phishers favour
   * ("online" of "exodus-crypto.online"), on a platform anyone can publish on, or under a TLD that is a
   * lure itself ("help" of "com-apple.help"); null elsewhere.
   */
  get placeClause(): string | null {
    const tld = this.favouredTld;
    if (tld) return underFavouredTld(tld);
    const registrable = this.#registrable();
    if (!this.host || !registrable) return null;
    const platform = this.platform;
    if (platform) return publishedOn(platform);
    const lure = lureTldOf(splitRegistrable(registrable).suffix);
    return lure ? underLureTld(lure) : null;
  }

  /**
   * The tag the contact's platform added to its site's name because another project held that name
   * ("6pc" of "amazon-6pc.pages.dev", see `takenNameTag`), else null.
   */
  get takenNameTag(): string | null {
    if (this.#takenNameTag !== undefined) return this.#takenNameTag;
    const platform = this.platform;
    return (this.#takenNameTag = platform === null ? null : takenNameTag(this.host!, platform, isWordNotTag));
  }

  /** The host's registrable domain, as given or worked out; null without a host or for one that has none. */
  #registrable(): string | null {
    return this.host && (this.registrable === undefined ? registrableOf(this.host) : this.registrable);
  }

  surroundings(): Surroundings {
    return this.clause ? 'evidence' : 'bare';
  }

  /**
   * The clause as told beside `piece`: without the piece itself where it reads as a lure mistyped
   * ("trams", a letter from "teams", a Microsoft name and a meeting's lure), as one word is not both the
   * name and the sign beside it.
   */
  clauseAround(piece: string): string | null {
    const clause = this.clause;
    return clause !== null && nearLure(compactRaw(piece)) ? this.clauseBesides([piece]) : clause;
  }

  surroundingsOf(piece: string): Surroundings {
    return this.clauseAround(piece) ? 'evidence' : 'bare';
  }
}
