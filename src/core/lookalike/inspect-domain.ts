/** @module Lookalike checks of a website's or sender's domain: the label, its words, subdomains, TLD swaps. */
import { platformName } from '../input/social/index.ts';
import { favouredTldOf } from './abused-tlds.ts';
import { hasDigitsAmongLetters, underFavouredTld } from './evidence.ts';
import { isPopularSite } from './popular-sites.ts';
import { isRestrictedSuffix } from './restricted-suffixes.ts';
import { isDocumentationHost, sharedPlatform } from './shared-hosting.ts';
import { mailboxDomainEnding } from './free-mail.ts';
import { quote } from './explain.ts';
import { isNewGenericTld } from './generic-tlds.ts';
import { isGenericWord } from './generic-words.ts';
import { inspectGarbled } from './inspect-garbled.ts';
import { inspectInserted } from './inspect-inserted.ts';
import { inspectLoginStub } from './inspect-login-stub.ts';
import { inspectMistypedBesideTag, inspectMistypedStart } from './inspect-mistyped-start.ts';
import { inspectCutBesideProduct } from './inspect-product-word.ts';
import { inspectRespelled } from './inspect-respelled.ts';
import { inspectScrambled } from './inspect-scrambled.ts';
import { inspectVowelless } from './inspect-vowelless.ts';
import { inspectTokens } from './inspect-tokens.ts';
import { inspectSlippedSplits, isBrandWithKeywords, inspectWords } from './inspect-words.ts';
import { isLure, isMediaWord, isSoftwareWord, lureOf, STRONG_KEYWORDS } from './keywords.ts';
import { isTickerShaped, type LookalikeTarget } from './lookalike-index.ts';
import { findTokens, readsAsName } from './match-word.ts';
import { compactRaw, compactSkeleton, isCommonWord, isEverydayWord, splitRegistrable, withoutWww } from './names.ts';
import { likeShapedReadings } from './typo-rules.ts';
import { isDisguisableWordName, isDisguisedSplit, isShortWordName, keywordsIn, match, officialRaw, organizationsOf, reportEmbedded, reportLookalike, splitClause, targetsOf, type Context } from './report.ts';

/**
 * Why a brand named by a common word (ledger, kraken; not an industry word such as crypto), written
 * exactly, under another ending is hardly anyone else's site: a TLD phishers favour (google.top), or
 * a generic one opened since 2014 (telegram.trade); null under the older ones and countries' codes.
 */
function placeOfBrandWord(ctx: Context, nameId: number, label: string, suffix: string): string | null {
  if (!(isDisguisableWordName(ctx, nameId) || isTickerAlias(ctx, nameId)) || isGenericWord(compactRaw(label))) return null;
  if (favouredTldOf(suffix) !== null) return 'a top-level domain phishers favour';
  return isNewGenericTld(suffix) ? 'one of the generic top-level domains opened since 2014' : null;
}

/**
 * Whether a name is an alias written as a stock ticker is ("amzn", "msft", "nflx", "pypl"). Inside a
 * longer name a ticker drawn from the organization's name counts as its name (`isTickerOf`), but alone
 * as a label it is as often the organization's own short domain (amzn.com, amzn.to): there it counts
 * like a common word, under a TLD phishers favour or a newer generic one ("amzn.cam"), where other
 * aliases, words or short forms ("insta", "mew", "teams") name too much else.
 */
const isTickerAlias = (ctx: Context, nameId: number): boolean => ctx.index.isAlias(nameId) && isTickerShaped(officialRaw(ctx, nameId));

