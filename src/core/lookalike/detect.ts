/** @module Lookalike detection: which official channels a domain, sender or handle imitates, and how. */
import { hostToUnicode } from '../input/domain.ts';
import type { ChannelEntry } from '../registry/entries.ts';
import type { Contact, EmailContact, SocialContact } from '../types.ts';
import { osaDistance } from './edit-distance.ts';
import { homoglyphDifferences, quote, typoDifferences } from './explain.ts';
import { Findings, type ReasonCode } from './findings.ts';
import { isLure, keywordCores, KEYWORDS, STRONG_KEYWORDS } from './keywords.ts';
import type { LookalikeIndex, LookalikeTarget } from './lookalike-index.ts';
import { findTokens, matchWord, type WordHit } from './match-word.ts';
import { compactRaw, compactSkeleton, handleName, isCompoundOfCommonWords, registrableOf, splitRegistrable } from './names.ts';
import { isMixedScript, scriptsOf } from './scripts.ts';
import { platformName } from '../input/social/index.ts';

const FREE_MAIL = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'aol.com', 'icloud.com', 'me.com', 'mail.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'proton.me',
  'protonmail.com', 'pm.me', 'zoho.com', 'yandex.ru', 'yandex.com', 'mail.ru', 'qq.com', '163.com', '126.com',
  'sina.com', 'naver.com', 'tutanota.com', 'tuta.io',
]);

/** Keywords worth naming in an explanation: the short ones (us, io, my…) are too common inside other words. */
const TELLING_KEYWORDS = KEYWORDS.filter((k) => k.length >= 4);

interface Context {
  index: LookalikeIndex;
  findings: Findings;
  /** Pieces already matched in this lookup: a label, its words and their cores overlap. */
  seen: Map<string, WordHit[]>;
}

function match(ctx: Context, piece: string, maxTypos = 2): WordHit[] {
  const key = `${maxTypos}${piece}`;
  let hits = ctx.seen.get(key);
  if (!hits) ctx.seen.set(key, (hits = matchWord(ctx.index, piece, maxTypos)));
  return hits;
}

const targetsOf = (ctx: Context, nameId: number): LookalikeTarget[] => ctx.index.names[nameId]!.targets;
const officialRaw = (ctx: Context, nameId: number) => ctx.index.names[nameId]!.raw;

/** Reports a homoglyph or typo hit on `piece`, with script reasons when the piece mixes or swaps scripts. */
function reportLookalike(ctx: Context, hit: WordHit, piece: string, extra?: { reason: ReasonCode; text: string; weight: number }): void {
  const official = officialRaw(ctx, hit.nameId);
  for (const target of targetsOf(ctx, hit.nameId)) {
    if (hit.kind === 'exact') {
      const raw = compactRaw(piece);
      ctx.findings.add(target, 'homoglyph', `${quote(piece)} looks like ${quote(official)}: ${homoglyphDifferences(raw, official)}`, 0.95);
      const scripts = scriptsOf(piece);
      if (isMixedScript(scripts)) {
        ctx.findings.add(target, 'mixed_script', `${quote(piece)} mixes ${scripts.join(' and ')} letters`, 0.9);
      } else if (scripts.length === 1 && scripts[0] !== 'Latin' && /^[\x00-\x7f]*$/.test(ctx.index.names[hit.nameId]!.key)) {
        ctx.findings.add(target, 'whole_script', `${quote(piece)} is written in ${scripts[0]} letters that read as Latin ${quote(official)}`, 0.95);
      }
    } else if (hit.repeated) {
      const raw = compactRaw(piece);
      const how = raw.length > official.length ? 'repeats letters of' : raw.length < official.length ? 'leaves out a doubled letter of' : 'differs only in doubled letters from';
      const text = Math.abs(raw.length - official.length) === 1 ? typoDifferences(raw, official, 1) : `${quote(raw)} ${how} ${quote(official)}`;
      ctx.findings.add(target, 'typo', text, 0.8);
    } else {
      const weight = hit.distance === 1 ? 0.8 : 0.65;
      const raw = compactRaw(piece);
      // Described on the text as written ("1" in place of "i") unless look-alike letters are part of it.
      const ascii = /^[\x00-\x7f]*$/.test(raw);
      const key = compactSkeleton(piece);
      const [shown, against] = ascii ? [raw, official] : [key, ctx.index.names[hit.nameId]!.key];
      // Counted on the matching forms; told on the text, where repeated letters may add a difference.
      const told = Math.min(2, Math.max(hit.distance, osaDistance(shown, against, 2)));
      ctx.findings.add(target, 'typo', typoDifferences(shown, against, told), weight);
      if (!ascii) ctx.findings.add(target, 'homoglyph', `${quote(piece)} reads as ${quote(key)}: ${homoglyphDifferences(raw, key)}`, 0.9);
    }
    // The brand found with a typo inside a longer name is no stronger than the typo itself.
    if (extra) ctx.findings.add(target, extra.reason, extra.text, Math.min(extra.weight, 0.7));
  }
}

