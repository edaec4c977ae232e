/** @module Official names found anywhere inside a text, across its separators and behind digits written for letters. */
import { underFavouredTld } from './evidence.ts';
import { quote } from './explain.ts';
import type { ReasonCode } from './findings.ts';
import { isForeignLure } from './foreign-lures.ts';
import { isGenericWord } from './generic-words.ts';
import { holdsSignInLure, isIndustryLure, isKeyword, isLureOrKeywords, isMediaWord, isSoftwareWord, lureOf, mistypedLureAtEdge, nearLure, pairAt, spellsRealWords, STRONG_KEYWORDS, TRADE_WORDS } from './keywords.ts';
import { findWrittenTokens } from './match-word.ts';
import { compactRaw, compactSkeleton, compactSkeletonOf, isCommonWord, isCompoundOfCommonWords, isEverydayWord, isForeignWord, isLetterBeforeWord, isPlainText, commonWordEnds, mayLieInsideLongerWord, startsOtherWords } from './names.ts';
import { readsAsItsUsers, readsAsShownOn } from './shown-on.ts';
import { readDigitsAsLetters } from './skeleton.ts';
import { firstTargetsOf, isDisguisableWordName, isDisguisedSplit, isEcosystemNameAlone, isNameNumber, isShortWordName, organizationsOf, shownName, TELLING_KEYWORDS, wholeName, type Context } from './report.ts';

/**
 * Whether a keyword found beside a brand is a lure: a strong one, or, in a name of one label, what an
 * exchange or a swap is ("curverexchange", "swapcurve"). Across a dot it is another site's own word
 * ("crypto.stackexchange").
 */
const isLureBeside = (keyword: string, dotted: boolean): boolean => STRONG_KEYWORDS.has(keyword) || (!dotted && TRADE_WORDS.has(keyword));

/**
 * Official names anywhere inside the text, for those not already explained by a whole word. A text
 * with such digits is read twice, the second time with its digits as letters ("app-co1nbasenimaw").
 */
export function inspectTokens(ctx: Context, text: string, reason: ReasonCode, where: string, weight?: number): void {
  inspectReading(ctx, text, text, reason, where, weight);
  const reading = readDigitsAsLetters(text);
  if (reading !== text) inspectReading(ctx, text, reading, reason, where, weight);
  // An "l" written for an "i", a letter of like shape the skeleton keeps apart ("mlcrosoft", "blnance",
  // "lnstagram"), is read last, where nothing else was found: every "l" as an "i", so only names
  // without an "l" of their own are found so, and only those not written as such in the text.
  if (!ctx.findings.size && reading.includes('l')) inspectReading(ctx, text, reading.replace(ALL_L, 'i'), reason, where, weight, true);
}

const ALL_L = /l/g;

