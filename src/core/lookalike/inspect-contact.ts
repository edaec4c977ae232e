/** @module Lookalike checks of handles, email addresses (sender domain, address name, display name) and the names a link carries besides its host. */
import { platformName } from '../input/social/index.ts';
import type { DomainContact, EmailContact, SocialContact } from '../types.ts';
import type { ReasonCode } from './findings.ts';
import type { UserContentPage } from './user-content.ts';
import { quote, typoDifferences } from './explain.ts';
import { isFreeMail } from './free-mail.ts';
import { inspectDomain } from './inspect-domain.ts';
import { inspectTokens, namesInsideWord } from './inspect-tokens.ts';
import { inspectWords } from './inspect-words.ts';
import { STRONG_KEYWORDS } from './keywords.ts';
import { capitalsAsRead, compactRaw, handleName, registrableLabel, registrableOf, withoutAccents } from './names.ts';
import { readingOf } from './reading.ts';
import { match, officialRaw, reportEmbedded, reportLookalike, targetsOf, wholeName, type Context } from './report.ts';

/** A handle: the brand itself on a platform where it has no account, a homoglyph or typo of it, or it with keywords. */
export function inspectHandle(ctx: Context, contact: SocialContact): void {
  const name = contact.value ? handleName(capitalsAsRead(contact.value)) : null;
  if (!name) return;
  for (const hit of match(ctx, name)) {
    if (hit.kind !== 'exact' || !hit.same) {
      reportLookalike(ctx, hit, name);
      continue;
    }
    if (ctx.index.isCommon(hit.nameId)) continue;
    for (const target of targetsOf(ctx, hit.nameId)) {
      const c = target;
      const elsewhere = c.kind === 'social' ? `the name of its ${platformName(c.platform!)} account` : `its name`;
      const here = contact.platform ? ` on ${platformName(contact.platform)}` : '';
      ctx.findings.add(target, 'other_platform', `${quote(name)} is ${elsewhere}, but no registered account${here}`, 0.6);
    }
  }
  inspectWords(ctx, name, name.split(/[-_.]/).filter(Boolean), 'brand_embedded', '');
  inspectTokens(ctx, name, 'brand_embedded', '');
}

/** A sender: every domain check on its domain, the brand in the address name, and a display name that claims one. */
export function inspectEmail(ctx: Context, contact: EmailContact): void {
  const registrable = registrableOf(contact.domain);
  if (registrable) inspectDomain(ctx, contact.domain, contact.domainUnicode, registrable, 'sender domain ');
  const free = isFreeMail(registrable);
  const where = ` before @${contact.domainUnicode}${free ? ', a free email provider' : ''}`;
  const local = capitalsAsRead(contact.local.replace(/^"|"$/g, ''));
  inspectChosenName(ctx, local, { reason: 'brand_in_local_part', role: 'the address name', where, weight: free ? 0.85 : 0.7 });
  if (contact.displayName) inspectDisplayName(ctx, contact);
}

/**
 * What a link writes before "@" in front of its host (`DomainContact.userinfo`), which no browser
 * visits: an official domain there ("https://binance.com@evil.example") is the whole disguise, and a
 * brand there is read as in an address name.
 */
export function inspectUserinfo(ctx: Context, contact: DomainContact): void {
  const where = ` before "@" in a link that opens ${contact.unicode}`;
  for (const part of contact.userinfo!.toLowerCase().split(':').filter(Boolean)) {
    const label = part.includes('.') ? registrableLabel(part) : null;
    const officials = label ? ctx.index.domainsLabelled(label).filter((d) => part === d.value || part.endsWith(`.${d.value}`)) : [];
    for (const official of officials) {
      const shown = part === official.value ? `the official domain ${official.value}` : `${quote(part)} (the official domain ${official.value})`;
      ctx.findings.add(official, 'brand_embedded', `${shown} written as the user name${where}`, 0.95);
    }
    inspectChosenName(ctx, part, { reason: 'brand_embedded', role: 'the user name', where, weight: 0.9 });
  }
}

/** Path segments longer than this are ids (a form's, a file's), not names a person reads. */
const MAX_PAGE_NAME = 40;
/** Path segments read, at most: a page's name comes first in its path. */
const MAX_PAGE_SEGMENTS = 6;

/**
 * The names in the path of a page whose host says nothing of who made it, read like an address name:
 * a page on a host where anyone publishes (see `userContentPage`: "sites.google.com/view/metamask-support"),
 * or on a bare IP address, where no brand keeps its site ("http://185.23.1.9/binance/login").
 */
export function inspectPagePath(ctx: Context, path: string, page: UserContentPage | { ip: string }): void {
  const where = 'ip' in page ? ` in a page on the bare address ${page.ip}` : ` in a page anyone can publish on ${page.product} (${page.host})`;
  const segments = path.toLowerCase().split('/').filter((s) => s.length >= 2 && s.length <= MAX_PAGE_NAME);
  for (const segment of new Set(segments.slice(0, MAX_PAGE_SEGMENTS))) {
    inspectChosenName(ctx, segment, { reason: 'brand_embedded', role: 'the page name', where, weight: 0.9 });
  }
}