/**
 * The brand written whole inside a longer name: with keywords it is a danger, alone a warning. A
 * brand that is also a common word ("ledger") counts only beside a lure such as "support" or "login".
 */
function reportEmbedded(ctx: Context, nameId: number, reason: ReasonCode, text: string, others: string[], where = '', weight?: number): void {
  const common = ctx.index.names[nameId]!.common;
  if (common && !others.some(isLure)) return;
  const keywords = keywordsIn(others);
  const withWords = keywords.length ? ` with the word${keywords.length > 1 ? 's' : ''} ${keywords.map(quote).join(', ')}` : '';
  for (const target of targetsOf(ctx, nameId)) {
    ctx.findings.add(target, reason, `${text}${withWords}${where}`, common ? 0.8 : weight ?? (keywords.length ? 0.9 : 0.7));
  }
}

/** Words of a name that are phishing keywords, for explanations. */
const keywordsIn = (words: string[]): string[] => words.filter((w) => TELLING_KEYWORDS.includes(w.toLowerCase()));

/**
 * The parts of a name: each separated word, and each word's core once keywords are cut off
 * ("binancesupport" → "binance" with "support"), checked against official names.
 */
function inspectWords(ctx: Context, whole: string, words: string[], reason: ReasonCode, where: string, extraWeight?: number): void {
  const pieces = words.length > 1 ? words : [];
  for (const word of pieces) {
    const others = words.filter((w) => w !== word);
    for (const hit of match(ctx, word)) {
      const embedded = `${quote(officialRaw(ctx, hit.nameId))} inside ${quote(whole)}`;
      if (hit.kind === 'exact' && hit.same) reportEmbedded(ctx, hit.nameId, reason, embedded, others, where, extraWeight);
      else reportLookalike(ctx, hit, word, { reason, text: `${embedded}${where}`, weight: others.some(isLure) ? 0.9 : 0.7 });
    }
  }
  // Two words joined back: "x-com" is x.com, "binance-com" is binance.com.
  for (let i = 0; i + 1 < pieces.length; i++) {
    const pair = `${pieces[i]}${pieces[i + 1]}`;
    for (const hit of match(ctx, pair, 0)) {
      if (hit.kind !== 'exact' || !hit.same) continue;
      const others = pieces.filter((_, k) => k !== i && k !== i + 1);
      reportEmbedded(ctx, hit.nameId, reason, `${quote(officialRaw(ctx, hit.nameId))} split as ${quote(`${pieces[i]}-${pieces[i + 1]}`)}`, others, where, extraWeight ?? 0.85);
    }
  }
  // Organizations already matched by the name itself need no second reading of it with keywords cut off.
  const known = new Set(ctx.findings.organizations);
  for (const word of words.length > 1 ? words : [whole]) {
    for (const { core, keywords } of keywordCores(compactRaw(word))) {
      for (const hit of match(ctx, core, 1)) {
        if (targetsOf(ctx, hit.nameId).every((t) => known.has(t.organization))) continue;
        const named = keywords.filter((k) => k.length >= 3);
        const embedded = `${quote(officialRaw(ctx, hit.nameId))} joined to keywords in ${quote(whole)}`;
        if (hit.kind === 'exact' && hit.same) reportEmbedded(ctx, hit.nameId, reason, embedded, named.length ? named : keywords, where, extraWeight ?? 0.9);
        else reportLookalike(ctx, hit, core, { reason, text: `${embedded}${where}`, weight: 0.9 });
        for (const t of targetsOf(ctx, hit.nameId)) known.add(t.organization);
      }
    }
  }
}

/** Official names anywhere inside the text, for those not already explained by a whole word. */
function inspectTokens(ctx: Context, text: string, reason: ReasonCode, where: string, weight?: number): void {
  const key = compactSkeleton(text);
  let segments: { starts: Set<number>; ends: Set<number> } | undefined;
  for (const { nameId, at } of findTokens(ctx.index, key)) {
    const name = ctx.index.names[nameId]!;
    const rest = key.slice(0, at) + ' ' + key.slice(at + name.key.length);
    const keywords = TELLING_KEYWORDS.filter((k) => rest.includes(k)).slice(0, 3);
    if (name.common && !keywords.some((k) => STRONG_KEYWORDS.has(k))) continue;
    // A brand inside real words with no lure around it ("openseadragon", "cryptocompare") is a coincidence.
    if (!keywords.length && isCompoundOfCommonWords(compactRaw(text), 3)) continue;
    // Not found with the separators kept: the brand is cut by dots or hyphens ("myethe.rwallet").
    segments ??= segmentBounds(text);
    const end = at + name.key.length;
    const crosses = [...segments.ends].some((e) => e > at && e < end);
    // Split on purpose ("myethe.rwallet", "pay-palcustomer"): the brand starts or ends where a piece does;
    // "bikes-urban" holds no "kesur".
    const split = crosses && (segments.starts.has(at) || segments.ends.has(end));
    if (crosses && !split) continue;
    const how = split ? 'split across' : 'inside';
    for (const target of name.targets) {
      if (ctx.findings.has(target.organization)) continue;
      const text2 = `${quote(name.raw)} ${how} ${quote(text)}${where}${keywords.length ? ` with ${keywords.map(quote).join(', ')}` : ''}`;
      ctx.findings.add(target, reason, text2, name.common ? 0.8 : weight ?? (keywords.length || split ? 0.85 : 0.6));
    }
  }
}

