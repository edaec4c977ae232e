/** @module Reading a name piece by piece: its words, and its keyword-joined cores. */
import { typoDistance } from './edit-distance.ts';
import { quote } from './explain.ts';
import type { ReasonCode } from './findings.ts';
import { holdsAppealLure, holdsSignInLure, isKeyword, isKeywordMadePlural, isLure, isMediaWord, isNumber, keywordCores, lureOf, pairAt, spellsRealWords, STRONG_KEYWORDS, withoutEdgeNumbers } from './keywords.ts';
import { findWrittenTokens, isCloseHit, matchWord, readsAsName, type WordHit } from './match-word.ts';
import { compactRaw, compactSkeleton, isCommonWord, isCompoundOfCommonWords, startsOtherWords } from './names.ts';
import { inspectRunIntoWords } from './inspect-run-into-words.ts';
import { readsAsShownOn } from './shown-on.ts';
import { besideLure, isDisguisedSplit, isFrequentShortWordName, keptTargetsOf, match, officialRaw, organizationsOf, readsCloseToName, reportEmbedded, reportLookalike, shownName, splitClause, type Context } from './report.ts';

/**
 * The parts of a name: each separated word, and each word's core once keywords are cut off
 * ("binancesupport" → "binance" with "support"), checked against official names.
 */