/** `disguisedOnly`: only the names the text does not write as such (a reading of letters for others). */
function inspectReading(ctx: Context, text: string, reading: string, reason: ReasonCode, where: string, weight?: number, disguisedOnly = false): void {
  const { key, tokens: found } = findWrittenTokens(ctx.index, reading);
  // A domain known only joined with its ending ("curvefi" for curve.fi) whose ending runs on into a
  // word ("mycurvefit": "fit") is that word's letters, not the domain's; the name in it is read apart.
  const tokens = found.some(({ nameId }) => ctx.index.isJoined(nameId))
    ? found.filter(({ nameId }) => !ctx.index.isJoined(nameId) || !endingRunsIntoWord(compactRaw(reading), ctx.index.nameRaw(nameId), wholeName(ctx, nameId)))
    : found;
  let segments: Segments | undefined;
  const dotted = reading.includes('.');
  for (const { nameId, at } of tokens) {
    // The text's own letters are read first: the channels a name stands for are elsewhere in memory
    // (at a million channels a few cache misses each), and most names found end here.
    const name = ctx.index.nameKey(nameId);
    // Inside a longer official name found around it ("stamp" in "bitstamplogin", "insta" in "instagram"):
    // that name's letters, but for a brand inside its own product's name ("ledger" in "oneledgerlive"),
    // an alias whose reading may need a lure the brand's does not.
    if (tokens.some((t) => t.at <= at && t.at + ctx.index.nameKey(t.nameId).length >= at + name.length && ctx.index.nameKey(t.nameId).length > name.length && !isOwnProductName(ctx, t.nameId, nameId))) continue;
    // Inside a piece that is itself a brand's name ("rouzo" in "flubrouzo-app"): that brand's letters.
    if (ctx.named.size && (segments ??= segmentBounds(reading)).pieces.some((p) => p.start <= at && at + name.length <= p.end && p.key !== name && ctx.named.has(p.key))) continue;
    // Inside a word of the dictionary ("apple" in "pineapple", "insta" in "instant"): that word's letters.
    if (insideDictionaryWord(compactRaw(reading), ctx.index.nameRaw(nameId), key, at, name.length)) continue;
    // Read with its letters for others, the text's words as written still hold them: a word itself ("natal"),
    // inside one ("beral" of "liberals"), or across one and a keyword ("tionl" of "decoration" and "login").
    if (disguisedOnly && !isLWrittenForI(ctx.index.nameRaw(nameId), compactRaw(text), at, name.length)) continue;
    if (organizationsOf(ctx, nameId).every((o) => ctx.findings.has(o))) continue;
    const common = ctx.index.isCommon(nameId);
    // Not written as such anywhere in the text, the brand was written in look-alike characters (digits
    // for letters, another script's letters): a disguise no honest name needs, whatever word it is.
    const disguised = !compactRaw(text).includes(ctx.index.nameRaw(nameId));
    if (disguisedOnly && !disguised) continue;
    const inText = withoutKeywordsInsideWords(keywordsInSkeleton(key.slice(0, at) + ' ' + key.slice(at + name.length)), reading, key, at, name.length);
    const keywords = dotted && inText.length ? keywordsStandingAsWords(reading, ctx.index.nameRaw(nameId), inText) : inText;
    // Phishers who add letters to a brand misspell its lure too ("phantomâwalet", "phantoma-walet").
    if (!keywords.some((k) => isLureBeside(k, dotted))) {
      const slipped = mistypedLureAround((segments ??= segmentBounds(reading)).pieces, at, at + name.length, ctx.index.nameRaw(nameId));
      if (slipped) keywords.push(slipped);
    }
    // An alias that words start with ("insta" of "instant") starting a piece run on into words is as often
    // a name built the same way ("instabridge", "instacare"): only a sign-in or a media lure makes it the brand's.
    if (!disguised && ctx.index.isAlias(nameId) && startsPieceRunOn((segments ??= segmentBounds(reading)), at, at + name.length) && startsOtherWords(ctx.index.nameRaw(nameId)) && !keywords.some((k) => holdsSignInLure(k) || isMediaWord(k))) continue;
    // A number run into a brand gives it away, as a lure does ("goog-le213", "amazonl0"), but beside an
    // alias it is a product name ("insta360"), beside a short word's name part of another ("live365", see
    // `isShortWordName`), and one followed by letters is part of a word ("3d", "2fa": "phantom3d",
    // "google2fa"); in the second reading the digits are letters of the brand.
    const industry = common && isGenericWord(ctx.index.nameRaw(nameId));
    const numberRunIn = common && reading === text && !ctx.index.isAlias(nameId) && !isShortWordName(ctx, nameId) ? text.match(NUMBER_NOT_IN_WORD)?.at(-1) : undefined;
    // Run on from an industry or everyday word's name, a number of a name is the name's ("crypto101",
    // "office24", see `isNameNumber`).
    const namesNumbers = industry || isEverydayWord(ctx.index.nameRaw(nameId));
    const number = numberRunIn !== undefined && namesNumbers && isNameNumber(numberRunIn) && compactRaw(text).includes(ctx.index.nameRaw(nameId) + numberRunIn) ? undefined : numberRunIn;
    // A common word cut apart where no word ends ("gemi-nilogn", "ex-od-us") is cut on purpose: a
    // disguise, as look-alike letters are, that counts without a lure.
    let place: string | null = null;
    if (common && !disguised && !keywords.some((k) => (isLureBeside(k, dotted) || nearLure(k)) && !(industry && isIndustryLure(k))) && number === undefined && !isCutApart(ctx, nameId, (segments ??= segmentBounds(reading)).pieces)) {
      place = placeOfLettersBeside(ctx, nameId, reading, dotted);
      if (place === null) continue;
    }
    // A name of one letter and a word ("icloud") run on from letters before it shares its letter with
    // the word before ("huaweicloud" is Huawei's cloud, "saudicloudcare" a Saudi cloud's care, whatever
    // follows), but for a keyword's ("findmyicloud").
    if (at > 0 && isLetterBeforeWord(ctx.index.nameRaw(nameId)) && runsOnFromWord(reading, ctx.index.nameRaw(nameId))) continue;
    // A brand named by an everyday word ("office") run into other letters is in too many honest names
    // ("secureboxoffice", "officefurnitureonline"): only lures, keywords and numbers may fill its piece.
    if (common && !disguised && isEverydayWord(ctx.index.nameRaw(nameId)) && !pieceHoldsOnlyLures(reading, ctx.index.nameRaw(nameId))) continue;
    // A guide to what is on a platform ("whatsonnetflix") names the brand as a place, not as itself.
    if (!keywords.length) {
      const letters = compactRaw(reading);
      const brandAt = letters.indexOf(ctx.index.nameRaw(nameId));
      if (readsAsShownOn(letters, brandAt) || (brandAt >= 0 && readsAsItsUsers(letters, brandAt, ctx.index.nameRaw(nameId)))) continue;
    }
    // A brand inside real words with no lure around it ("openseadragon", "cryptocompare") is a coincidence,
    // unless made of whole pieces, below, beside a word of the trade alone ("uniswapcoin", "cashpaypal"),
    // which names what the brand deals in, not another thing the letters spell, or a long brand of words
    // beside whole words (`isCoinedCompoundBeside`).
    const asWritten = compactRaw(text);
    const brandRaw = ctx.index.nameRaw(nameId);
    const compound = !keywords.length && isCompoundOfCommonWords(asWritten, 3) && !(isGenericWord(asWritten.replace(brandRaw, '')) && !isGenericWord(brandRaw));
    const coined = compound && isCoinedCompoundBeside(ctx, nameId, asWritten);
    // Not found with the separators kept: the brand is cut by dots or hyphens ("myethe.rwallet").
    segments ??= segmentBounds(reading);
    const end = at + name.length;
    const crosses = [...segments.ends].some((e) => e > at && e < end);
    // Split on purpose ("myethe.rwallet", "pay-palcustomer"): the brand starts or ends where a piece does;
    // "bikes-urban" holds no "kesur".
    const split = crosses && (segments.starts.has(at) || segments.ends.has(end));
    if (crosses && !split) continue;
    // Real words and a keyword, with the name taking letters of both ("votel" in "vote" + "login"):
    // those words ("coinbasecure" is no real word before "secure", so Coinbase's stays).
    if (!crosses && segments.pieces.some((p) => p.start <= at && end <= p.end && spellsRealWords(p.raw)) && cutsKeyword(key, at, end)) continue;
    // Part of a dictionary word or a keyword taken across a separator is that word's ("ledge.review"
    // holds no "ledger", "hyperventilating.mail" no "gmail", "vote-login" no "votel"); "pay-palcustomer"
    // and "myethe.rwallet" are cut on purpose.
    if (split && segments.pieces.some((p) => p.start < end && p.end > at && (p.start < at || p.end > end) && (isCommonWord(p.raw) || isKeyword(p.raw)))) continue;
    // Whole pieces ("uni.swap-app") were cut there on purpose, whatever words they are.
    if (coined) {
      const tld = ctx.evidence.favouredTld;
      if (tld !== null) place = underFavouredTld(tld);
    } else if (compound && !(split && segments.starts.has(at) && segments.ends.has(end))) {
      place = compoundUnderFavouredTld(ctx, nameId, text);
      if (place === null) continue;
    }
    // A name others build on, beside words with nothing telling ("bestofyoutube"), is theirs; a letter or
    // two run into it are a typo's ("youtubex").
    if (keywords.every(isSoftwareWord) && number === undefined && !disguised && !split && place === null && isEcosystemNameAlone(ctx, nameId) && !isLettersAdded(reading, brandRaw)) continue;
    const how = split ? 'split across' : 'inside';
    const shown = number === undefined ? keywords : [...keywords, number];
    const written = disguised ? writtenAt(compactRaw(text), at, name.length) : null;
    const looks = !disguised ? '' : written ? ` written as ${quote(written)}` : ' in look-alike letters';
    // A domain known only joined with its ending is told as that domain ("binance.com" without its dot).
    const brand = ctx.index.isJoined(nameId) && !disguised ? shownName(ctx, nameId) : quote(ctx.index.nameRaw(nameId));
    const found = `${brand}${looks} ${how} ${quote(text)}${where}${shown.length ? ` with ${shown.map(quote).join(', ')}` : ''}${place === null ? '' : `, ${place}`}`;
    for (const target of firstTargetsOf(ctx, nameId)) {
      if (ctx.findings.has(target.organization)) continue;
      ctx.findings.add(target, reason, found, place !== null ? 0.6 : disguised ? 0.9 : common ? 0.8 : weight ?? (keywords.length || split ? 0.85 : 0.6));
    }
  }
}