/** Where the separated pieces of a name start and end, as offsets into its compact skeleton. */
function segmentBounds(text: string): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>([0]);
  const ends = new Set<number>();
  let offset = 0;
  for (const piece of text.split(/[-_.\s]+/)) {
    const length = compactSkeleton(piece).length;
    if (!length) continue;
    starts.add(offset);
    offset += length;
    ends.add(offset);
  }
  return { starts, ends };
}

/** A website's or sender's domain: its name label whole, its words, its subdomains, then any brand inside. */
function inspectDomain(ctx: Context, host: string, registrable: string, role: string): void {
  const { label, suffix } = splitRegistrable(registrable);
  const words = label.split('-').filter(Boolean);
  // Typos are looked for word by word: a hyphenated label as a whole is only compared exactly.
  for (const hit of match(ctx, label, words.length > 1 ? 0 : 2)) {
    if (hit.kind !== 'exact' || !hit.same) {
      reportLookalike(ctx, hit, label);
      continue;
    }
    const name = ctx.index.names[hit.nameId]!;
    if (words.length > 1) {
      reportEmbedded(ctx, hit.nameId, 'brand_embedded', `${quote(name.raw)} split as ${quote(label)}`, [], '', 0.85);
      continue;
    }
    // A common word under another ending is usually someone else's site (phantom.com, curve.com).
    if (name.common) continue;
    for (const target of targetsOf(ctx, hit.nameId)) {
      const domains = (ctx.index.domainsByLabel.get(compactRaw(label)) ?? []).filter((d) => d.organization === target.organization);
      if (domains.some((d) => d.value === registrable)) continue; // the official domain itself, outside its coverage
      const official = domains[0];
      if (official) {
        const swap = `${quote(label)} with .${suffix} in place of .${official.value.slice(official.value.indexOf('.') + 1)}`;
        ctx.findings.add({ organization: target.organization, channel: official }, 'tld_swap', `${role}${swap}`, 0.85);
      } else {
        const c = target.channel;
        const what = name.joined ? 'a domain name written without its dot' : c.kind === 'social' ? `the name of its ${platformName(c.platform!)} account` : 'its name';
        ctx.findings.add(target, 'brand_embedded', `${role}${quote(label)} (${what}) as a domain under .${suffix}`, 0.85);
      }
    }
  }
  inspectWords(ctx, label, words, 'brand_embedded', '');
  if (host !== registrable) {
    const sub = hostToUnicode(host.slice(0, host.length - registrable.length - 1));
    const where = ` placed in front of the unrelated domain ${registrable}`;
    const labels = sub.split('.');
    const lures = [...labels.flatMap((l) => l.split('-')), ...words];
    reportEmbeddedDomains(ctx, host, labels, where, lures);
    for (const part of labels) {
      for (const hit of match(ctx, part, part.includes('-') ? 0 : 2)) {
        if (hit.kind === 'exact' && hit.same) reportEmbedded(ctx, hit.nameId, 'brand_embedded', quote(officialRaw(ctx, hit.nameId)), lures, where, 0.9);
        else reportLookalike(ctx, hit, part, { reason: 'brand_embedded', text: `${quote(part)}${where}`, weight: 0.9 });
      }
      inspectWords(ctx, part, part.split('-').filter(Boolean), 'brand_embedded', where, 0.9);
    }
  }
  inspectTokens(ctx, hostToUnicode(host.slice(0, host.length - suffix.length - 1)), 'brand_embedded', '');
}

/** An official domain written whole in front of another domain: "x.com.session-check.click". */
function reportEmbeddedDomains(ctx: Context, host: string, labels: string[], where: string, lures: string[]): void {
  let offset = 0;
  for (const label of labels) {
    for (const official of ctx.index.domainsByLabel.get(compactRaw(label)) ?? []) {
      if (!host.startsWith(`${official.value}.`, offset)) continue;
      const named = keywordsIn(lures);
      const withWords = named.length ? ` with the word${named.length > 1 ? 's' : ''} ${named.map(quote).join(', ')}` : '';
      ctx.findings.add({ organization: official.organization, channel: official }, 'brand_embedded', `the official domain ${official.value}${withWords}${where}`, 0.95);
    }
    offset += label.length + 1;
  }
}