export function inspectWords(ctx: Context, whole: string, words: string[], reason: ReasonCode, where: string, extraWeight?: number): void {
  const pieces = words.length > 1 ? words : [];
  /** Words that read as a brand or one letter from one: see the keyword cuts below. */
  const close = new Set<string>();
  for (const word of pieces) {
    const others = words.filter((w) => w !== word);
    const lure = others.find(isLure);
    const hits = match(ctx, word, 2, !!lure);
    if (hits.some(isCloseHit)) close.add(word);
    for (const hit of hits) {
      // A guide to what is on a platform ("whats-on-netflix") names the brand as a place, not as itself.
      if (hit.kind === 'exact' && hit.same && !lure && readsAsShownOn(whole, whole.indexOf(word))) continue;
      // A name of one letter is a letter beside any word, lure or not ("x-team", "x-rates" are companies
      // of their own); X's imitations write its domain, which the joined words below read ("x-com-verify").
      // A letter at an end of the name beside a fake appeal's lure is the platform the appeal names ("dmca-x", "issuecase-x");
      // at its end, beside any lure run into words, so is a letter that ends no word's name ("medianotify-x",
      // "accountpolicy-x"), where names such as "x-team" start with theirs.
      if (hit.kind === 'exact' && hit.same && ctx.index.nameRaw(hit.nameId).length === 1 && !(isAtEnd(pieces, word) && others.some(holdsAppealLure)) && !(pieces.at(-1) === word && others.some(holdsLureRunIntoWords))) continue;
      const embedded = `${shownName(ctx, hit.nameId)} inside ${quote(whole)}`;
      if (hit.kind === 'exact' && hit.same) reportEmbedded(ctx, hit.nameId, reason, embedded, others, where, extraWeight);
      else reportLookalike(ctx, hit, word, { reason, text: `${embedded}${where}`, weight: lure ? 0.9 : 0.7 }, besideLure(ctx, lure, word));
    }
  }
  // Two words joined back: "x-com" is x.com, "binance-com" is binance.com; also across a keyword put
  // between them ("trust-web-wallet", "crypto.exchange.com").
  for (let i = 0; i + 1 < pieces.length; i++) {
    for (const j of isKeyword(pieces[i + 1]!) && i + 2 < pieces.length ? [i + 1, i + 2] : [i + 1]) {
      // Pieces cut only where a number stands between letters ("office", "365" of "office365atwork") were never apart.
      if (j === i + 1 && whole.includes(`${pieces[i]}${pieces[j]}`)) continue;
      for (const hit of match(ctx, `${pieces[i]}${pieces[j]}`, 0)) {
        if (hit.kind !== 'exact' || !hit.same) continue;
        const others = pieces.filter((_, k) => k < i || k > j);
        // Shown with the separator the name has between them (words come from hyphens and dots alike).
        const cut = whole.includes(`${pieces[i]}.${pieces[j]}`) && !whole.includes(`${pieces[i]}-${pieces[j]}`) ? '.' : '-';
        const text = j === i + 1
          ? splitClause(ctx, hit.nameId, `${pieces[i]}${cut}${pieces[j]}`)
          : `${quote(officialRaw(ctx, hit.nameId))} split by the word ${quote(pieces[i + 1]!)} in ${quote(whole)}`;
        const disguised = isDisguisedSplit(ctx, hit.nameId, [pieces[i]!, pieces[j]!]);
        reportEmbedded(ctx, hit.nameId, reason, text, others, where, extraWeight ?? 0.85, disguised);
      }
    }
  }
  spelledOut(ctx, whole, pieces, reason, where, extraWeight);
  // Organizations already matched by the name itself need no second reading of it with keywords cut off.
  const known = new Set(ctx.findings.organizations);
  if (!pieces.length && readsCloseToName(ctx, whole)) close.add(whole);
  for (const word of pieces.length ? pieces : [whole]) {
    const { cores, typos } = readableCuts(compactRaw(word));
    // A word a letter from a brand is that brand mistyped, not another brand mistyped once words are
    // cut off it: "prooprex" doubles an o of "proprex"; it is not "oprex" after "pro", one letter from
    // "goprex", nor is "klooteam" "kloo" (a letter from "klomo") with "team". The whole word accounts
    // for every letter; a lure cut off says it phishes, not for whom.
    const wordReads = !typos || close.has(word);
    // So does a brand with keywords: the word's other cuts move letters between the brand and a keyword
    // ("faiplez" and "io" of "faipleziologin", where "faiplezio" is a brand with "login"). Their cores
    // are read as written only, not searched for typos: the dearest part of a lookup. A cut that takes
    // keywords mistyped or cut into leaves a brand by chance ("meta" of "metamysksupport" with
    // "ksupport", where "metamysk" is MetaMask mistyped).
    const exactOnly = wordReads || isBrandWithKeywords(ctx, cores);
    for (const { core, keywords: cut } of cores) {
      // The name's own word repeated is no lure beside it: "livelive" is no Microsoft's "live" with "live".
      const keywords = cut.includes(core) ? cut.filter((k) => k !== core) : cut;
      // A lure cut off the core stands right beside it, as a separated one would ("appuinswp").
      const lure = keywords.find(isLure);
      for (const hit of match(ctx, core, exactOnly ? 0 : lure || ctx.evidence.clause ? 2 : 1, lure ? true : keywords.length ? 'joined' : false)) {
        if (organizationsOf(ctx, hit.nameId).every((o) => known.has(o))) continue;
        if (hit.kind === 'typo' && exactOnly) continue;
        const named = keywords.filter((k) => k.length >= 3);
        const embedded = `${shownName(ctx, hit.nameId)} joined to keywords in ${quote(whole)}`;
        // The name's other words are beside the brand too: "claim" in "claim-lidofinance".
        const beside = [...(named.length ? named : keywords), ...pieces.filter((w) => w !== word)];
        // A name of three letters run into keywords none of which is a lure is as often another's name
        // built the same way ("htxlabs", HTX Labs, is no HTX): the short name needs the lure, as elsewhere.
        if (hit.kind === 'exact' && hit.same && ctx.index.nameRaw(hit.nameId).length <= SHORT_JOINED_NAME && !lure) continue;
        // A frequent word of four letters run into keywords ("liveagent", "sharegate", "gateaccess") is that
        // word in a compound, whatever the keywords: only apart from them is it the brand's ("gate-login").
        if (hit.kind === 'exact' && hit.same && isFrequentShortWordName(ctx, hit.nameId)) continue;
        // An alias that words start with ("insta" of "instant") run into words after it is as often a name
        // built the same way ("instabridge", "instacare"): only a sign-in or a media lure makes it the brand's.
        if (hit.kind === 'exact' && hit.same && isAliasStartingWords(ctx, hit.nameId, word, core) && !keywords.some((k) => holdsSignInLure(k) || isMediaWord(k))) continue;
        if (hit.kind === 'exact' && hit.same) reportEmbedded(ctx, hit.nameId, reason, embedded, beside, where, extraWeight ?? 0.9);
        else reportLookalike(ctx, hit, core, { reason, text: `${embedded}${where}`, weight: 0.9 }, besideLure(ctx, lure));
        for (const o of organizationsOf(ctx, hit.nameId)) known.add(o);
      }
    }
    const lureBeside = pieces.find((w) => w !== word && isLure(w));
    for (const { core, keywords } of [{ core: compactRaw(word), keywords: [] }, ...cores]) {
      swappedWords(ctx, whole, core, keywords.find(isLure) ?? lureBeside, reason, where, known, extraWeight);
    }
    shortNameBesideLure(ctx, whole, word, reason, where, known, extraWeight);
    if (lureBeside !== undefined) {
      shortNameBesideWordAndLure(ctx, whole, word, lureBeside, reason, where, known, extraWeight);
      numberedShortName(ctx, whole, word, lureBeside, reason, where, known, extraWeight);
    }
    fourLetterNameBesideWords(ctx, whole, word, reason, where, known);
    inspectRunIntoWords(ctx, whole, word, reason, where);
  }
}

