/** @module The clues lookalike checks report: a homoglyph or typo of a name, or the name inside another. */
import { typoDistance } from './edit-distance.ts';
import { homoglyphDifferences, MAX_TYPOS_TOLD, quote, typoDifferences } from './explain.ts';
import { isGenericWord, isMoneyWord } from './generic-words.ts';
import { clue, type Clue, type Findings, type ReasonCode } from './findings.ts';
import { holdsSignInLure, isIndustryLure, isKeyword, isKeywordMadePlural, isLure, isPluralLure, isDisguisedWww, isWordLure, joinsStrongLure, KEYWORDS, lureNoun, lureOf, nearLure, SHORT_TELLING_WORDS, strongLureWithNumber } from './keywords.ts';
import type { LookalikeIndex, LookalikeTarget, TargetRank } from './lookalike-index.ts';
import type { ContactEvidence } from './evidence.ts';
import { isCloseHit, joinedTo, matchWord, readsAsName, type WordHit } from './match-word.ts';
import { compactRaw, compactSkeleton, compactWritten, isCommonWord, isEverydayWord, isRareFourLetterWord, withoutAccents } from './names.ts';
import { isMixedScript, restrictedCharacters, scriptsOf } from './scripts.ts';
import { readingOf } from './reading.ts';
import { isCodeHost } from './shared-hosting.ts';
import { describeCharacter, isAscii } from './skeleton.ts';

/**
 * Keywords worth naming when found inside a longer text: the short ones (us, io, my, and eth or web,
 * which `SHORT_TELLING_WORDS` names as words of their own) are too common inside other words
 * ("method", "website").
 */
export const TELLING_KEYWORDS = KEYWORDS.filter((k) => k.length >= 4);

export interface Context {
  index: LookalikeIndex;
  findings: Findings;
  /** How well each of an organization's channels names the one the contact imitates: the findings keep the best. */
  rank: TargetRank;
  /** Pieces already matched in this lookup: a label, its words and their cores overlap. */
  seen: Map<string, WordHit[]>;
  /** Compact skeletons of the pieces that read exactly as an official name: names inside them are theirs. */
  named: Set<string>;
  /** What the contact shows besides any likeness: a lure, a shared host, digits among letters, a favoured TLD. */
  evidence: ContactEvidence;
}

/**
 * `lured`: true when a lure stands right beside the piece, `'joined'` when keywords were cut off it (see
 * `joinedTo`); the contact's evidence counts anyway.
 */
export function match(ctx: Context, piece: string, maxTypos = 2, lured: boolean | 'joined' = false): WordHit[] {
  const key = `${maxTypos}${lured === true ? '!' : lured === 'joined' ? '+' : ''}${piece}`;
  let hits = ctx.seen.get(key);
  if (!hits) {
    ctx.seen.set(key, (hits = matchWord(ctx.index, piece, maxTypos, lured === true ? 'lured' : lured === 'joined' ? joinedTo(ctx.evidence) : ctx.evidence)));
    if (readsAsName(hits)) ctx.named.add(compactSkeleton(piece));
  }
  return hits;
}

/**
 * Whether a piece reads as an official name or one letter from one. A search for one edit finds every
 * such hit (one for two edits finds the same, and more), so a search of the piece made already answers.
 */
export function readsCloseToName(ctx: Context, piece: string): boolean {
  return (ctx.seen.get(`2${piece}`) ?? ctx.seen.get(`1${piece}`) ?? match(ctx, piece, 1)).some(isCloseHit);
}

/**
 * What an explanation says of a lure beside the piece: the contact's own evidence when it has some
 * (it names a lure of the domain first), else this word (a handle has no evidence of its own).
 */
export const besideLure = (ctx: Context, lure: string | undefined, piece?: string): string | undefined =>
  lure === undefined ? undefined : (piece === undefined ? ctx.evidence.clause : clauseAround(ctx, piece)) ?? `beside the word ${quote(lure)}`;