/**
 * The keywords of a name of several labels that stand as words: in the brand's own label, any; in
 * another, a piece of its own or a lure run into words ("secure-login", "securelogin"), not letters of
 * another site's word ("sync" of "desync": exodus.desync.com is a page of desync.com).
 */
function keywordsStandingAsWords(reading: string, brand: string, keywords: string[]): string[] {
  const own = reading.split('.').find((label) => label.includes(brand))?.replace(brand, ' ') ?? '';
  const pieces = reading.split(/[.-]+/);
  const kept: string[] = [];
  for (const keyword of keywords) {
    if (own.includes(keyword) || pieces.includes(keyword) || pieces.some((piece) => lureOf(piece) === keyword)) kept.push(keyword);
  }
  return kept;
}

/**
 * Letters a name may hold besides a common-word brand's for `placeOfLettersBeside` under a TLD phishers
 * favour: from two, as one makes new words ("curvey", "krakend"), up to five.
 */
const FEWEST_LETTERS = 2;
const MOST_LETTERS = 5;

/** Letters a made-up word beside a common-word brand needs (see `placeOfLettersBeside`). */
const MADE_UP_WORD = 4;

/**
 * Where a brand named by a common word, with letters run into it in its piece of the name (between dots
 * and hyphens), stands when that tells without a lure, as beside a weak word (see `reportEmbedded`):
 * under a TLD phishers favour, a few letters, a campaign's tag there ("telegramok.cc", "telegrambotbd.top",
 * "m.amazontech.cc"); there or on a platform anyone can publish on, a made-up word of MADE_UP_WORD+
 * letters, no word of any list and no real words put together, as the kits that fill such platforms
 * write ("ledgercuostarto", "outlookmadrine"), where a project names itself with words
 * ("hyperledger-labs": "hyper"). Null elsewhere, for a name that is a word itself ("apples",
 * "telegrams"), and for an industry word ("sgcrypto.info"), which names too much else even there (see
 * `GENERIC_WORDS`).
 */