/** Characters a run of single characters between separators needs to be read as a name spelled out. */
const SPELLED_OUT = 3;

/**
 * A brand spelled out a character at a time between hyphens or dots, beside other words ("v3-a-a-v-e",
 * "p-a-n-c-a-k-e-swap"): the run of single characters joined back, read as the name itself.
 */
function spelledOut(ctx: Context, whole: string, pieces: string[], reason: ReasonCode, where: string, extraWeight?: number): void {
  for (let start = 0; start < pieces.length; start++) {
    if (pieces[start]!.length !== 1) continue;
    let end = start;
    while (end < pieces.length && pieces[end]!.length === 1) end++;
    if (end - start >= SPELLED_OUT && end - start < pieces.length) {
      const run = pieces.slice(start, end);
      for (const hit of match(ctx, run.join(''), 0)) {
        if (hit.kind !== 'exact' || !hit.same) continue;
        const others = pieces.filter((_, k) => k < start || k >= end);
        reportEmbedded(ctx, hit.nameId, reason, `${splitClause(ctx, hit.nameId, run.join('-'))} in ${quote(whole)}`, others, where, extraWeight ?? 0.85, isDisguisedSplit(ctx, hit.nameId, run));
      }
    }
    start = end;
  }
}

/**
 * A brand cut by a hyphen or a dot with a letter slipped ("opan-sea", "led-gr", "block.chaiins"): two
 * neighbouring pieces of `name` joined back and searched for a typo (a second beside a lure or the
 * domain's evidence, as for any piece), but for two words of their own
 * ("open-see", "dental-street": real words written apart are those words, as most hyphenated names
 * are). Read only where nothing else was found: a brand whole inside the pieces ("kra-kenx") is told
 * better so.
 */
export function inspectSlippedSplits(ctx: Context, name: string): void {
  const pieces = name.split(/[.-]/).filter(Boolean);
  for (let i = 0; i + 1 < pieces.length; i++) {
    const [first, second] = [pieces[i]!, pieces[i + 1]!];
    if (isWordOfItsOwn(first) && isWordOfItsOwn(second)) continue;
    const lure = pieces.find((w, k) => k !== i && k !== i + 1 && isLure(w));
    const joined = `${first}${second}`;
    const hyphen = name.includes(`${first}-${second}`);
    const told = `${quote(`${first}${hyphen ? '-' : '.'}${second}`)} is ${quote(joined)} cut by ${hyphen ? 'a hyphen' : 'a dot'}`;
    const { hits, beside } = splitReading(ctx, first, second, lure);
    for (const hit of hits) {
      // The brand whole after words and "on" is a guide's ("whats-on-netflix"), not "onnetflix" cut.
      const shownOn = second === officialRaw(ctx, hit.nameId) && !lure && readsAsShownOn(pieces.slice(0, i + 2).join('-'), pieces.slice(0, i + 1).join('-').length + 1);
      // A piece that is the brand written whole has the other beside it, not cut off it ("ledger-rs",
      // a port of a project): the readings of words judge that.
      const whole = first === officialRaw(ctx, hit.nameId) || second === officialRaw(ctx, hit.nameId);
      if (hit.kind === 'typo' && !shownOn && !whole && !isStrayLetterBesideWord(first, second, officialRaw(ctx, hit.nameId))) reportLookalike(ctx, hit, joined, { reason: 'brand_embedded', text: told, weight: 0.7 }, beside);
    }
  }
}