/** The contact's evidence as told beside `piece` (`ContactEvidence.clauseAround`), or all of it where the piece counted for a lure right beside it. */
const clauseAround = (ctx: Context, piece: string): string | null => ctx.evidence.clauseAround(piece) ?? ctx.evidence.clause;

export const targetsOf = (ctx: Context, nameId: number): LookalikeTarget[] => ctx.index.targetsOf(nameId);
/** The channels of a name the findings would keep: one per organization, the best by the contact's rank. */
export const keptTargetsOf = (ctx: Context, nameId: number): LookalikeTarget[] => ctx.index.bestTargetsOf(nameId, ctx.rank);
/** The channels of a name each organization was first found by, one per organization. */
export const firstTargetsOf = (ctx: Context, nameId: number): LookalikeTarget[] => ctx.index.bestTargetsOf(nameId, FOUND_FIRST);
const FOUND_FIRST: TargetRank = () => 0;
export const organizationsOf = (ctx: Context, nameId: number): string[] => ctx.index.organizationsOf(nameId);
export const officialRaw = (ctx: Context, nameId: number) => ctx.index.nameRaw(nameId);

/** The domain a name known only joined with its suffix stands for ("binancecom" for binance.com), if it is one. */
const joinedDomain = (ctx: Context, nameId: number): LookalikeTarget | undefined =>
  ctx.index.isJoined(nameId) ? targetsOf(ctx, nameId).find((t) => t.kind === 'domain') : undefined;

/**
 * An official name as an explanation quotes it: the name ("binance"), or for a domain known only
 * joined with its suffix, the domain so written ("binance.com" without its dot, as in "binancecom-login").
 */
export function shownName(ctx: Context, nameId: number): string {
  const domain = joinedDomain(ctx, nameId);
  return domain ? `${quote(domain.value)} without its dot` : quote(officialRaw(ctx, nameId));
}

/** An official name as a text holding it whole shows it: a domain known only joined with its suffix is that domain ("binance.com"). */
export const wholeName = (ctx: Context, nameId: number): string => joinedDomain(ctx, nameId)?.value ?? officialRaw(ctx, nameId);

/**
 * Reports a homoglyph or typo hit on `piece`, with script reasons when the piece mixes or swaps
 * scripts. `beside`: the evidence clause for a hit made on a lure joined to the piece, which the
 * contact's own evidence does not see ("app" in "appuinswp").
 */
export function reportLookalike(ctx: Context, hit: WordHit, piece: string, extra?: { reason: ReasonCode; text: string; weight: number }, beside?: string): void {
  const clues = lookalikeClues(ctx, hit, piece, beside);
  // The brand found with a typo inside a longer name is no stronger than the typo itself.
  if (extra) clues.push(clue(extra.reason, extra.text, Math.min(extra.weight, 0.7)));
  // Worked out once for the name, then given to the channel kept of each of its organizations.
  for (const target of keptTargetsOf(ctx, hit.nameId)) for (const clue of clues) ctx.findings.add(target, clue.reason, clue.text, clue.weight);
}