function placeOfLettersBeside(ctx: Context, nameId: number, reading: string, dotted: boolean): string | null {
  const brand = ctx.index.nameRaw(nameId);
  const piece = pieceOf(reading, brand);
  const letters = dotted ? piece : compactRaw(reading);
  const added = letters.length - brand.length;
  if (added < FEWEST_LETTERS || !isDisguisableWordName(ctx, nameId) || isGenericWord(brand) || isCommonWord(letters) || isForeignWord(letters)) return null;
  const tld = ctx.evidence.favouredTld;
  if (tld !== null && added <= MOST_LETTERS) return underFavouredTld(tld);
  // The place clause tells a favoured TLD first, else a platform anyone can publish on.
  const rest = piece.replace(brand, '');
  return rest.length >= MADE_UP_WORD && !isWordOfAnyList(rest) ? ctx.evidence.placeClause : null;
}

/** Whether letters are a word (English, another language's, a keyword) or real words put together. */
const isWordOfAnyList = (letters: string): boolean => isCommonWord(letters) || isForeignWord(letters) || isKeyword(letters) || spellsRealWords(letters);

/**
 * Whether the piece holding a name, written as such, holds nothing else but keywords, lures and numbers
 * on either side of it ("officeapps", "office36503"), or nothing else at all.
 */
function pieceHoldsOnlyLures(text: string, name: string): boolean {
  const piece = pieceOf(text, name);
  const at = piece.indexOf(name);
  return at < 0 || [piece.slice(0, at), piece.slice(at + name.length)].every((side) => side === '' || isLureOrKeywords(side));
}

/** Longest keyword `runsOnFromWord` looks for before a name. */
const LONGEST_KEYWORD_BEFORE = 8;

/**
 * Whether a name written in `text` runs on from letters that end no keyword and start no piece: "huawe"
 * of "huaweicloud", not "my" of "findmyicloud" or "mx-" of "mx-icloud".
 */
function runsOnFromWord(text: string, name: string): boolean {
  // Cut after its letter, the name is the word before's last letter and the word after ("wifi-cloud"), but
  // for that letter standing alone ("dispositivo-i-cloud").
  const written = text.indexOf(name);
  const at = written >= 0 ? written : cutAfterFirstLetter(text, name);
  if (at <= 0 || !/[a-z]/.test(text[at - 1]!)) return false;
  for (let length = 2; length <= Math.min(at, LONGEST_KEYWORD_BEFORE); length++) if (isKeyword(text.slice(at - length, at))) return false;
  return true;
}