/**
 * The hits of two pieces joined back and the evidence that let a weaker one count: a lure among the
 * other pieces or the domain's evidence, but not evidence the pieces are themselves ("app-liv" is no
 * "appliv" beside the word "app"): the joined pieces are then read as if nothing else stood around them.
 */
function splitReading(ctx: Context, first: string, second: string, lure: string | undefined): { hits: WordHit[]; beside?: string } {
  const joined = `${first}${second}`;
  const piecesLure = isLure(first) || isLure(second);
  const clause = piecesLure ? ctx.evidence.clauseBesides([first, second]) : ctx.evidence.clause;
  if (lure !== undefined) return { hits: match(ctx, joined, 2, true), beside: clause ?? `beside the word ${quote(lure)}` };
  if (clause) return { hits: match(ctx, joined, 2), beside: clause };
  return { hits: piecesLure && ctx.evidence.clause ? matchWord(ctx.index, joined, 1, 'bare') : match(ctx, joined, 1) };
}

/**
 * Whether one of two pieces is a single letter that takes the other, a word of its own, no closer to
 * `name` ("email.t" is no closer to "gmail" than "email" is: the "t" is a stray letter, not the brand's;
 * "b-nance" is "bnance", a letter from "binance", where "nance" alone is two).
 */
function isStrayLetterBesideWord(first: string, second: string, name: string): boolean {
  const word = first.length === 1 ? second : second.length === 1 ? first : null;
  if (word === null || !isWordOfItsOwn(word)) return false;
  return typoDistance(`${first}${second}`, name, 3) >= typoDistance(word, name, 3);
}

/** Letters up to which a name run into keywords needs a lure among them (see `inspectWords`). */
const SHORT_JOINED_NAME = 3;

/** A piece that is a word in its own right: of the dictionary, or a keyword ("www" among them). */
const isWordOfItsOwn = (piece: string): boolean => isCommonWord(piece) || isKeyword(piece);

/**
 * The keyword cuts of a word worth reading for brands, and whether their cores may be brands
 * mistyped. A word of the dictionary is that word ("apprentice" holds no "appre" beside a misspelled
 * "notice"). A real word with one keyword joined is those two words ("survey" and "login", "true" and
 * "wallet"), and real words put together are those words ("useborrow", "dropsprevious"): no core of it
 * is then a brand mistyped ("surve", "financel", "eborrow" once "us" is cut off), nor a core left by a
 * misspelled lure ("live" of "liverlogin", whose "rlogin" is "login"); a brand made plural before a
 * keyword stays ("phantomsapp").
 */
function readableCuts(raw: string): { cores: ReadonlyArray<Readonly<{ core: string; keywords: string[] }>>; typos: boolean } {
  if (isCommonWord(raw)) return { cores: [], typos: false };
  const cores = keywordCores(raw);
  if (!spellsRealWords(raw)) return { cores, typos: true };
  return { cores: cores.filter(({ keywords }) => isCleanCut(keywords)), typos: false };
}

/** Whether a cut takes off only whole keywords (made plural or not), a plural "s" or numbers: no keyword mistyped ("ogin") or cut into ("ksupport"). */
const isCleanCut = (keywords: readonly string[]): boolean => keywords.every((k) => isKeyword(k) || isKeywordMadePlural(k) || k === 's' || /^\d+$/.test(k));

/**
 * Whether the word is a brand with keywords: a clean cut of it (see `isCleanCut`) reads as an official
 * name, written so or in look-alike letters. `cores`: the word's cuts, by default those `inspectWords` reads.
 */
export function isBrandWithKeywords(ctx: Context, word: string | ReadonlyArray<Readonly<{ core: string; keywords: string[] }>>): boolean {
  if (typeof word !== 'string') return word.some(({ core, keywords }) => isCleanCut(keywords) && readsAsName(match(ctx, core, 0)));
  // Every clean cut is one `readableCuts` reads, but of a common word: asked last, as most words have no such cut.
  const raw = compactRaw(word);
  return isBrandWithKeywords(ctx, keywordCores(raw)) && !isCommonWord(raw);
}