/** What a homoglyph or typo hit on `piece` says: the look-alike characters, the scripts, the edits. */
function lookalikeClues(ctx: Context, hit: WordHit, piece: string, beside?: string): Clue[] {
  const official = officialRaw(ctx, hit.nameId);
  const raw = compactRaw(piece);
  if (hit.kind === 'exact') {
    const looks = clue('homoglyph', () => `${quote(piece)} looks like ${quote(official)}: ${homoglyphDifferences(withCapitals(piece, raw), official)}`, 0.95);
    return isAscii(raw) ? [looks] : [looks, ...scriptClues(ctx, hit.nameId, piece, true)];
  }
  // Described on the text as written ("1" in place of "i"), or where look-alike letters are part of the
  // typo, on the letters they pass for, named apart: "rnicrosft" reads as "microsft", one letter short.
  const read = readingOf(raw, official);
  const looks = read === null ? [] : [clue('homoglyph', () => `${quote(piece)} reads as ${quote(read)}: ${homoglyphDifferences(raw, read)}`, 0.9)];
  const ascii = isAscii(raw);
  const scripts = ascii ? [] : scriptClues(ctx, hit.nameId, piece, false);
  if (hit.repeated) {
    const shown = read ?? raw;
    const how = shown.length > official.length ? 'repeats letters of' : shown.length < official.length ? 'leaves out a doubled letter of' : 'differs only in doubled letters from';
    return [clue('typo', () => (Math.abs(shown.length - official.length) === 1 ? typoDifferences(shown, official, 1) : `${quote(shown)} ${how} ${quote(official)}`), 0.8), ...looks, ...scripts];
  }
  const [shown, against] = read !== null ? [read, official] : ascii || isAscii(official) ? [raw, official] : [compactSkeleton(piece), ctx.index.nameKey(hit.nameId)];
  // A likeness that counts only for the evidence around it says so: a letter changed for an unrelated
  // one is still a danger, barely; a second edit is a warning, as any second edit is.
  const evidence = hit.evidenced ? `, ${beside ?? clauseAround(ctx, piece)}` : '';
  // Counted on the matching forms; told on the text, where repeated letters may add a difference.
  const clues: Clue[] = [clue(
    'typo',
    () => `${typoDifferences(shown, against, Math.max(hit.distance, typoDistance(shown, against, MAX_TYPOS_TOLD)))}${evidence}`,
    hit.distance === 1 ? (hit.evidenced ? 0.75 : 0.8) : 0.65,
  )];
  if (read !== null) clues.push(...looks);
  else if (!ascii && shown !== raw) clues.push(clue('homoglyph', () => `${quote(piece)} reads as ${quote(shown)}: ${homoglyphDifferences(raw, shown)}`, 0.9));
  return [...clues, ...scripts];
}

/**
 * What a piece's scripts say beside its likeness: letters of two scripts mixed, a name written wholly
 * in another script that reads as the Latin one (`whole`: only a piece that reads exactly as the name),
 * or characters UTS #39 restricts from identifiers (ⅼ, the Roman numeral fifty, for l).
 */
function scriptClues(ctx: Context, nameId: number, piece: string, whole: boolean): Clue[] {
  const scripts = scriptsOf(piece);
  if (isMixedScript(scripts)) return [clue('mixed_script', `${quote(piece)} mixes ${scripts.join(' and ')} letters`, 0.9)];
  if (whole && scripts.length === 1 && scripts[0] !== 'Latin' && isAscii(ctx.index.nameKey(nameId))) {
    return [clue('whole_script', `${quote(piece)} is written in ${scripts[0]} letters that read as Latin ${quote(officialRaw(ctx, nameId))}`, 0.95)];
  }
  const restricted = restrictedCharacters(piece);
  if (!restricted.length) return [];
  const named = [...new Set(restricted)].map((ch) => `${quote(ch)} (${describeCharacter(ch)})`).join(', ');
  return [clue('mixed_script', `${quote(piece)} uses ${named}, restricted from identifiers`, 0.9)];
}

/** The piece compact as written, capitals kept where they are all that sets it apart from `raw` ("PayPaI" writes an I for the l). */
function withCapitals(piece: string, raw: string): string {
  const written = compactWritten(piece);
  return written !== raw && written.toLowerCase() === raw ? written : raw;
}

/**
 * The brand written whole inside a longer name: with keywords it is a danger, alone a warning. A
 * brand that is also a common word ("ledger") counts only beside a lure such as "support" or "login",
 * or when `disguised` (see `isDisguisedSplit`). `inOwnLabel`: `others` stand in the brand's own label;
 * false when the brand is a label of its own and they are the other labels' words.
 */