/** Where `name` stands in `text` cut by a dot or a hyphen after its first letter ("i-cloud"), else -1. */
function cutAfterFirstLetter(text: string, name: string): number {
  for (const cut of ['-', '.']) {
    const at = text.indexOf(`${name[0]}${cut}${name.slice(1)}`);
    if (at >= 0) return at;
  }
  return -1;
}

/** The piece of a name between its dots and hyphens that holds `brand` written as such (the whole name when none does). */
const pieceOf = (text: string, brand: string): string => compactRaw(text.split(/[.-]/).find((piece) => piece.includes(brand)) ?? text);

/** Letters of their own the words beside a brand need for `compoundUnderFavouredTld`: "coinbased" is a word of its own. */
const WORD_BESIDE = 3;

/**
 * Where a brand that is no common word, put together with another real word ("uniswapcore", "withmetamask",
 * its own name made of words), stands when that tells without a lure: under a TLD phishers favour, as a
 * campaign's name there ("uniswapcore.tk"). Null elsewhere, where such words are someone's project
 * ("openseamap.org", "twitteraudit.com"), and for a common-word brand, which such a TLD alone does not give
 * away, but beside an industry word, as with a hyphen between ("ledgertech.cc" as "ledger-tech.cc").
 */
function compoundUnderFavouredTld(ctx: Context, nameId: number, text: string): string | null {
  const tld = ctx.evidence.favouredTld;
  const [letters, brand] = [compactRaw(text), ctx.index.nameRaw(nameId)];
  if (tld === null || letters.length - brand.length < WORD_BESIDE) return null;
  if (ctx.index.isCommon(nameId) && !(isDisguisableWordName(ctx, nameId) && isGenericWord(pieceOf(text, brand).replace(brand, '')))) return null;
  return underFavouredTld(tld);
}

/** Letters run into a name in its piece that read as a typo's added letters, not a word beside it. */
const MOST_ADDED_LETTERS = 2;

/** Whether a name's piece holds one or two letters besides it ("youtubex", "xyoutube"): a typo's additions. */
function isLettersAdded(text: string, name: string): boolean {
  const added = pieceOf(text, name).length - name.length;
  return added > 0 && added <= MOST_ADDED_LETTERS;
}

/** Letters of the shortest brand of words `isCoinedCompoundBeside` reads: "opensea" and "uniswap" are words a site may run on ("openseadragon"). */
const COINED_COMPOUND = 8;

/**
 * Whether the letters are a brand coined from words ("metamask", "pancakeswap", "trustwallet") beside
 * other whole words ("metamaskforum", "littlepancakeswap", "trustwalletcard"). Honest names run on from
 * words, not from a coinage of 8+ letters that spells a brand, which is the brand's; but not a word of the
 * industry ("blockchaincommons"), a domain joined with its ending ("cryptocom" of "cryptocompare") or a
 * brand whose letters run into the word beside ("coinbased"; "cryptocompanion" is no "cryptocom" beside
 * "pan" and "ion": words of 4+ letters).
 */
function isCoinedCompoundBeside(ctx: Context, nameId: number, letters: string): boolean {
  const brand = ctx.index.nameRaw(nameId);
  if (brand.length < COINED_COMPOUND || ctx.index.isCommon(nameId) || ctx.index.isJoined(nameId) || isGenericWord(brand)) return false;
  const rest = letters.replace(brand, '');
  return isCompoundOfCommonWords(brand, 3) && (isCommonWord(rest) || isCompoundOfCommonWords(rest));
}

/** Whether `alias` is an alias of the same organizations `nameId`, no alias, is the name of: a product's name ("ledger live" beside "ledger"). */
function isOwnProductName(ctx: Context, alias: number, nameId: number): boolean {
  if (!ctx.index.isAlias(alias) || ctx.index.isAlias(nameId)) return false;
  const [a, b] = [organizationsOf(ctx, alias), organizationsOf(ctx, nameId)];
  return a.length === b.length && a.every((o) => b.includes(o));
}

/**
 * Whether the name, written as such, runs across the text's separators into parts of which some is no
 * common word (`isDisguisedSplit`): "gemi" and "ni" of "gemi-nilogn", not "out" and "look" of "out-look".
 */
function isCutApart(ctx: Context, nameId: number, pieces: Segments['pieces']): boolean {
  const name = ctx.index.nameRaw(nameId);
  const letters = pieces.map((p) => p.raw).join('');
  // A text that is the name alone, cut up ("ap.ple"), is told by the readings of its words.
  if (letters === name) return false;
  for (let from = letters.indexOf(name); from >= 0; from = letters.indexOf(name, from + 1)) {
    const parts: string[] = [];
    let start = 0;
    for (const { raw } of pieces) {
      const end = start + raw.length;
      if (end > from && start < from + name.length) parts.push(raw.slice(Math.max(from, start) - start, Math.min(from + name.length, end) - start));
      start = end;
    }
    if (parts.length > 1 && isDisguisedSplit(ctx, nameId, parts)) return true;
  }
  return false;
}