/**
 * A brand named by a common word (`isDisguisableWordName`), a label of its own in front of an
 * unrelated domain under a TLD phishers favour ("telegram.xdlwp.top", "apple.track-maps.live") or
 * whose name has digits run into its letters ("apple.gl6elf.com", "telegram.ur1s.ru"): who names a
 * page so there is hardly the word's namesake (the same word alone under such a TLD counts,
 * `placeOfBrandWord`). A warning. A platform anyone publishes on is no such place: a site named by the
 * word is a publisher's choice there ("kraken.github.io").
 *
 * In front of any other domain (`isPageNamedForBrand`) the word names a page for the brand more often
 * than the word's own sense ("ledger.memmserve.com", "telegram.rutori.ru", pages planted on hacked
 * sites): a weaker warning, told without a clause.
 */
function reportBrandWordBeforeTellingDomain(ctx: Context, nameId: number, where: string, label: string, registrable: string, platform: string | null): void {
  if (!ctx.index.isCommon(nameId) || !isDisguisableWordName(ctx, nameId)) return;
  const tld = ctx.evidence.favouredTld;
  const telling = tld !== null ? underFavouredTld(tld) : hasDigitsAmongLetters(label) ? 'whose name has digits among its letters' : null;
  if (telling === null && (platform !== null || !isPageNamedForBrand(ctx, nameId, registrable))) return;
  const text = `${quote(officialRaw(ctx, nameId))}${where}${telling === null ? '' : `, ${telling}`}`;
  for (const target of targetsOf(ctx, nameId)) {
    if (!ctx.findings.has(target.organization)) ctx.findings.add(target, 'brand_embedded', text, telling === null ? PAGE_FOR_BRAND : 0.6);
  }
}

/** How much a common-word brand alone in front of an ordinary domain weighs: a warning, below one with a telling place. */
const PAGE_FOR_BRAND = 0.55;

/**
 * Whether a common-word brand alone in front of `registrable` reads as a page named for the brand: not
 * where the word names too much else (three or four letters, "meta" of meta.stackexchange.com, a forum's
 * talk about itself; an alias; the industry's own word, "crypto" of crypto.stackexchange.com; an
 * everyday word, "office" of office.example.com, `isEverydayWord`), nor in
 * front of one of the web's most visited sites, whose sections are named with words (apple.stackexchange.com).
 */
function isPageNamedForBrand(ctx: Context, nameId: number, registrable: string): boolean {
  const raw = ctx.index.nameRaw(nameId);
  return !isShortWordName(ctx, nameId) && !ctx.index.isAlias(nameId) && !isGenericWord(raw) && !isEverydayWord(raw) && !isPopularSite(registrable);
}

/**
 * The official domain a hyphenated label spells under the same ending, hyphens left out
 * ("block-chain.info" for blockchain.info): whatever words the parts are, the whole address is the
 * brand's own but for its hyphens, which nobody else's name needs. Under another ending a name cut
 * into words ("out-look.net") may be someone's phrase.
 */
const hyphenatedOfficialDomain = (ctx: Context, label: string, suffix: string): LookalikeTarget | undefined => officialDomain(ctx, compactRaw(label), suffix);

/** The official domain `name.suffix`, if there is one. */
const officialDomain = (ctx: Context, name: string, suffix: string): LookalikeTarget | undefined =>
  ctx.index.domainsLabelled(name).find((d) => d.value === `${name}.${suffix}`);

/**
 * A website's or sender's domain: its name label whole, its words, its subdomains, then any brand
 * inside. `unicodeHost`: the host as a person reads it (IDNA decoded), as the contact holds it already.
 */