export function reportEmbedded(ctx: Context, nameId: number, reason: ReasonCode, text: string, others: string[], where = '', weight?: number, disguised = false, inOwnLabel = true): void {
  if (!disguised && isEcosystemNameAlone(ctx, nameId)) return;
  const common = ctx.index.isCommon(nameId);
  const industry = isGenericWord(ctx.index.nameRaw(nameId));
  // An alias or a short word's name takes a word lure, not a number, but for a short word's a case's tag
  // (`isCaseTag`: "gate-24921"); an industry word's, no industry word; neither it nor an everyday word's a
  // number of a name ("crypto101", a course, "office24"; a case's tag is longer: "14135-crypto", "office36503").
  const wordsOnly = ctx.index.isAlias(nameId) || isShortWordName(ctx, nameId);
  const namesNumbers = industry || isEverydayWord(ctx.index.nameRaw(nameId));
  const everyday = isEverydayWord(ctx.index.nameRaw(nameId));
  const beside = common ? others.find((word) => (wordsOnly ? isWordLure(word) || (!ctx.index.isAlias(nameId) && isCaseTag(word)) : isLure(word)) && !(industry && isIndustryLure(word)) && !(namesNumbers && isNameNumber(word)) && (!everyday || holdsSignInLure(word))) : undefined;
  // Without a lure, a brand that is a common word counts beside a keyword or an industry word under a
  // TLD phishers favour or on a platform anyone can publish on ("exodus-crypto.online",
  // "mygemini.webflow.io"), as a warning; an alias never, nor an industry word named as a brand, which
  // is what such sites are about ("crypto-news-ads.site": news of crypto, not Crypto.com's).
  const plain = common && !disguised && beside === undefined && !ctx.index.isAlias(nameId) && !industry && !everyday;
  const place = plain ? ctx.evidence.placeClause : null;
  // Under a TLD phishers favour, any word beside a brand named by a word it may stand for disguised
  // (`isDisguisableWordName`), in its label: a piece of its own there is the brand named
  // ("explore-ledger.online", "mhowceu-amazon.monster"), where run into words it is often someone's
  // compound ("topledger.xyz"); alone as a label, it is told in front of the domain (ledger.xdlwp.top).
  // Elsewhere, a few stray letters beside it, a campaign's tag (`isStrayLetters`), or a word of money
  // and trading, which says the organization's trade is the sense meant ("finance-curve",
  // "xchange-gemini"); a short word's name takes them as another name's ("lido-ak"), and an everyday
  // word's as anyone's ("office-mmm", `isEverydayWord`). Any word beside a name its organization coined,
  // as a piece of its own in its label (`isCoinedNameOf`: "vault-google", not "googlefight"), on a
  // platform too ("redirect-google.pages.dev"), but for one of code repositories' pages, where the
  // organization's own projects are named so (`isCodeHost`: "google-gemini.github.io").
  const weak = place !== null
    ? others.find((word) => isKeyword(word) || isGenericWord(word) || (ctx.evidence.favouredTld !== null && (isStrayLetters(word) || (inOwnLabel && isDisguisableWordName(ctx, nameId)))) || (inOwnLabel && word === ctx.evidence.takenNameTag) || (inOwnLabel && isCoinedNameOf(ctx, nameId) && !isCodeHost(ctx.evidence.platform)))
    : plain && !isShortWordName(ctx, nameId) && !isEverydayWord(ctx.index.nameRaw(nameId)) ? others.find((word) => isStrayLetters(word) || isMoneyWord(word) || (inOwnLabel && isCoinedNameOf(ctx, nameId))) : undefined;
  if (common && !disguised && beside === undefined && weak === undefined) return;
  // Beside another organization's name, a common word is that organization's word ("Ledger Live",
  // "binance_support_live"), not a second brand imitated.
  if (common && !disguised && others.some((word) => isOtherBrandName(ctx, word, nameId))) return;
  const keywords = keywordsIn(others);
  // A common word counts for the lure beside it: named, when no keyword already says why ("kraken-us").
  const lure = beside === undefined ? null : lureOf(beside);
  const withWords = weak !== undefined
    ? ` with ${isKeyword(weak) || isGenericWord(weak) ? 'the word ' : ''}${quote(weak)}${weak === ctx.evidence.takenNameTag ? ', the tag the platform adds to a name another project holds' : ''}`
    : keywords.length
      ? ` with the word${keywords.length > 1 ? 's' : ''} ${keywords.map(quote).join(', ')}`
      : lure === null ? '' : ` with the ${lureNoun(lure)} ${quote(lure)}`;
  // The place that let a weak word count is told last, after where the brand stands.
  const placed = weak !== undefined && place !== null ? `, ${place}` : '';
  for (const target of keptTargetsOf(ctx, nameId)) {
    ctx.findings.add(target, reason, `${text}${withWords}${where}${placed}`, weak !== undefined ? 0.6 : common ? 0.8 : weight ?? (keywords.length ? 0.9 : 0.7));
  }
}