/** A name someone chose (an address name, a link's user name, a page's name): the brand as it, mistyped, or among words. */
function inspectChosenName(ctx: Context, name: string, how: { reason: ReasonCode; role: string; where: string; weight: number }): void {
  const { reason, role, where, weight } = how;
  for (const hit of match(ctx, name)) {
    // A domain mistyped ("binnance.com") is told by its label, below: a joined name is no typo target.
    if (hit.kind === 'typo' && ctx.index.isJoined(hit.nameId)) continue;
    const text = `${quote(wholeName(ctx, hit.nameId))} as ${role}`;
    if (hit.kind === 'exact' && hit.same) reportEmbedded(ctx, hit.nameId, reason, text, [], where, weight);
    else reportLookalike(ctx, hit, name, { reason, text: `${text}${where}`, weight });
  }
  inspectWords(ctx, name, name.split(/[._+-]/).filter(Boolean), reason, where, weight);
  inspectTokens(ctx, name, reason, where, weight);
}

/** A sender name that claims an organization ("Binance Security") over an address that is not one of its own. */
function inspectDisplayName(ctx: Context, contact: EmailContact): void {
  const display = contact.displayName!;
  const claimed = new Set<number>();
  /** Names a word of the sender name is one slip from ("Coinbsae"), with that word: a claim only beside a lure. */
  const mistyped = new Map<number, string>();
  // Skeletons read a capital I as l: "Instagram Security" is prose, so it is read in lower case too.
  for (const text of new Set([display, display.toLowerCase()])) {
    const words = text.split(/[^\p{L}\p{N}.]+/u);
    for (const word of [text, ...words]) {
      for (const hit of match(ctx, word)) {
        if (hit.kind === 'exact') claimed.add(hit.nameId);
        else if (word !== text && hit.distance === 1 && !hit.evidenced && !ctx.index.isJoined(hit.nameId)) mistyped.set(hit.nameId, word);
      }
    }
    for (const word of words) for (const nameId of namesInsideWord(ctx, word)) claimed.add(nameId);
  }
  const lures = display.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => STRONG_KEYWORDS.has(withoutAccents(w)));
  const letters = display.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  // The words of the address's domain: a name claimed there too ("Ledger" <order@ledger-shop.net>) was put
  // in the address to pass for the organization's, as telling as a lure.
  const domainWords = contact.domain.split(/[.-]/);
  for (const nameId of claimed) {
    const name = officialRaw(ctx, nameId);
    // Claimed only through look-alike letters ("Віnance" with a Cyrillic В and і, "B1nance"): no honest
    // sender writes a name so, whatever word it is.
    const disguised = !letters.includes(name);
    // A brand that is a common word ("Google", "Apple", "Ledger") is claimed beside a lure, or by a
    // sender name that is the brand's name alone, capitalized as a name: a warning without a lure.
    const named = isCapitalizedName(display, name);
    const inDomain = domainWords.includes(name);
    const echoed = lures.length > 0 || inDomain;
    if (ctx.index.isCommon(nameId) && !echoed && !named && !disguised) continue;
    const weight = disguised ? 0.95 : ctx.index.isCommon(nameId) && !echoed ? 0.7 : 0.9;
    const how = disguised ? ' in look-alike letters' : '';
    for (const target of targetsOf(ctx, nameId)) {
      const address = inDomain ? `${contact.value}, whose domain names it too,` : contact.value;
      ctx.findings.add(target, 'display_name_claim', `the sender name ${quote(display)} claims ${quote(wholeName(ctx, nameId))}${how}, but ${address} is not its address`, weight);
    }
  }
  // A name mistyped beside a lure ("Coinbsae Support") claims the brand as much: a filter looking for the
  // name as written misses it, a reader does not.
  if (!lures.length) return;
  for (const [nameId, word] of mistyped) {
    if (claimed.has(nameId)) continue;
    const [raw, official] = [compactRaw(word), officialRaw(ctx, nameId)];
    // Told on the letters it reads as ("Bіnnance" with a Cyrillic і reads "binnance").
    const read = readingOf(raw, official);
    const slip = () => `${typoDifferences(read ?? raw, official, 1)}${read === null ? '' : ', in look-alike letters'}`;
    for (const target of targetsOf(ctx, nameId)) {
      ctx.findings.add(target, 'display_name_claim', () => `the sender name ${quote(display)} claims ${quote(wholeName(ctx, nameId))} mistyped (${slip()}), but ${contact.value} is not its address`, read === null ? 0.85 : 0.95);
    }
  }
}

/** Whether a sender name is `name` alone, written as a name is ("Google", "APPLE"), not as a word ("google"). */
function isCapitalizedName(display: string, name: string): boolean {
  const text = display.trim();
  return text.toLowerCase() === name && text[0] !== text[0]!.toLowerCase();
}