function inspectHandle(ctx: Context, contact: SocialContact): void {
  const name = contact.value ? handleName(contact.value) : null;
  if (!name) return;
  for (const hit of match(ctx, name)) {
    if (hit.kind !== 'exact' || !hit.same) {
      reportLookalike(ctx, hit, name);
      continue;
    }
    if (ctx.index.names[hit.nameId]!.common) continue;
    for (const target of targetsOf(ctx, hit.nameId)) {
      const c = target.channel;
      const elsewhere = c.kind === 'social' ? `the name of its ${platformName(c.platform!)} account` : `its name`;
      const here = contact.platform ? ` on ${platformName(contact.platform)}` : '';
      ctx.findings.add(target, 'other_platform', `${quote(name)} is ${elsewhere}, but no registered account${here}`, 0.6);
    }
  }
  inspectWords(ctx, name, name.split(/[-_.]/).filter(Boolean), 'brand_embedded', '');
  inspectTokens(ctx, name, 'brand_embedded', '');
}

function inspectEmail(ctx: Context, contact: EmailContact): void {
  const registrable = registrableOf(contact.domain);
  if (registrable) inspectDomain(ctx, contact.domain, registrable, 'sender domain ');
  const free = registrable !== null && FREE_MAIL.has(registrable);
  const where = ` before @${contact.domainUnicode}${free ? ', a free email provider' : ''}`;
  const weight = free ? 0.85 : 0.7;
  const local = contact.local.replace(/^"|"$/g, '');
  const words = local.split(/[._+-]/).filter(Boolean);
  for (const hit of match(ctx, local)) {
    const text = `${quote(officialRaw(ctx, hit.nameId))} as the address name`;
    if (hit.kind === 'exact' && hit.same) reportEmbedded(ctx, hit.nameId, 'brand_in_local_part', text, [], where, weight);
    else reportLookalike(ctx, hit, local, { reason: 'brand_in_local_part', text: `${text}${where}`, weight });
  }
  inspectWords(ctx, local, words, 'brand_in_local_part', where, weight);
  inspectTokens(ctx, local, 'brand_in_local_part', where, weight);
  if (contact.displayName) inspectDisplayName(ctx, contact);
}

/** A sender name that claims an organization ("Binance Security") over an address that is not one of its own. */
function inspectDisplayName(ctx: Context, contact: EmailContact): void {
  const display = contact.displayName!;
  const claimed = new Set<number>();
  for (const word of [display, ...display.split(/[^\p{L}\p{N}.]+/u)]) {
    for (const hit of match(ctx, word)) if (hit.kind === 'exact') claimed.add(hit.nameId);
  }
  for (const { nameId } of findTokens(ctx.index, compactSkeleton(display))) claimed.add(nameId);
  const lures = display.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => STRONG_KEYWORDS.has(w));
  for (const nameId of claimed) {
    if (ctx.index.names[nameId]!.common && !lures.length) continue;
    for (const target of targetsOf(ctx, nameId)) {
      ctx.findings.add(target, 'display_name_claim', `the sender name ${quote(display)} claims ${quote(officialRaw(ctx, nameId))}, but ${contact.value} is not its address`, 0.9);
    }
  }
}

/** Which channel names the imitated one best: same kind as the input, then same platform. */
function preference(contact: Contact): (candidate: LookalikeTarget, held: LookalikeTarget) => boolean {
  const rank = (t: LookalikeTarget) => {
    const c = t.channel;
    if (contact.kind === 'social') return c.kind === 'social' ? (c.platform === contact.platform ? 3 : 2) : c.kind === 'domain' ? 1 : 0;
    if (contact.kind === 'email') return c.kind === 'email' ? 2 : c.kind === 'domain' ? 1 : 0;
    return c.kind === 'domain' ? 2 : 0;
  };
  return (candidate, held) => rank(candidate) > rank(held);
}

/**
 * Every official channel the contact imitates, strongest first, leaving out organizations the
 * contact is official for and lookalikes an organization declared legitimate.
 */
export function findLookalikeFindings(index: LookalikeIndex, contact: Contact): Findings {
  const ctx: Context = { index, findings: new Findings(preference(contact)), seen: new Map() };
  switch (contact.kind) {
    case 'domain':
      if (!contact.ip && contact.registrableDomain) inspectDomain(ctx, contact.value, contact.registrableDomain, '');
      break;
    case 'email':
      inspectEmail(ctx, contact);
      break;
    case 'social':
      inspectHandle(ctx, contact);
      break;
    case 'phone':
      break;
  }
  return ctx.findings;
}

export type { ChannelEntry };