export function inspectDomain(ctx: Context, fullHost: string, fullUnicodeHost: string, registrable: string, role: string): void {
  const host = withoutWww(fullHost, registrable);
  const unicodeHost = host === fullHost ? fullUnicodeHost : fullUnicodeHost.slice(fullHost.length - host.length);
  const bare = host === registrable;
  // The web's most visited sites, at their own name or behind "www", are names of their own.
  if (bare && isPopularSite(registrable)) return;
  const { label, suffix } = splitRegistrable(registrable);
  if (isRestrictedSuffix(suffix)) return;
  const words = hyphenWords(label);
  // Labels in front of the registrable domain, and the words among them all: none for a bare domain.
  const labels = bare ? [] : leadingLabels(host, unicodeHost, registrable).split('.');
  const lures = bare ? words : [...labels.flatMap((l) => l.split('-')), ...words];
  const where = ` placed in front of the unrelated domain ${registrable}`;
  const platform = sharedPlatform(host, registrable, suffix);
  // An official domain written whole in front of another ("x.com.session-check.click") tells the most
  // of all the readings below: its clause comes first.
  if (!bare) reportEmbeddedDomains(ctx, host, labels, where, lures, platform);
  // A project's documentation is named after what its code works with: only a lure no software is
  // named with ("metamask-login") makes a likeness of a brand's name there.
  if (isDocumentationHost(platform) && !lures.some(isLureBesideDocs)) return;
  // Typos are looked for word by word: a hyphenated label as a whole is only compared exactly. A label
  // that is a brand with keywords or a number ("mypancakeswap", "ledger22") is read for one edit at
  // most: two edits on its many letters reach names ("pancakeswap" with "my" added, "ledgerhq" with
  // two letters changed) that say less than the brand inside.
  const labelHits = match(ctx, label, words.length > 1 ? 0 : isBrandWithKeywords(ctx, label) ? 1 : 2);
  for (const hit of labelHits) {
    if (hit.kind !== 'exact' || !hit.same) {
      reportLookalike(ctx, hit, label);
      continue;
    }
    if (words.length > 1) {
      const hyphenated = hyphenatedOfficialDomain(ctx, label, suffix);
      if (hyphenated) ctx.findings.add(hyphenated, 'brand_embedded', `${role}the official domain ${hyphenated.value} written as ${registrable}`, 0.9);
      else reportEmbedded(ctx, hit.nameId, 'brand_embedded', splitClause(ctx, hit.nameId, label), [], '', 0.85, isDisguisedSplit(ctx, hit.nameId, words));
      continue;
    }
    // A common word under another ending is usually someone else's site (phantom.com, curve.com), but
    // hardly under a TLD phishers favour or a newer generic one (google.top, telegram.trade): a warning there. Short words and
    // aliases (gate, live) and the industry's own words (crypto) name too much else even there.
    // A ticker alone is often the organization's own short domain (amzn.com, amzn.to): like a common word here.
    const common = ctx.index.isCommon(hit.nameId) || isTickerAlias(ctx, hit.nameId);
    const place = common ? placeOfBrandWord(ctx, hit.nameId, label, suffix) : null;
    if (common && place === null) {
      // The official domain written whole, a country's code after it ("crypto.com.sl"), is that domain
      // dressed as the organization's site for a country, whatever word its name is.
      const whole = ctx.index.domainsLabelled(compactRaw(label)).find((d) => registrable.startsWith(`${d.value}.`));
      if (whole) ctx.findings.add(whole, 'tld_swap', `${role}the official domain ${whole.value} with .${registrable.slice(whole.value.length + 1)} after it`, 0.85);
      continue;
    }
    for (const target of targetsOf(ctx, hit.nameId)) {
      const domains = ctx.index.domainsLabelled(compactRaw(label)).filter((d) => d.organization === target.organization);
      if (domains.some((d) => d.value === registrable)) continue; // the official domain itself, outside its coverage
      const official = domains[0];
      if (official) {
        const swap = `${quote(label)} with .${suffix} in place of .${official.value.slice(official.value.indexOf('.') + 1)}`;
        if (place !== null) ctx.findings.add(official, 'tld_swap', `${role}${swap}, ${place}`, 0.7);
        else ctx.findings.add(official, 'tld_swap', `${role}${swap}`, 0.85);
      } else {
        const c = target;
        const what = ctx.index.isJoined(hit.nameId) ? 'a domain name written without its dot' : c.kind === 'social' ? `the name of its ${platformName(c.platform!)} account` : ctx.index.isAlias(hit.nameId) ? 'a name it is known by' : 'its name';
        if (place !== null) ctx.findings.add(target, 'brand_embedded', `${role}${quote(label)} (${what}) as a domain under .${suffix}, ${place}`, 0.7);
        else ctx.findings.add(target, 'brand_embedded', `${role}${quote(label)} (${what}) as a domain under .${suffix}`, 0.85);
      }
    }
  }
  if (!labelHits.length) reportLikeShapedDomain(ctx, label, words, suffix, role);
  if (words.length > 1) reportNameAcrossEnding(ctx, words, suffix);
  // A bare domain (alone or behind "www") named exactly as a brand (in its letters or look-alike ones)
  // is that brand under another ending: the names inside its name are its own letters, not further
  // imitations.
  if (bare && words.length === 1 && readsAsName(labelHits)) return;
  inspectWords(ctx, label, words, 'brand_embedded', '');
  // What the domain's own name holds: a public network's name found only in front of it may be an endpoint.
  const foundInName = bare || !ctx.index.hasPublicNetworks ? null : new Set(ctx.findings.organizations);
  if (!bare) {
    for (const part of labels) {
      for (const hit of match(ctx, part, part.includes('-') ? 0 : 2)) {
        // The brand's own words are no lure beside it: "live" (Microsoft's live.com) and "teams" are lures
        // beside another brand, but live.nba.com is a live page of nba.com.
        if (hit.kind === 'exact' && hit.same) {
          reportEmbedded(ctx, hit.nameId, 'brand_embedded', ctx.index.isJoined(hit.nameId) ? splitClause(ctx, hit.nameId, part) : quote(officialRaw(ctx, hit.nameId)), withoutWords(lures, part.split('-')), where, 0.9, false, false);
          if (part === officialRaw(ctx, hit.nameId)) reportBrandWordBeforeTellingDomain(ctx, hit.nameId, where, label, registrable, platform);
        } else reportLookalike(ctx, hit, part, { reason: 'brand_embedded', text: `${quote(part)}${where}`, weight: 0.9 });
      }
      inspectWords(ctx, part, hyphenWords(part), 'brand_embedded', where, 0.9);
    }
  }
  const name = bare ? label : leadingLabels(host, unicodeHost, suffix);
  // The publisher's part: the labels in front of the platform ("x" of x.godaddysites.com), not its own name.
  const published = platform === suffix ? label : platform ? leadingLabels(host, unicodeHost, platform) : name;
  inspectTokens(ctx, name, 'brand_embedded', '');
  // The whole name read as one, for what crosses its dots: a lure in front of the domain's own
  // name ("confirmation.fb-business"), a brand's words on both sides of one ("crypto.exchange.com").
  if (!bare) inspectWords(ctx, name, acrossDots(name), 'brand_embedded', '');
  if (ctx.findings.size) {
    // A brand named beside a programming language, with no lure, is a developer's project built on its
    // API ("python-binance.readthedocs.io", "node-telegram-bot"), and one beside a tool's name a third
    // party's tool for it ("twitter-thread"): the brand's name alone says no more.
    if (!lures.some(isLureBesideCode) && besideCodeOrTool(ctx, bare ? lures : wordsBesideNames(ctx, labels, words))) ctx.findings.dropFoundOnlyFor('brand_embedded');
    // A download of what a platform shows, named after the platform, is a downloader's page, as "downloader" is.
    else if (isMediaDownload(lures) && !lures.some(isLureBesideDownload)) ctx.findings.dropFoundOnlyFor('brand_embedded');
    // A public network's name in front of another's domain, with nothing telling around it, names that
    // domain's endpoint for the network: RPC providers and explorers name theirs so ("arbitrum.llamarpc.com",
    // "arbitrum-one.publicnode.com"). A lure, a favoured TLD or a platform anyone publishes on still tells.
    if (foundInName && isPlainEndpoint(ctx, lures)) {
      ctx.findings.dropFoundOnlyFor('brand_embedded', (org) => ctx.index.namesPublicNetwork(org) && !foundInName.has(org));
    }
    // A site on a platform named after its owner's e-mail address, with no lure ("arthurbtabone-gmail-com"
    // of myshopify.com): the mail provider is the address's, not whom the site poses as.
    const mailbox = platform ? mailboxDomainEnding(published) : null;
    if (mailbox !== null && !lures.some(isLure)) ctx.findings.dropFoundOnlyFor('brand_embedded', (org) => ownsName(ctx, org, mailbox.slice(0, mailbox.indexOf('.'))));
    return;
  }
  // Last, and only where nothing else was found: a brand cut apart with a letter slipped, written
  // without its vowels beside other signs of phishing, or, on a platform anyone can publish on (the
  // name there is the publisher's part), with a word put between its words, or scrambled or respelled
  // past the typo floors beside a lure.
  inspectSlippedSplits(ctx, published);
  if (!ctx.findings.size) inspectVowelless(ctx, published);
  if (!ctx.findings.size) inspectGarbled(ctx, published);
  if (platform && !ctx.findings.size) inspectInserted(ctx, published);
  if (platform && !ctx.findings.size) inspectScrambled(ctx, published, platform);
  if (platform && !ctx.findings.size) inspectMistypedStart(ctx, published, platform);
  if (platform && !ctx.findings.size) inspectRespelled(ctx, published, platform);
  if (platform && !ctx.findings.size) inspectLoginStub(ctx, published, platform);
  if (!ctx.findings.size) inspectCutBesideProduct(ctx, published);
  const tld = ctx.evidence.favouredTld;
  if (tld !== null && !ctx.findings.size) inspectMistypedBesideTag(ctx, published, tld);
}