/**
 * The letters of `raw` (a compact text as written) that its compact skeleton holds at [at, at + length),
 * for lower-case ASCII letters and digits, whose skeletons are one character each but for "m" ("rn");
 * null where the skeleton's place falls inside an "m", or for other text.
 */
function writtenAt(raw: string, at: number, length: number): string | null {
  const span = writtenSpan(raw, at, length);
  return span && raw.slice(span[0], span[1]);
}

/** Where `writtenAt`'s letters are in `raw`: [from, to), or null. */
function writtenSpan(raw: string, at: number, length: number): [number, number] | null {
  if (!isPlainText(raw)) return null;
  let from = -1;
  for (let i = 0, offset = 0; i <= raw.length; i++) {
    if (offset === at) from = i;
    if (offset === at + length) return from < 0 ? null : [from, i];
    if (offset > at + length || i === raw.length) return null;
    offset += raw[i] === 'm' ? 2 : 1;
  }
  return null;
}

/** A run of digits with no letter right after it: a number of its own, not the start of a word such as "3d". */
const NUMBER_NOT_IN_WORD = /\d+(?![\p{L}\d])/gu;

/**
 * The official names inside one word of prose (a sender name's "BinanceSupport"), but for those inside
 * a dictionary word ("Supreme" holds no "supre"): what the word claims. Words are read apart, so no
 * name is found across the space between two ("Inside app" holds no "sidea").
 */
export function namesInsideWord(ctx: Context, word: string): number[] {
  const { key, tokens } = findWrittenTokens(ctx.index, word);
  const raw = compactRaw(word);
  return tokens.filter(({ nameId, at }) => !insideDictionaryWord(raw, ctx.index.nameRaw(nameId), key, at, ctx.index.nameKey(nameId).length)).map((t) => t.nameId);
}

/**
 * Whether a telling keyword written in `key` is cut by key[at, end): some of its letters inside, some
 * outside ("login" by the "votel" of "votelogin"), rather than wholly beside the name or around it.
 */
function cutsKeyword(key: string, at: number, end: number): boolean {
  for (let from = 0; from + 1 < key.length; from++) {
    for (const { key: keyword } of TELLING_BY_START.get(pairAt(key, from)) ?? []) {
      const to = from + keyword.length;
      if (!key.startsWith(keyword, from)) continue;
      if (from < end && to > at && (from < at || to > end) && !(from <= at && to >= end)) return true;
    }
  }
  return false;
}

/**
 * A lure mistyped beside the brand at key[at, end): a piece of its own ("walet" of "phantoma-walet"),
 * or at the edges of the brand's piece, where it is written as such (see `mistypedLureAtEdge`). Pieces
 * holding some of the brand's letters are the brand's ("rwallet" of "myethe.rwallet").
 */
function mistypedLureAround(pieces: Segments['pieces'], at: number, end: number, name: string): string | null {
  for (const piece of pieces) {
    if (piece.end <= at || piece.start >= end) {
      if (nearLure(piece.raw)) return piece.raw;
      continue;
    }
    const from = piece.start <= at && end <= piece.end ? piece.raw.indexOf(name) : -1;
    const slipped = from < 0 ? null : mistypedLureAtEdge(piece.raw.slice(0, from), piece.raw.slice(from + name.length));
    if (slipped) return slipped;
  }
  return null;
}

/** Letters a dictionary word reaches past a name inside it, at most, on either side, and its most letters in all ("acknowledgement"). */
const WORD_REACH = 12;
const LONGEST_WORD = 18;
/** The ends of the words found from one place (see `commonWordEnds`), reused: one search runs at a time. */
const WORD_ENDS = new Int32Array(LONGEST_WORD);

/** Letters a word needs to be read as starting right after a joined domain ("networks" after "lidofi"). */
const MIN_WORD_AFTER = 3;

/**
 * Whether every place the joined domain `joined` ("curvefi", of `domain` curve.fi) is written in `raw`
 * has its ending run on into a word of the dictionary that goes past it ("fit" of "mycurvefit"), with
 * no word starting right after it instead ("lidofinetworks" is lido.fi and "networks", not "fine").
 */