/** Strong lures of 4+ letters that a short name may stand beside, by their first and by their last two letters, longest first. */
const LURES_BY_START = new Map<number, string[]>();
const LURES_BY_END = new Map<number, string[]>();
for (const k of [...STRONG_KEYWORDS].filter((k) => k.length >= 4).sort((a, b) => b.length - a.length)) {
  for (const [byPair, pair] of [[LURES_BY_START, pairAt(k, 0)], [LURES_BY_END, pairAt(k, k.length - 2)]] as const) byPair.set(pair, [...(byPair.get(pair) ?? []), k]);
}

/**
 * A name of 2–4 letters run into a strong lure, whatever follows ("igappealform", "fbsupport"), or
 * ending a word right after one, whatever precedes ("joinfb", "verifyfb"), or between two at the
 * start of a word ("checktgaccount", "accountfbsupport"): too short to be cut out as a core, or beside
 * more than keywords, but the lure gives it away. Organizations in `known` were found already.
 */
function shortNameBesideLure(ctx: Context, whole: string, word: string, reason: ReasonCode, where: string, known: Set<string>, extraWeight?: number): void {
  // A number run into either end is a case's tag, not the name's letters ("verificationfb00120").
  const compact = compactRaw(word);
  const raw = withoutEdgeNumbers(compact);
  // With a number run into its end, "case" is a fake appeal's case and its number ("casefb037782",
  // "metacase258177"); without one, a word ("metacase", a modelling tool).
  const caseNumber = raw.length < compact.length ? NUMBER_AT_END.exec(compact)?.[0] : undefined;
  // Told with its number, the lure a short name's (`reportEmbedded`) needs beside it.
  const numberedCase = caseNumber === undefined ? undefined : `${CASE}${caseNumber}`;
  const first = lureAt(raw, 0);
  for (let n = 2; n <= 4 && n + 4 <= raw.length; n++) {
    const lureAfter = lureAt(raw, n) ?? (numberedCase !== undefined && raw.startsWith(CASE, n) ? numberedCase : undefined);
    if (lureAfter) reportShortName(ctx, whole, raw.slice(0, n), lureAfter, reason, where, known, extraWeight ?? 0.9);
    const before = raw.length - n;
    const lureBefore = LURES_BY_END.get(pairAt(raw, before - 2))?.find((k) => raw.endsWith(k, before)) ?? (numberedCase !== undefined && raw.endsWith(CASE, before) ? numberedCase : undefined);
    if (lureBefore) reportShortName(ctx, whole, raw.slice(before), lureBefore, reason, where, known, extraWeight ?? 0.9);
    if (first !== undefined && lureAt(raw, first.length + n)) reportShortName(ctx, whole, raw.slice(first.length, first.length + n), first, reason, where, known, extraWeight ?? 0.9);
  }
}

/** A fake appeal's case, told with its number (see `shortNameBesideLure`). */
const CASE = 'case';
const NUMBER_AT_END = /\d+$/;

/** The strong lure (4+ letters) that starts at `at` in `raw`, the longest, if any. */
const lureAt = (raw: string, at: number): string | undefined => LURES_BY_START.get(pairAt(raw, at))?.find((k) => raw.startsWith(k, at));

/**
 * A name of 2–4 letters run into a common word of 4+ letters at either end of a word ("igmedia",
 * "contentfb"), with a lure as another word of the name ("accountbadgesupport-igmedia"): the lure says
 * whom the short name is meant for, as one run into it does. Read only where nothing else was found.
 */
function shortNameBesideWordAndLure(ctx: Context, whole: string, word: string, lure: string, reason: ReasonCode, where: string, known: Set<string>, extraWeight?: number): void {
  if (ctx.findings.size) return;
  const raw = withoutEdgeNumbers(compactRaw(word));
  if (raw.length < 6 || isCommonWord(raw)) return;
  // Named as the lure it is or holds ("account" of "accountbadgesupport"), as one run into the name is.
  const told = lureOf(lure) ?? lure;
  for (let n = 2; n <= 4 && n + 4 <= raw.length; n++) {
    if (isCommonWord(raw.slice(n))) reportShortName(ctx, whole, raw.slice(0, n), told, reason, where, known, extraWeight ?? 0.9);
    if (isCommonWord(raw.slice(0, -n))) reportShortName(ctx, whole, raw.slice(-n), told, reason, where, known, extraWeight ?? 0.9);
  }
}

const LETTERS = /^[a-z]+$/;