/**
 * The words of a host's name read across its dots, but for a label that is one of a site's own pages
 * ("api.edfgb-kraken.energy" is that domain's API, whatever its name holds): the label names what the
 * domain serves there, not whom it serves. Run into a name ("api-telegram") it still tells.
 */
function acrossDots(name: string): string[] {
  return name.split('.').filter((label) => !OWN_PAGES.has(label)).flatMap((label) => label.split('-')).filter(Boolean);
}

/**
 * Programming languages, their package words and web frameworks, as API clients and libraries are
 * named after the service they talk to: "python-binance", "node-telegram-bot-api", "golang-ethereum",
 * "php-twitter", "django-paypal" ("go", a lure as much as a language, and two-letter endings such as
 * "rs" are left out).
 */
const PROGRAMMING_WORDS = new Set([
  'python', 'py', 'pypi', 'node', 'nodejs', 'js', 'typescript', 'php', 'ruby', 'golang', 'java', 'kotlin', 'rust', 'npm', 'sdk', 'cli',
  'lib', 'dotnet', 'csharp', 'swift', 'dart', 'perl', 'haskell', 'elixir', 'scala', 'cpp',
  'django', 'flask', 'laravel', 'symfony', 'rails', 'react', 'vue', 'angular', 'wordpress',
]);