/**
 * Whether a name is one its organizations say they coined, a word dictionaries list since ("google":
 * `OrganizationEntry.coinedNames`): a word of its own in a name, it stands for them beside any word, as
 * a word that was someone's first ("ledger", "kraken") does not.
 */
const isCoinedNameOf = (ctx: Context, nameId: number): boolean => everyOwnerDeclares(ctx, nameId, (o, raw) => ctx.index.isCoinedName(o, raw));

/** Whether a name has organizations and each declares it so (`declares`: of an organization and the name as written). */
function everyOwnerDeclares(ctx: Context, nameId: number, declares: (organization: string, raw: string) => boolean): boolean {
  const raw = ctx.index.nameRaw(nameId);
  const owners = organizationsOf(ctx, nameId);
  return owners.length > 0 && owners.every((o) => declares(o, raw));
}

/**
 * Whether a name is one its organizations say others name their tools, channels and fan sites after
 * ("youtube": `OrganizationEntry.ecosystemNames`), in a domain that shows nothing telling (no lure but
 * the words software is named with, no platform, no digits among letters, no TLD phishers favour:
 * `ContactEvidence.clauseBesideSoftware`): then it is theirs ("bestofyoutube.com", "youtube-dl.org",
 * "downloadyoutubesubtitles.com"). Asked of the name first, as most registries declare none.
 */
export function isEcosystemNameAlone(ctx: Context, nameId: number): boolean {
  if (!ctx.index.hasEcosystemNames) return false;
  return everyOwnerDeclares(ctx, nameId, (o, raw) => ctx.index.isEcosystemName(o, raw)) && ctx.evidence.clauseBesideSoftware === null;
}

/** Whether a word is a number of 5+ digits, a case's or a campaign's tag: no name is numbered so ("gate-24921", "117256-apple"). */
const isCaseTag = (word: string): boolean => /^\d{5,}$/.test(word);

/** Whether a lure is a number of three digits at most, as names take ("crypto101", "live365"), not a case's tag. */
export const isNameNumber = (lure: string | null): boolean => lure !== null && /^\d{1,3}$/.test(lure);

/**
 * Whether a brand is named by a short word (three or four letters: "live", "lido", "gate"), which a
 * number run into names other things as often ("live365", an internet radio; "live24", "lido84"): only a
 * word lure counts beside it. A name of one or two letters ("fb") beside a number is a case's tag
 * ("fb-ticket-case-47121"), and a longer word one too ("117256-apple").
 */
export function isShortWordName(ctx: Context, nameId: number): boolean {
  const { length } = ctx.index.nameRaw(nameId);
  return length >= 3 && length <= 4;
}

/**
 * Whether a brand's own name (no alias: "arb") is a word of four letters of the language's frequent ones
 * ("gate", "live"; not "lido", see `isRareFourLetterWord`).
 */