/**
 * A name of 2–4 letters with a number run into it, a case's tag ("fb1441", "ig2023"), beside a lure as
 * another word of the name ("accountreview-fb1441"): the name with its case, as the name alone there is.
 */
function numberedShortName(ctx: Context, whole: string, word: string, lure: string, reason: ReasonCode, where: string, known: Set<string>, extraWeight?: number): void {
  const compact = compactRaw(word);
  const name = withoutEdgeNumbers(compact);
  // A number beside it is another tag, not a lure ("000" of "000webhostapp").
  const told = lureOf(lure);
  if (name === compact || name.length < 2 || name.length > 4 || !LETTERS.test(name) || told === null || isNumber(told)) return;
  reportShortName(ctx, whole, name, told, reason, where, known, extraWeight ?? 0.9);
}

/** A short name written exactly, beside `beside` (a lure, or words), for organizations not in `known`. */
function reportShortName(ctx: Context, whole: string, name: string, beside: string, reason: ReasonCode, where: string, known: Set<string>, weight: number): void {
  for (const hit of match(ctx, name, 0)) {
    if (hit.kind !== 'exact' || !hit.same || organizationsOf(ctx, hit.nameId).every((o) => known.has(o))) continue;
    // A frequent word's name run into letters is that word's ("livecareer", "sharegate"), lures or not.
    if (isFrequentShortWordName(ctx, hit.nameId)) continue;
    reportEmbedded(ctx, hit.nameId, reason, `${shownName(ctx, hit.nameId)} inside ${quote(whole)}`, [beside], where, weight);
  }
}

/** Letters of the names `fourLetterNameBesideWords` reads: shorter ones need a lure, longer ones are found inside any text (`inspectTokens`). */
const FOUR_LETTERS = 4;

/**
 * A name of four letters run into real words, no keyword among them ("aavesite", "okexspecialcampaign",
 * "getaave"): too short for the search of names inside texts, which starts at five, and no keyword
 * cut leaves it. The words make it the brand with words, as "aave-site" is; a word that is real words
 * put together all through is those words, and a brand that is a common word still needs its lure
 * (`reportEmbedded`). A warning, as for longer names run into words.
 */
function fourLetterNameBesideWords(ctx: Context, whole: string, word: string, reason: ReasonCode, where: string, known: Set<string>): void {
  // Most registries hold few such names, many none; most words start and end with none.
  if (!ctx.index.fourLetterNames.size) return;
  const raw = compactRaw(word);
  if (raw.length < FOUR_LETTERS + MIN_WORD_BESIDE) return;
  for (const atStart of BOTH_ENDS) {
    const name = atStart ? raw.slice(0, FOUR_LETTERS) : raw.slice(-FOUR_LETTERS);
    if (!ctx.index.fourLetterNames.has(name) || !/^[a-z]+$/.test(raw)) continue;
    const beside = atStart ? raw.slice(FOUR_LETTERS) : raw.slice(0, -FOUR_LETTERS);
    const words = isWordsAllThrough(beside);
    if (!(words || isStrayBesideNameUnderFavouredTld(ctx, name, beside)) || spellsRealWords(raw) || isCommonWord(raw) || startsLongerName(ctx, raw, atStart)) continue;
    // Stray letters count for the place, which the explanation names.
    reportShortName(ctx, whole, name, beside, reason, words ? where : `${where}, ${ctx.evidence.placeClause}`, known, JOINED_WORDS_WEIGHT);
  }
}

const BOTH_ENDS = [true, false] as const;

/** Letters run into a four-letter name that read as a campaign's tag under a TLD phishers favour ("ebow" of "ebowmexc.icu"), at most. */
const MOST_STRAY_BESIDE = 4;

/**
 * Whether letters beside a four-letter name that is no common word are a few of no word or keyword
 * (MOST_STRAY_BESIDE at most: "ebow" of "ebowmexc.icu"), under a TLD phishers favour: a campaign's tag
 * run into the brand, as "kraken-ah.xyz" has one beside it.
 */
function isStrayBesideNameUnderFavouredTld(ctx: Context, name: string, beside: string): boolean {
  if (ctx.evidence.favouredTld === null || beside.length > MOST_STRAY_BESIDE || isCommonWord(beside) || isKeyword(beside)) return false;
  return match(ctx, name, 0).some((hit) => hit.kind === 'exact' && hit.same && !ctx.index.isCommon(hit.nameId));
}