/** Java's libraries put "4j" after the name of what they serve ("twitter4j", "log4j"). */
const JAVA_LIBRARY = /^[a-z]+4j$/;

/**
 * A language's version run into its name counts as the language ("python3-krakenex", "php8"); a longer
 * number is no version but a tag ("flask1665412637", a timestamp).
 */
const LANGUAGE_VERSION = /(?<!\d)\d{1,4}$/;

/**
 * Words naming a tool that works with a service, as third parties name theirs after it: a downloader, a
 * converter, a thread reader, an analytics page ("icloud-photos-downloader", "twitter-thread",
 * "twitter-pricing-calculator"), a font generator, a guide to it, and a fan's site. Beside a brand with no lure they say whose tool it is for, as a
 * programming language does; a checker is left out, since eligibility "checkers" are airdrop scams.
 */
const TOOL_WORDS = new Set([
  'downloader', 'converter', 'calculator', 'viewer', 'reader', 'repeater', 'saver', 'tracker', 'stats', 'analytics',
  'finder', 'editor', 'maker', 'planner', 'scheduler', 'unfollowers', 'vpn', 'thread', 'threads', 'grabber',
  // Guides to it, as third parties write them: tutorials, tips, rankings ("youtube-rank", "officetutorials").
  'tutorial', 'tutorials', 'tips', 'guide', 'guides', 'rank', 'ranking', 'rankings',
  // A converter's formats ("youtube-mp3", "youtubetomp3").
  'mp3', 'mp4',
  // Fancy-text generators, which restyle letters for a profile or a post ("facebookfonts", "fontsforinstagram"),
  // and web fonts' helpers ("google-webfonts-helper").
  'font', 'fonts', 'webfonts',
  // Throwaway addresses made on a mail service's name ("gmailtemp", "tempgmail").
  'temp',
  // Fans' sites, named for their love of it or the fun they have with it ("netflixjunkie", "whatsapplover",
  // "netflixroulette", which picks a show to watch, "whatsappstatusfunny").
  'lover', 'lovers', 'junkie', 'junkies', 'addict', 'addicts', 'fanatic', 'fanatics', 'funny', 'roulette',
]);