export const isFrequentShortWordName = (ctx: Context, nameId: number): boolean =>
  ctx.index.isCommon(nameId) && !ctx.index.isAlias(nameId) && ctx.index.nameRaw(nameId).length === 4 && !isRareFourLetterWord(ctx.index.nameRaw(nameId));

/** Letters of a piece that says nothing of its own beside a brand ("ah" of "kraken-ah.xyz"), at most. */
const STRAY_LETTERS = 3;

/**
 * Whether a piece beside a common-word brand is a few stray letters, no word ("kraken-ix.com",
 * "l-telegram.com", "amazon-ssr.jp", "kraken-ah.xyz"): a campaign's tag, where an honest site names what
 * it is with a word. On a platform anyone can publish on, short tags are how projects name their ports
 * ("kraken-rs.github.io"), so there only a TLD phishers favour lets them count.
 */
const isStrayLetters = (word: string): boolean => word.length <= STRAY_LETTERS && /^[a-z]+$/.test(word) && !isCommonWord(word) && !isKeyword(word);

/**
 * Whether a word is, written exactly, another organization's name that outranks the common word
 * `nameId`: a name no common word spells, or, beside an alias ("live" of live.com), an organization's
 * own name ("ledger").
 */
function isOtherBrandName(ctx: Context, word: string, nameId: number): boolean {
  const own = new Set(organizationsOf(ctx, nameId));
  const outranks = (other: number) => !ctx.index.isCommon(other) || (ctx.index.isAlias(nameId) && !ctx.index.isAlias(other));
  return match(ctx, word, 0).some((hit) => hit.kind === 'exact' && hit.same && outranks(hit.nameId) && organizationsOf(ctx, hit.nameId).some((o) => !own.has(o)));
}

/**
 * How an explanation tells a name cut apart: a domain written without its dot as what it is
 * ("binance.com" written as "binance-com"), any other name as split ("binance" split as "bin-ance").
 */
export function splitClause(ctx: Context, nameId: number, shown: string): string {
  const domain = joinedDomain(ctx, nameId);
  return domain ? `${quote(domain.value)} written as ${quote(shown)}` : `${quote(officialRaw(ctx, nameId))} split as ${quote(shown)}`;
}

/** Letters a brand named by a common word needs before its name, disguised, counts without a lure. */
const MIN_DISGUISED_WORD = 5;

/**
 * Whether a brand is named by a common word ("ledger", "google") that, disguised (cut apart, under a
 * TLD phishers favour), stands for the brand without a lure: its own name, not an alias, of 5+
 * letters, or of 4 when the word is rare in everyday speech ("lido"). Other short names and aliases
 * ("gate", "live") name too much else even then.
 */
export function isDisguisableWordName(ctx: Context, nameId: number): boolean {
  if (!ctx.index.isCommon(nameId) || ctx.index.isAlias(nameId)) return false;
  const raw = officialRaw(ctx, nameId);
  return raw.length >= MIN_DISGUISED_WORD || isRareFourLetterWord(raw);
}

/**
 * Whether a brand named by a common word is cut apart inside a word ("goo-gle", not "led.ger" or
 * "out-look", cut into words): nobody writes their own name so, whatever it means.
 */
export const isDisguisedSplit = (ctx: Context, nameId: number, parts: string[]): boolean =>
  isDisguisableWordName(ctx, nameId) && parts.some((p) => !isCommonWord(p));

/** Words of a name that are phishing keywords, for explanations: misspelled and plural lures too ("verfy", "suport", "grants"), as telling as spelled ones. */
export const keywordsIn = (words: string[]): string[] =>
  words.filter((word) => {
    const w = withoutAccents(word.toLowerCase());
    return TELLING_KEYWORDS.includes(w) || SHORT_TELLING_WORDS.includes(w) || isPluralLure(w) || (isKeywordMadePlural(w) && TELLING_KEYWORDS.includes(w.slice(0, -1))) || joinsStrongLure(w) || strongLureWithNumber(w) !== null || nearLure(w) || isDisguisedWww(w);
  });
