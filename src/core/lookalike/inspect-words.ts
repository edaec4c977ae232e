/** @module Reading a name piece by piece: its words, its keyword-joined cores, and brands anywhere inside it. */
import { quote } from './explain.ts';
import type { ReasonCode } from './findings.ts';
import { isLure, keywordCores, STRONG_KEYWORDS } from './keywords.ts';
import { findTokens } from './match-word.ts';
import { compactRaw, compactSkeleton, isCompoundOfCommonWords } from './names.ts';
import { match, officialRaw, reportEmbedded, reportLookalike, targetsOf, TELLING_KEYWORDS, type Context } from './report.ts';

/**
 * The parts of a name: each separated word, and each word's core once keywords are cut off
 * ("binancesupport" → "binance" with "support"), checked against official names.
 */
export function inspectWords(ctx: Context, whole: string, words: string[], reason: ReasonCode, where: string, extraWeight?: number): void {
  const pieces = words.length > 1 ? words : [];
  for (const word of pieces) {
    const others = words.filter((w) => w !== word);
    for (const hit of match(ctx, word, 2, others.some(isLure))) {
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
        // The name's other words are beside the brand too: "claim" in "claim-lidofinance".
        const beside = [...(named.length ? named : keywords), ...pieces.filter((w) => w !== word)];
        if (hit.kind === 'exact' && hit.same) reportEmbedded(ctx, hit.nameId, reason, embedded, beside, where, extraWeight ?? 0.9);
        else reportLookalike(ctx, hit, core, { reason, text: `${embedded}${where}`, weight: 0.9 });
        for (const t of targetsOf(ctx, hit.nameId)) known.add(t.organization);
      }
    }
  }
}

/** Official names anywhere inside the text, for those not already explained by a whole word. */
export function inspectTokens(ctx: Context, text: string, reason: ReasonCode, where: string, weight?: number): void {
  const key = compactSkeleton(text);
  let segments: { starts: Set<number>; ends: Set<number> } | undefined;
  for (const { nameId, at } of findTokens(ctx.index, key)) {
    const name = ctx.index.nameKey(nameId);
    const common = ctx.index.isCommon(nameId);
    const rest = key.slice(0, at) + ' ' + key.slice(at + name.length);
    const keywords = TELLING_KEYWORDS.filter((k) => rest.includes(k)).slice(0, 3);
    if (common && !keywords.some((k) => STRONG_KEYWORDS.has(k))) continue;
    // A brand inside real words with no lure around it ("openseadragon", "cryptocompare") is a coincidence.
    if (!keywords.length && isCompoundOfCommonWords(compactRaw(text), 3)) continue;
    // Not found with the separators kept: the brand is cut by dots or hyphens ("myethe.rwallet").
    segments ??= segmentBounds(text);
    const end = at + name.length;
    const crosses = [...segments.ends].some((e) => e > at && e < end);
    // Split on purpose ("myethe.rwallet", "pay-palcustomer"): the brand starts or ends where a piece does;
    // "bikes-urban" holds no "kesur".
    const split = crosses && (segments.starts.has(at) || segments.ends.has(end));
    if (crosses && !split) continue;
    const how = split ? 'split across' : 'inside';
    const found = `${quote(ctx.index.nameRaw(nameId))} ${how} ${quote(text)}${where}${keywords.length ? ` with ${keywords.map(quote).join(', ')}` : ''}`;
    for (const target of ctx.index.targetsOf(nameId)) {
      if (ctx.findings.has(target.organization)) continue;
      ctx.findings.add(target, reason, found, common ? 0.8 : weight ?? (keywords.length || split ? 0.85 : 0.6));
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