const isToolWord = (word: string): boolean => TOOL_WORDS.has(word);

/** The tools' words and the programming words, as run on after a name (`endsWithToolForName`). */
const TOOL_OR_CODE_WORDS: readonly string[] = [...TOOL_WORDS, ...PROGRAMMING_WORDS];

/** Whether a word names a programming language, a tool, or a tool run on after an official name (see below). */
const isCodeOrToolWord = (ctx: Context, word: string): boolean => isProgrammingWord(word) || isToolWord(word) || endsWithToolForName(ctx, word);

const besideCodeOrTool = (ctx: Context, words: string[]): boolean => words.some((w) => isCodeOrToolWord(ctx, w));

/**
 * The words of a host that may stand beside a brand's name: its labels' and its domain's, but for a
 * label that is a tool's word alone, a host's own page ("editor" of a site builder's
 * editor.multiscreensite.com), beside no name.
 */
const wordsBesideNames = (ctx: Context, labels: string[], words: string[]): string[] =>
  [...labels.filter((label) => !isCodeOrToolWord(ctx, label)).flatMap((label) => label.split('-')), ...words];

/**
 * Whether a word run together ends with a tool's word or a programming word after an official name
 * ("bestyoutubedownloader", "bestnetflixvpn", "facebooksdk", "interledgerjs"): the tool or library is for
 * that brand, but for a lure run into it. Another word ending so ("putrivpn") says nothing of a brand
 * elsewhere in the host.
 */
function endsWithToolForName(ctx: Context, word: string): boolean {
  for (const tool of TOOL_OR_CODE_WORDS) {
    if (word.length <= tool.length || !word.endsWith(tool)) continue;
    const before = word.slice(0, -tool.length);
    // A lure run into the word tells whatever it ends with ("openseaclaimprojs").
    if (findTokens(ctx.index, compactSkeleton(before)).length && !isLureBesideDocs(before)) return true;
  }
  return false;
}

const isProgrammingWord = (word: string): boolean =>
  PROGRAMMING_WORDS.has(word) || JAVA_LIBRARY.test(word) || (LANGUAGE_VERSION.test(word) && PROGRAMMING_WORDS.has(word.replace(LANGUAGE_VERSION, '')));

/**
 * A project's or an endpoint's own pages, its documentation and API: no lure beside a library's name
 * ("docs.python-telegram-bot.org") or a network's ("arbitrum.api.onfinality.io").
 */
const OWN_PAGES = new Set(['api', 'docs']);

/** Lures that still tell beside a programming word: the strong ones but a project's own pages and what a tool works on. */
const isLureBesideCode = (word: string): boolean => STRONG_KEYWORDS.has(word) && !OWN_PAGES.has(word) && !isMediaWord(word);