function endingRunsIntoWord(raw: string, joined: string, domain: string): boolean {
  const ending = domain.slice(domain.indexOf('.') + 1).replaceAll('.', '');
  let found = false;
  for (let from = raw.indexOf(joined); from >= 0; from = raw.indexOf(joined, from + 1)) {
    const end = from + joined.length;
    const count = commonWordEnds(raw, end - ending.length, LONGEST_WORD, WORD_ENDS);
    if (!WORD_ENDS.subarray(0, count).some((e) => e > end) || wordStartsAt(raw, end)) return false;
    found = true;
  }
  return found;
}

/** Whether a common word of MIN_WORD_AFTER+ letters starts at `at` in `raw`. */
function wordStartsAt(raw: string, at: number): boolean {
  const count = commonWordEnds(raw, at, LONGEST_WORD, WORD_ENDS);
  return WORD_ENDS.subarray(0, count).some((e) => e - at >= MIN_WORD_AFTER);
}

/** Letters a name needs to be read with an "l" written for its "i": shorter ones are in too many other names so ("nupal" for Nupai). */
const MIN_L_FOR_I_NAME = 6;

/**
 * Whether the letters a reading found a name at ([at, at + length) of its skeleton), in the text as
 * written (`written`), are the name with an "l" for its "i" and nothing else changed, and no word: not a
 * word itself ("natal"), inside one ("beral" of "liberals") nor across one and a keyword ("tionl" of
 * "decoration" and "login").
 */
function isLWrittenForI(name: string, written: string, at: number, length: number): boolean {
  const span = name.length >= MIN_L_FOR_I_NAME ? writtenSpan(written, at, length) : null;
  if (!span) return false;
  const letters = written.slice(span[0], span[1]);
  if (letters.replace(ALL_L, 'i') !== name) return false;
  return !(isCommonWord(letters) || isForeignWord(letters) || cutsKeyword(written, span[0], span[1]) || wordAround(written, span[0], letters));
}

/**
 * Whether every place `name` is written in `raw` lies inside a longer word of the dictionary, other
 * than its plural ("pineapplehelp", "instantsupport"; not "telegramsonline"), or across two words of
 * MIN_STRADDLED_WORD+ letters, starting inside one and ending inside the next ("insta" of
 * "jointhecaptainstable", across "captain" and "stable"). A name not written as
 * such is found in the skeleton `key` at `at` (`length` letters): inside a dictionary word written
 * with the same letters ("underneath" holds the "rn" of Demea's skeleton "dernea"), a coincidence too;
 * else it is written in look-alike letters, which is none.
 */
function insideDictionaryWord(raw: string, name: string, key: string, at: number, length: number): boolean {
  let from = raw.indexOf(name);
  if (from < 0) return raw === key && wordAround(raw, at, key.slice(at, at + length));
  for (; from >= 0; from = raw.indexOf(name, from + 1)) if (!wordAround(raw, from, name)) return false;
  return true;
}

function wordAround(raw: string, at: number, name: string): boolean {
  if (!mayLieInsideLongerWord(name)) return false;
  const end = at + name.length;
  for (let start = Math.max(0, at - WORD_REACH); start <= at; start++) {
    const count = commonWordEnds(raw, start, Math.min(end + WORD_REACH, start + LONGEST_WORD) - start, WORD_ENDS);
    for (let k = 0; k < count; k++) {
      const stop = WORD_ENDS[k]!;
      // A word ending inside the name, and the next running past it: the name straddles two words ("captain" and "stable").
      if (start < at && stop > at && stop < end && stop - start >= MIN_STRADDLED_WORD && wordRunsPast(raw, stop, end)) return true;
      if (stop < end || (start === at && stop === end)) continue;
      const word = raw.slice(start, stop);
      if (word !== `${name}s` && word !== `${name}es`) return true;
    }
  }
  return false;
}

/**
 * The keywords found beside a name, less those its text holds only inside a longer dictionary word that
 * starts before them ("earn" of "learning", "care" of "healthcare"): that word's letters. A word that
 * starts with one is the lure made another word ("authorized", "connection"), still telling. Read in the
 * letters as written, where they are the skeleton's; the name's own letters are left out, so that no
 * word runs across it. Elsewhere only the keywords an "m" read as "rn" makes are left out.
 */