/**
 * Whether a longer official name is written at the word's start (`atStart`) or end, where the four
 * letters are: they are that name's ("meta" of "metamasksupportteam", read as MetaMask's).
 */
function startsLongerName(ctx: Context, raw: string, atStart: boolean): boolean {
  const { key, tokens } = findWrittenTokens(ctx.index, raw);
  return tokens.some(({ nameId, at }) => (atStart ? at === 0 : at + ctx.index.nameKey(nameId).length === key.length));
}

/**
 * Letters of the word beside a four-letter name, at least: shorter ones are keywords' ("my", "go") or
 * stray letters. Words put together take four each, as compounds are read elsewhere: "gotchi" of
 * Aavegotchi, a game built on Aave by others, is no "got" and "chi".
 */
const MIN_WORD_BESIDE = 3;
/** Weight of a name run into words without a keyword: a warning (as `inspectTokens` gives longer names). */
const JOINED_WORDS_WEIGHT = 0.6;

/** Whether letters beside a four-letter name (MIN_WORD_BESIDE+ of them, as its caller asks) are a word or words put together. */
const isWordsAllThrough = (letters: string): boolean => isCommonWord(letters) || isCompoundOfCommonWords(letters);

/** Letters each of a brand's two words needs for the brand to be read with them swapped ("unis" + "wap" is no swap). */
const SWAPPED_WORD = 4;

/**
 * A brand of two words written with them swapped ("basecoin" for Coinbase, "maskmeta" for MetaMask),
 * beside a lure or on a domain showing other evidence: readers take in the words, not their order.
 * Alone it is a name of its own (Basecoin was a stablecoin).
 */
function swappedWords(ctx: Context, whole: string, core: string, lure: string | undefined, reason: ReasonCode, where: string, known: Set<string>, extraWeight?: number): void {
  // Two words of 4+ letters make a compound, which most pieces are not (and which is known already);
  // the evidence comes before the lookups, which at scale are cache misses.
  if (!isCompoundOfCommonWords(core) || (lure === undefined && !ctx.evidence.clause)) return;
  for (let at = SWAPPED_WORD; at + SWAPPED_WORD <= core.length; at++) {
    const first = core.slice(0, at);
    if (!isCommonWord(first)) continue;
    const second = core.slice(at);
    if (!isCommonWord(second)) continue;
    // Looked up as written, not searched: only the brand itself swapped counts.
    const swapped = second + first;
    const formId = ctx.index.formId(compactSkeleton(swapped));
    const nameId = formId === undefined ? undefined : ctx.index.formName(formId);
    if (nameId === undefined || ctx.index.nameRaw(nameId) !== swapped) continue;
    const targets = keptTargetsOf(ctx, nameId).filter((t) => !known.has(t.organization));
    if (!targets.length) continue;
    for (const target of targets) {
      ctx.findings.add(target, reason, `${shownName(ctx, nameId)} with its words swapped in ${quote(whole)}${where}, ${besideLure(ctx, lure) ?? ctx.evidence.clause}`, extraWeight ?? 0.8);
      known.add(target.organization);
    }
  }
}

/** Whether `core`, an alias that starts longer common words ("insta"), starts `word` too. */
const isAliasStartingWords = (ctx: Context, nameId: number, word: string, core: string): boolean =>
  ctx.index.isAlias(nameId) && compactRaw(word).startsWith(core) && startsOtherWords(core);

/** Whether a word is the first or the last of a name's words. */
const isAtEnd = (words: string[], word: string): boolean => words[0] === word || words.at(-1) === word;

/**
 * Whether a word holds a lure run into another word, at either end ("medianotify", "accountpolicy"), not
 * only the lure ("support") nor the lure with letters that make no word ("contactos").
 */
function holdsLureRunIntoWords(word: string): boolean {
  const lure = lureOf(word);
  if (lure === null || lure.length >= word.length || isNumber(lure)) return false;
  const rest = word.startsWith(lure) ? word.slice(lure.length) : word.endsWith(lure) ? word.slice(0, -lure.length) : '';
  return rest.length >= 3 && (isCommonWord(rest) || isKeyword(rest));
}