/** A strong lure a word is or holds ("metamasklogin"), but a word software is named with. */
function isLureBesideDocs(word: string): boolean {
  const lure = lureOf(word);
  return lure !== null && STRONG_KEYWORDS.has(lure) && !isSoftwareWord(lure);
}

/** What a downloader saves from a platform: its videos, photos, stories, reels, clips or music. */
const DOWNLOADED_MEDIA = /video|mp[34]|audio|music|photo|reel|story|stories|clip|thumbnail/;

/**
 * Whether a host's words name a download of what a platform shows ("twitter-video-download",
 * "downloadtwittervideo"): third parties name their downloaders after the platform they save from
 * (see `TOOL_WORDS`), where a fake download of the app itself names no media.
 */
const isMediaDownload = (words: readonly string[]): boolean => words.some((w) => w.includes('download')) && words.some((w) => DOWNLOADED_MEDIA.test(w));

/** A lure that still tells beside a media download: any but the download itself. */
const isLureBesideDownload = (word: string): boolean => isLureBesideCode(word) && !word.includes('download');

/** Whether a host's words hold no lure but an endpoint's own pages, on a domain of its own under a TLD phishers do not favour. */
const isPlainEndpoint = (ctx: Context, words: readonly string[]): boolean =>
  ctx.evidence.placeClause === null && !words.some((w) => !OWN_PAGES.has(w) && isLure(w));

/** Whether an organization is named by `raw` exactly (its domain's name or an alias: "gmail", "hotmail"). */
const ownsName = (ctx: Context, organization: string, raw: string): boolean =>
  match(ctx, raw, 0).some((hit) => hit.kind === 'exact' && hit.same && organizationsOf(ctx, hit.nameId).includes(organization));

/**
 * The words of a label between its hyphens. Most labels have none: V8 splits by a call into its
 * runtime (about a tenth of a microsecond), which a label read whole does without.
 */
function hyphenWords(label: string): string[] {
  const words = label.includes('-') ? label.split('-').filter(Boolean) : [label];
  return HAS_NUMBER_AMONG_LETTERS.test(label) ? words.flatMap(atNumbers) : words;
}

/**
 * A number between letters, a tag or a count run into words ("y67telegrm21senju33", "tg2813portal"):
 * 2+ digits, one of which passes for no letter (2, 6, 9), where "00" of "ouotl00k" and "554" of
 * "wh4t554p01" are letters' look-alikes.
 */
const NUMBER_AMONG_LETTERS = /(?<=[a-z])\d*[269]\d*(?=[a-z])/g;
const HAS_NUMBER_AMONG_LETTERS = /[a-z]\d*[269]\d*[a-z]/;
/** A hash or an id in hexadecimal ("630723925b543253139289f8"): no words, whatever its digits. */
const HEX_ID = /^[0-9a-f]{12,}$/;

/** A word cut where a number stands between its letters ("y67telegrm21senju33": "y67telegrm", "21", "senju33"), the number a word of its own. */
function atNumbers(word: string): string[] {
  if (!HAS_NUMBER_AMONG_LETTERS.test(word) || HEX_ID.test(word)) return [word];
  return word.replace(NUMBER_AMONG_LETTERS, (number) => (number.length >= 2 ? `-${number}-` : number)).split('-').filter(Boolean);
}

/** Letters of the names too short for a typo to count (see `allowedEdits`), whose letters of like shape are read here. */
const SHORT_NAME = 4;

/**
 * A name cut at the domain's ending, its last word the name's start and the ending its rest ("i.cloud"
 * of "support-i.cloud", "whats.app" of "verify-whats.app"): the ending finishes the brand, and the words
 * before it stand beside it. Only after another word: a name so written whole ("instagr.am") is often the
 * organization's own short address.
 */