function withoutKeywordsInsideWords(keywords: string[], reading: string, key: string, at: number, length: number): string[] {
  if (!keywords.length) return keywords;
  const raw = compactRaw(reading);
  // The skeleton reads an "m" as "rn": a keyword with an "rn" found only so is half a letter ("earn" of "stream").
  if (raw !== key) return keywords.filter((keyword) => !keyword.includes('rn') || raw.includes(keyword));
  const around = `${raw.slice(0, at)}${' '.repeat(length)}${raw.slice(at + length)}`;
  return keywords.filter((keyword) => {
    let from = around.indexOf(keyword);
    if (from < 0) return true;
    for (; from >= 0; from = around.indexOf(keyword, from + 1)) if (!insideWordStartingBefore(around, from, keyword.length)) return true;
    return false;
  });
}

/** Whether a common word starting before `at` (at most WORD_REACH letters) runs to the end of the `length` letters there or past it. */
function insideWordStartingBefore(raw: string, at: number, length: number): boolean {
  const end = at + length;
  for (let start = Math.max(0, at - WORD_REACH); start < at; start++) {
    const count = commonWordEnds(raw, start, Math.min(end + WORD_REACH, start + LONGEST_WORD) - start, WORD_ENDS);
    for (let k = 0; k < count; k++) if (WORD_ENDS[k]! >= end) return true;
  }
  return false;
}

/** Whether a piece starts at `at` and runs on past `end`. */
const startsPieceRunOn = (segments: Segments, at: number, end: number): boolean => segments.starts.has(at) && !segments.ends.has(end);

/** Letters each of two words a name straddles needs: shorter ones are inside too many names ("in", "sta"). */
const MIN_STRADDLED_WORD = 4;
/** The ends of the words found from a second place, while WORD_ENDS holds the first's. */
const NEXT_WORD_ENDS = new Int32Array(LONGEST_WORD);

/** Whether a common word of MIN_STRADDLED_WORD+ letters starts at `start` and ends past `end`. */
function wordRunsPast(raw: string, start: number, end: number): boolean {
  const count = commonWordEnds(raw, start, LONGEST_WORD, NEXT_WORD_ENDS);
  for (let k = 0; k < count; k++) if (NEXT_WORD_ENDS[k]! > end && NEXT_WORD_ENDS[k]! - start >= MIN_STRADDLED_WORD) return true;
  return false;
}

/**
 * Telling keywords with their compact skeletons: a text's skeleton holds "tearn" where it was written
 * "team". Lures of other languages are read as words only (see `isForeignLure`).
 */
const TELLING_SKELETONS = TELLING_KEYWORDS.filter((keyword) => !isForeignLure(keyword)).map((keyword, order) => ({ keyword, key: compactSkeletonOf(keyword), order }));

/**
 * Those skeletons by their first two letters: a text is read once, each place tried against the few
 * starting so, rather than searched for every keyword (a name inside real words, which is most of
 * those found in a crowded registry, has its words read for keywords twice).
 */
const TELLING_BY_START = new Map<number, typeof TELLING_SKELETONS>();
for (const telling of TELLING_SKELETONS) {
  const start = pairAt(telling.key, 0);
  TELLING_BY_START.set(start, [...(TELLING_BY_START.get(start) ?? []), telling]);
}

/**
 * The telling keywords in a compact skeleton, up to three in the keywords' order, leaving out those
 * inside another found ("earn" inside the "tearn" of "team", "port" of "support"): the reader sees the
 * longer word.
 */
function keywordsInSkeleton(text: string): string[] {
  const found: typeof TELLING_SKELETONS = [];
  for (let at = 0; at + 1 < text.length; at++) {
    for (const telling of TELLING_BY_START.get(pairAt(text, at)) ?? []) {
      if (text.startsWith(telling.key, at) && !found.includes(telling)) found.push(telling);
    }
  }
  if (!found.length) return [];
  found.sort((a, b) => a.order - b.order);
  return found.filter(({ key }) => !found.some((other) => other.key.length > key.length && other.key.includes(key))).map(({ keyword }) => keyword).slice(0, 3);
}

interface Segments {
  starts: Set<number>;
  ends: Set<number>;
  /** Each separated piece: its compact skeleton, its letters as written and where it lies. */
  pieces: Array<{ key: string; raw: string; start: number; end: number }>;
}

/** Where the separated pieces of a name start and end, as offsets into its compact skeleton. */
function segmentBounds(text: string): Segments {
  const starts = new Set<number>([0]);
  const ends = new Set<number>();
  const pieces: Segments['pieces'] = [];
  let offset = 0;
  for (const piece of text.split(/[-_.\s]+/)) {
    const key = compactSkeleton(piece);
    if (!key) continue;
    starts.add(offset);
    pieces.push({ key, raw: compactRaw(piece), start: offset, end: offset + key.length });
    offset += key.length;
    ends.add(offset);
  }
  return { starts, ends, pieces };
}