function reportNameAcrossEnding(ctx: Context, words: string[], suffix: string): void {
  if (suffix.includes('.')) return;
  const start = words.at(-1)!;
  // An official domain's name before its own ending ("j-crypto.com") is a name under that ending, read above.
  if (officialDomain(ctx, start, suffix)) return;
  for (const hit of match(ctx, `${start}${suffix}`, 0)) {
    if (hit.kind !== 'exact' || !hit.same) continue;
    reportEmbedded(ctx, hit.nameId, 'brand_embedded', `${quote(officialRaw(ctx, hit.nameId))} split as ${quote(`${start}.${suffix}`)} at the domain's ending`, words.slice(0, -1));
  }
}

/**
 * An official domain of a short name written with one letter changed for one of like shape, under its
 * own ending ("lldo.fi" for lido.fi) or with that ending as a word of the label ("lldo-fi.app",
 * "lido-fl.app"): the address is the brand's own but for a letter a glance takes for another. Short
 * names take no typos (too many real names are a letter from them), but the address whole is not
 * anyone else's; a common word so written is that word ("gale.io" beside gate.io).
 */
function reportLikeShapedDomain(ctx: Context, label: string, words: string[], suffix: string, role: string): void {
  const [name, ending] = words.length === 2 ? [words[0]!, words[1]!] : [label, suffix];
  if (name.length > SHORT_NAME || ending.length > SHORT_NAME || !/^[a-z.]+$/.test(ending)) return;
  const commonName = isCommonWord(name);
  const written = `${name}.${ending}`;
  // Under its own ending only the name's letters may differ; an ending written as a word may differ too.
  const readings = likeShapedReadings(written, 0, words.length === 2 ? written.length : name.length);
  for (const [read, was, now] of readings) {
    const dot = read.indexOf('.');
    if (commonName && read.slice(0, dot) !== name) continue;
    const official = ctx.index.domainsLabelled(read.slice(0, dot)).find((d) => d.value === read);
    if (!official) continue;
    const shown = words.length === 2 ? `${quote(label)} is ${official.value} written out` : `${quote(`${label}.${suffix}`)} is ${official.value}`;
    ctx.findings.add(official, 'homoglyph', `${role}${shown} with ${quote(was)} in place of ${quote(now)}, letters of like shape`, 0.85);
  }
}

/** `words` without one occurrence of each of `taken`. */
function withoutWords(words: string[], taken: string[]): string[] {
  const rest = [...words];
  for (const word of taken) {
    const at = rest.indexOf(word);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest;
}

/** The host's labels in front of `ending` (its last labels), decoded as a person reads them. */
function leadingLabels(host: string, unicodeHost: string, ending: string): string {
  if (unicodeHost === host) return host.slice(0, host.length - ending.length - 1);
  const labels = unicodeHost.split('.');
  return labels.slice(0, labels.length - ending.split('.').length).join('.');
}

/**
 * An official domain written whole in front of another domain: "x.com.session-check.click". Where it
 * fills all but a platform anyone can get a name on (`sharedPlatform`: "binance.com.s3.amazonaws.com",
 * a storage bucket named binance.com), it is told as in front of that platform.
 */
function reportEmbeddedDomains(ctx: Context, host: string, labels: string[], where: string, lures: string[], platform: string | null): void {
  let offset = 0;
  for (const label of labels) {
    for (const official of ctx.index.domainsLabelled(compactRaw(label))) {
      if (!host.startsWith(`${official.value}.`, offset)) continue;
      const onPlatform = platform !== null && host.length === offset + official.value.length + 1 + platform.length;
      const before = onPlatform ? ` placed in front of ${platform}, where anyone can get a name` : where;
      // The official domain's own labels are no words beside it (the "finance" of pancakeswap.finance).
      const own = official.value.split('.');
      const named = keywordsIn(lures.filter((word) => !own.includes(word)));
      const withWords = named.length ? ` with the word${named.length > 1 ? 's' : ''} ${named.map(quote).join(', ')}` : '';
      ctx.findings.add(official, 'brand_embedded', `the official domain ${official.value}${withWords}${before}`, 0.95);
    }
    offset += label.length + 1;
  }
}

