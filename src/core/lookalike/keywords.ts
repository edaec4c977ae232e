/** @module Words phishers join to a brand ("binance-support", "secure-okx-login"), found inside names. */
import { typoDistance } from './edit-distance.ts';
import { FOREIGN_LURES, isForeignLure } from './foreign-lures.ts';
import { isGenericWord } from './generic-words.ts';
import { memoize } from './memo.ts';
import { commonWordEnds, isCommonWord, isCompoundOfCommonWords, withoutAccents, wordBesideShortWord } from './names.ts';

/**
 * Countries phishers name beside a brand, as they do language codes ("binancbrasil", "coinbase-turkey"):
 * those of the codes in LOCALES below, in English and in their own language. Cut off like keywords, but
 * no lure: honest names carry them too ("outlookindia").
 */
const COUNTRIES = [
  'brasil', 'brazil', 'turkey', 'turkiye', 'india', 'france', 'germany', 'deutschland', 'spain', 'espana', 'italy',
  'italia', 'japan', 'korea', 'vietnam', 'indonesia', 'nigeria', 'mexico', 'canada', 'australia', 'russia',
  'ukraine', 'poland', 'polska', 'philippines', 'thailand', 'argentina', 'usa', 'europe',
];

/** The tickers of the most traded coins, which scams put beside a wallet's or exchange's name ("lido-eth", "phantom-sol"). */
const TICKERS = ['eth', 'btc', 'sol', 'bnb', 'usdt', 'usdc', 'xrp', 'ltc', 'doge'];
/** The same coins by name ("lido-ethereum", "bitcoincoinbase"). */
const COINS = ['ethereum', 'bitcoin', 'solana', 'tether', 'ripple', 'litecoin', 'dogecoin', 'cardano'];

/** Parts of a web address a name dresses up as. */
const ADDRESS_WORDS = ['www', 'web'];

/**
 * What crypto scams promise or ask for beside a wallet's or exchange's name: a withdrawal to unblock,
 * tokens to migrate or unstake, a presale or coin offering (ICO), compensation for a hack, an
 * eligibility check, an approval to revoke, a wallet to fix or "rectify" (an "error" in it), a
 * transaction to confirm, a grant to apply for, a fake browser extension ("ext") to install, a
 * hardware wallet's firmware to update, a token sale, a "detector" to check a wallet for drainers with,
 * a wallet to activate or reactivate, a mining pool to join, a wallet's recovery phrase to type in
 * ("lido-withdrawals", "uniswap-migration",
 * "ledger-compensation", "telegram-ico", "metamask-rectify", "phantom-error", "uniswapgrant", "phantom-ext",
 * "firmwareledger", "tokensale-telegram", "phantom-detector", "metamaskreactivate", "coinbasepool",
 * "kraken-mining", "blockchain-phrase"; plurals count as the lure, see `isPluralLure`).
 */
const CRYPTO_LURES = [
  'withdraw', 'withdrawal', 'withdrawals', 'unstake', 'unstaking', 'migrate', 'migration', 'presale',
  'compensation', 'eligibility', 'eligible', 'revoke', 'ico', 'fix', 'rectify', 'rectification', 'transaction',
  'transactions', 'grant', 'error', 'ext', 'firmware', 'tokensale', 'detect', 'detector', 'activate', 'activation',
  'reactivate', 'reactivation', 'pool', 'pools', 'mining', 'phrase', 'seedphrase', 'mnemonic',
  // A vote to cast on a fake governance page ("governance-curve", "governance-lido", "voting-curve"), a
  // token's listing on an exchange to pay for ("listedokx", "mexclisting") or to vote for ("pollingsokx").
  'governance', 'vote', 'voting', 'poll', 'polling', 'proposal', 'proposals', 'listing', 'listings', 'listed',
  // An airdrop's allocation to check or claim ("allocation-curve").
  'allocation', 'allocations',
];

/**
 * What a social network shows, which its phishing offers to see: a photo, a picture, a profile, reels
 * ("photosinsta", "igprofilelink", "instagramreelswatch"). Beside a tool it is what the tool works on
 * ("icloud-photos-downloader"), no lure.
 */
const MEDIA_WORDS: readonly string[] = ['photo', 'photos', 'picture', 'pictures', 'pict', 'profile', 'reels'];

const MEDIA_SET = new Set(MEDIA_WORDS);

/**
 * Words software is named with, though lures beside a brand elsewhere: a library downloads, installs,
 * updates, syncs and connects ("google-images-download", "telegram-sync"), and has an API, docs, a
 * dashboard and settings.
 */
const SOFTWARE_WORDS = new Set(['api', 'docs', 'download', 'install', 'update', 'upgrade', 'sync', 'synch', 'connect', 'bridge', 'link', 'dashboard', 'settings', 'setting', 'session', 'extension']);

/**
 * The lures of a fake appeal against an account's complaint or case, and the profile it is about: what a
 * letter's name stands beside ("dmca-x", "issuecase-x", "caseprofile-x").
 */
const APPEAL_LURES = new Set(['appeal', 'copyright', 'copyrights', 'dmca', 'violation', 'issue', 'issues', 'profile']);

/** Whether a word holds a lure of a fake appeal ("dmcaappeal", "issuecase"). */
export const holdsAppealLure = (word: string): boolean => APPEAL_LURES.has(lureOf(word) ?? '');

/**
 * The lures of a sign-in page, an account's security and a support desk, the pages an everyday word's
 * brand is phished with ("login-live", "office-verify", "live-support"); an agent to chat with, sports
 * online, a link or a gift are anyone's beside such a word ("live-agent", "live-sports-online").
 */
const SIGN_IN_LURES = ['login', 'logins', 'signin', 'logon', 'auth', 'oauth', 'account', 'accounts', 'verify', 'verification', 'secure', 'security', 'protect', 'protection', 'sso', '2fa', 'webmail', 'password', 'unlock', 'recover', 'recovery', 'reset', 'update', 'upgrade', 'session', 'access', 'apps', 'support', 'help', 'helpdesk'];
const SIGN_IN_SET = new Set(SIGN_IN_LURES);

/** Whether a word holds a lure of a sign-in page ("login", "accountverify"), also misspelled ("proteccion"). */
export function holdsSignInLure(word: string): boolean {
  const lure = lureOf(word);
  return lure !== null && (SIGN_IN_SET.has(lure) || (lure.length >= 5 && SIGN_IN_LURES.some((l) => l.length >= 5 && typoDistance(lure, l, 1) <= 1)));
}

/** Whether a lure is a word software is named with (`SOFTWARE_WORDS`). */
export const isSoftwareWord = (word: string): boolean => SOFTWARE_WORDS.has(word);

/** Whether a word is what a social network shows (`MEDIA_WORDS`). */
export const isMediaWord = (word: string): boolean => MEDIA_SET.has(word);

/**
 * Words that make a brand's name read as the organization itself or a part of it ("uniswapfoundation",
 * "coinbaseventures", "binance-academy"): telling beside a brand, not lures on their own.
 */
const ORGANIZATION_WORDS = ['foundation', 'labs', 'ventures', 'capital', 'academy', 'research', 'holdings', 'protocol', 'network'];

/**
 * "Group" in the languages a messenger's group-invite scams speak ("grupwhatsaapviral", "gruppwhattsapp",
 * Indonesian, Turkish, Spanish, Swedish, German, Italian): cut off a name as "group" is, no lure on its own.
 */
const GROUP_WORDS = ['grup', 'grupo', 'grupp', 'gruppe', 'gruppo'];

/** Keywords of 3 letters an explanation names as words of their own, "kyc" among them, the check scams ask for (most, such as us, io or my, tell nothing). */
export const SHORT_TELLING_WORDS: readonly string[] = [...ADDRESS_WORDS, ...TICKERS, 'kyc'];

/** Longest first, so "verification" is taken before "verify" when a name is cut into words. */
export const KEYWORDS: readonly string[] = [
  'support', 'help', 'helpdesk', 'desk', 'service', 'services', 'care', 'customer', 'contact', 'assist',
  // "log": a login cut short ("phanttomlog"), cut off a brand's name as a keyword, though no lure ("ledger-log" is a book's).
  'login', 'log', 'signin', 'logon', 'auth', 'oauth', 'account', 'accounts', 'secure', 'security', 'safe', 'safety',
  'verify', 'verification', 'validate', 'validation', 'confirm', 'kyc', 'unlock', 'recover', 'recovery', 'protect', 'protection',
  'restore', 'reset', 'update', 'upgrade', 'sync', 'connect', 'dapp', 'wallet', 'wallets', 'official', 'backup',
  'team', 'admin', 'staff', 'agent', 'airdrop', 'airdrops', 'giveaway', 'giveaways', 'bonus', 'bonuses',
  'reward', 'rewards', 'claim', 'claims', 'gift', 'gifts', 'promo', 'free', 'drop', 'event', 'events',
  'refund', 'refunds', 'payout', 'payouts', 'payment', 'payments', 'pay', 'billing', 'invoice', 'alert', 'alerts', 'notice',
  'notification', 'notifications', 'notify', 'center', 'centre', 'portal', 'online', 'web', 'app', 'apps', 'live',
  'mobile', 'desktop', 'download', 'install', 'chrome', 'webstore', 'webstores', 'addon', 'addons',
  'exchange', 'trade', 'trading', 'invest', 'staking', 'stake', 'mint', 'nft', 'nfts', 'token', 'tokens',
  'swap', 'bridge', 'defi', 'pro', 'vip', 'global', 'info', 'news', 'us', 'uk', 'eu', 'my', 'get', 'go',
  'hq', 'inc', 'io', 'net', 'com', 'org', 'www', 'chat', 'bot', 'group', 'community', 'channel',
  'signup', 'logins', 'docs', 'doc', 'api', 'cdn', 'kefu', 'renewal', 'renew', 'settings', 'setting', 'appeal', 'violation', 'copyright', 'copyrights', 'dmca',
  'confirmation', 'session', 'check', 'dashboard', 'noreply', 'maintenance', 'safeguard', 'whitelist', 'link', 'links', 'synch', 'steps', 'start',
  'dao', 'staked', 'finance', 'web3', 'access', 'business', 'premium', 'teams', 'verified', 'earn', 'webmail',
  'share', 'real', 'thereal', 'announcement', 'announcements', 'careers', 'jobs', 'job', 'tasks', 'hiring', 'recruiter', 'recruiters',
  'recruitment', 'opportunity', 'apply', 'badge', 'badges', 'the', 'join', 'request', 'requests', 'cancel', 'cancellation', 'delivery', 'complaint', 'invite', 'invitation',
  'resolution', 'issue', 'issues', 'subscription', 'device', 'devices', 'internal', 'campaign', 'sso', '2fa', 'give', 'offer', 'offers', 'extension', 'ads', ...MEDIA_WORDS, 'adult', 'dating', 'sex', 'sexo', 'bokep', 'viral', ...GROUP_WORDS, ...CRYPTO_LURES, ...FOREIGN_LURES, ...ORGANIZATION_WORDS, ...TICKERS, ...COINS, ...COUNTRIES,
].sort((a, b) => b.length - a.length);

const KEYWORD_SET = new Set(KEYWORDS);

/**
 * Keywords that only make sense as a lure (support, login, verify, airdrop…): a brand that is also a
 * common word ("ledger", "kraken") counts as imitated only next to one of these.
 */
export const STRONG_KEYWORDS = new Set([
  'support', 'help', 'helpdesk', 'service', 'care', 'customer', 'login', 'signin', 'logon', 'auth', 'oauth',
  'account', 'accounts', 'secure', 'security', 'verify', 'verification', 'validate', 'validation', 'confirm',
  'kyc', 'unlock', 'recover', 'recovery', 'restore', 'backup', 'reset', 'update', 'upgrade', 'sync', 'connect', 'dapp',
  'wallet', 'official', 'team', 'admin', 'staff', 'agent', 'airdrop', 'airdrops', 'giveaway', 'giveaways',
  'bonus', 'reward', 'rewards', 'claim', 'claims', 'gift', 'gifts', 'promo', 'offer', 'offers', 'refund', 'refunds', 'payout', 'payouts', 'billing',
  'alert', 'alerts', 'notice', 'notification', 'notifications', 'notify', 'portal', 'live', 'download', 'install',
  'mint', 'staking', 'bridge', 'signup', 'logins', 'kefu', 'renewal', 'renew', 'settings', 'setting', 'appeal',
  // A copyright complaint against a page, the lure of fake appeals ("instagram-copyright-appeal", "ig-copyrightform"),
  // also by the law it is filed under ("dmca-x").
  'copyright', 'copyrights', 'dmca',
  'violation', 'confirmation', 'session', 'dashboard', 'whitelist', 'synch', 'link', 'docs', 'api', 'cdn', 'access', 'online',
  // A sender's address dressed up as a name ("noreplyfb"), an account's maintenance to sign in for
  // ("accountfbmaintenance"), and its safeguard, as telling as its security ("safeguard-gemini").
  'noreply', 'maintenance', 'safeguard',
  // "meta-business-support", "fb-business-appeal"; "telegram-premium" giveaways; "microsoft-teams" meetings;
  // "x-verified" badges.
  // An ads account's payment or ban ("fb-ads", "ads-fb"), the lure of ad-account takeovers; a photo or
  // a profile to see, the lure of a social network's phishing ("photosinsta", "igprofilelink").
  'business', 'premium', 'teams', 'verified', 'ads', ...MEDIA_WORDS, ...CRYPTO_LURES, ...FOREIGN_LURES,
  'join', 'check', 'request', 'requests', 'cancel', 'cancellation', 'delivery', 'complaint', 'resolution', 'issue', 'issues', 'subscription',
  'safety', 'campaign', 'sso', 'invite', 'invitation', 'protect', 'protection',
  // Dating, adult and "viral video" scams that pose as a messenger's groups ("telegram-adult-dating",
  // "telegrama-sexo", "viralltelegram").
  'adult', 'dating', 'sex', 'sexo', 'bokep', 'viral',
  // A two-factor reset ("gemini2fa"), a giveaway's short form ("twittergive"), a fake wallet's browser extension;
  // the verified badge fake appeals offer ("blue-badge-fb"), the job to apply for ("applyfb").
  '2fa', 'give', 'extension', 'badge', 'badges', 'apply', 'opportunity',
  // A hardware wallet's or a phone's device to set up, find or recover ("deviceledger", "track-idevice-apple");
  // a company's internal pages, the lure of phishing aimed at its staff ("apple-internal").
  'device', 'devices', 'internal',
]);

/** What an exchange or a swap is, beside an exchange's or a swap's name ("curverexchange", "swapcurve"). */
export const TRADE_WORDS = new Set(['exchange', 'swap']);

/**
 * Language and country codes phishers put beside a brand ("kraken-fr-en", "en-telegram"), and English's
 * three-letter code, which kits write as their pages' language ("eng-ledger", "exodus-eng").
 */
const LOCALES = new Set([
  'en', 'eng', 'fr', 'de', 'es', 'it', 'pt', 'br', 'ru', 'tr', 'vn', 'vi', 'cn', 'zh', 'jp', 'ja', 'kr', 'ko', 'in', 'id',
  'th', 'ph', 'ng', 'za', 'ar', 'mx', 'ca', 'au', 'nz', 'pl', 'nl', 'se', 'no', 'dk', 'fi', 'ua', 'us', 'uk', 'eu',
]);

/**
 * Words that are ordinary elsewhere but give a brand beside them away: crypto scams' words and coins,
 * the web address a name dresses up as ("www-kraken" for www.kraken.com, "telegram-web" for Telegram's
 * web.telegram.org, "outlook-webmail"), the app a fake download offers ("exodus-desktop"), the system
 * it is for ("mac-telegram", "win-phantom", "pc.ioo-gate.cn"), the browser store a fake extension is
 * offered at ("addons-mozilla-ledger", "metamaskchrome"), the file a fake share offers
 * ("google-drive-share"), the setup page a fake hardware wallet's site offers ("ledger-start", after
 * ledger.com/start), the greeting a fake onboarding opens with ("welcome-exodus"), the phone number a fake
 * support line gives ("numbers-google"), the meeting a fake invitation calls to ("teams-meeting") and the
 * claim an impersonating account makes ("real_kraken"). Lures beside a brand, not on their own.
 */
const LURES_BESIDE_BRANDS = new Set([
  'app', 'apps', 'dao', 'staked', 'stake', 'earn', 'token', 'tokens', 'airdrop', 'nft', 'web3', 'defi', 'desktop',
  'pc', 'mac', 'win', 'windows', 'meeting', 'meetings', 'chrome', 'webstore', 'webstores', 'addon', 'addons',
  'webmail', 'share', 'real', 'thereal', 'start', 'welcome', 'number', 'numbers', ...TICKERS, ...COINS, ...ADDRESS_WORDS,
]);

/**
 * "www" disguised: written with v's among its w's ("wwvw-kraken", "wvvvv-kraken"), with a w too many
 * ("wwww-kraken") or a stray character in front ("lwww-kraken", "jwww-kraken", a campaign's tag or a
 * slip): the web address a name dresses up as, no word of its own.
 */
const DISGUISED_WWW = /^(?:(?=[wv]*w)(?=[wv]*v)[wv]{3,6}|w{4,6}|[a-uxyz0-9]w{3,5})$/;

/** Whether a word is "www" disguised (`DISGUISED_WWW`). */
export const isDisguisedWww = (word: string): boolean => DISGUISED_WWW.test(word);

/** The w's and v's a name starts with, which may be "www" written with v's (`DISGUISED_WWW`). */
const WWW_AT_START = /^[wv]{3,6}/;

/** A protocol's version ("lido-v5", "aave-v3"): the upgrade or migration a fake page offers, a lure beside a brand. */
const VERSION = /^v[1-9]$/;
/** The same version run into the end of a name ("aavev3"), cut off it as a keyword is. */
const VERSION_AT_END = /[a-z]v[1-9]$/;

const STRONG_LIST = [...STRONG_KEYWORDS].filter((k) => k.length >= 5 && !isForeignLure(k));
/** Each of those lures' first letter, read once: words are tried against them (`nearLure`). */
const STRONG_FIRST = Uint16Array.from(STRONG_LIST, (k) => k.charCodeAt(0));

/** The strong lures' indexes in STRONG_LIST by their first and by their last letter. */
const STRONG_BY_FIRST = new Map<number, number[]>();
const STRONG_BY_LAST = new Map<number, number[]>();
STRONG_LIST.forEach((k, n) => {
  for (const [map, letter] of [[STRONG_BY_FIRST, k.charCodeAt(0)], [STRONG_BY_LAST, k.charCodeAt(k.length - 1)]] as const) {
    const list = map.get(letter);
    if (list) list.push(n);
    else map.set(letter, [n]);
  }
});
const NONE: readonly number[] = [];

/**
 * The strong lures' indexes in STRONG_LIST, ascending, by each letter they end with or have second to
 * last: one edit at a word's end leaves one of the word's last two letters where the lure has one of its
 * own (`slippedLuresAtEnd`).
 */
const STRONG_BY_END_LETTER = new Map<number, number[]>();
STRONG_LIST.forEach((k, n) => {
  for (const letter of new Set([k.charCodeAt(k.length - 2), k.charCodeAt(k.length - 1)])) {
    const list = STRONG_BY_END_LETTER.get(letter);
    if (list) list.push(n);
    else STRONG_BY_END_LETTER.set(letter, [n]);
  }
});

/** Whether a word is one edit from the strong lure at `n` of STRONG_LIST, which differs from it by a letter's length at most. */
function isOneEditFromLure(word: string, n: number): boolean {
  const k = STRONG_LIST[n]!;
  return Math.abs(k.length - word.length) <= 1 && withinOneEdit(word, k);
}

/** One letter off from a lure of 5+ letters ("logsin", "steking", "suport"), but not a word itself ("logic"). */
export function nearLure(word: string): boolean {
  if (word.length < 5 || isCommonWord(word)) return false;
  // One edit keeps a word's first or its last letter: only lures sharing one are compared.
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  for (const n of STRONG_BY_FIRST.get(first) ?? NONE) if (isOneEditFromLure(word, n)) return true;
  for (const n of STRONG_BY_LAST.get(last) ?? NONE) if (STRONG_FIRST[n] !== first && isOneEditFromLure(word, n)) return true;
  // Made plural, as spelled lures are ("sapports" of "insta-sapports"), the lure mistyped of 6+ letters:
  // the "s" of a shorter word is as often its own ("propos" is no "propo", a letter from "promo").
  return word.length > 6 && word.endsWith('s') && !word.endsWith('ss') && nearLure(word.slice(0, -1));
}

/**
 * Whether one insertion, deletion, substitution or swap of neighbours turns `a` (from `from` on) into
 * `b`, compared in place: nothing is cut out of either.
 */
function withinOneEdit(a: string, b: string, from = 0): boolean {
  let i = 0;
  while (from + i < a.length && i < b.length && a.charCodeAt(from + i) === b.charCodeAt(i)) i++;
  const at = from + i;
  return sameFrom(a, at + 1, b, i + 1) || sameFrom(a, at + 1, b, i) || sameFrom(a, at, b, i + 1) ||
    (at + 1 < a.length && a[at] === b[i + 1] && a[at + 1] === b[i] && sameFrom(a, at + 2, b, i + 2));
}

/** Whether `a` from `x` on and `b` from `y` on are the same text (both may be empty). */
function sameFrom(a: string, x: number, b: string, y: number): boolean {
  if (a.length - x !== b.length - y) return false;
  for (let k = 0; x + k < a.length; k++) if (a.charCodeAt(x + k) !== b.charCodeAt(y + k)) return false;
  return true;
}

/**
 * Lures of 5+ letters mistyped at the end of a joined word ("gminilogi", "bybetlgin"): phishers who
 * misspell the brand misspell its lure too. Exact keywords are cut elsewhere; the core left must
 * still match a brand to count.
 */
function slippedLuresAtEnd(word: string): string[] {
  const tails: string[] = [];
  // One edit leaves one of the last two letters in place or moves it by one: only lures ending with
  // one of them are tried, in their order in STRONG_LIST (the two lists merged), as cuts are taken so.
  const byLast = STRONG_BY_END_LETTER.get(word.charCodeAt(word.length - 1)) ?? NONE;
  const byBefore = STRONG_BY_END_LETTER.get(word.charCodeAt(word.length - 2)) ?? NONE;
  for (let i = 0, j = 0; i < byLast.length || j < byBefore.length;) {
    const n = j >= byBefore.length || (i < byLast.length && byLast[i]! <= byBefore[j]!) ? byLast[i++]! : byBefore[j++]!;
    if (j < byBefore.length && byBefore[j] === n) j++;
    const k = STRONG_LIST[n]!;
    for (let length = Math.max(4, k.length - 1); length <= k.length + 1 && length + 3 <= word.length; length++) {
      if (!withinOneEdit(word, k, word.length - length)) continue;
      const tail = word.slice(-length);
      if (tail !== k && !tails.includes(tail) && !isCommonWord(tail)) tails.push(tail);
    }
  }
  return tails;
}

/**
 * A lure of 5+ letters mistyped beside a brand in its piece, as the brand's surroundings read: the
 * letters after it or before it, but for one at most between ("phantomâwalet", "suportphantom"). A
 * lure further off is part of another word ("propo" of "propositionappease" is no "promo" before
 * "tiona"). Exact keywords are found elsewhere. Null when none is.
 */
export function mistypedLureAtEdge(before: string, after: string): string | null {
  for (let length = after.length; length >= Math.max(5, after.length - 1); length--) if (nearLure(after.slice(-length))) return after.slice(-length);
  for (let length = before.length; length >= Math.max(5, before.length - 1); length--) if (nearLure(before.slice(0, length))) return before.slice(0, length);
  return null;
}

/**
 * Whether a word beside a brand gives the name away as a lure: a strong keyword or one a letter off
 * it, a language or country code, or a number ("117256-apple", "ledger-live", "kraken-logsin").
 */
export const isLure = (word: string): boolean => lureOf(word) !== null;

/** The lure a word is or holds, as an explanation names it: the word, the strong keyword run into it, or its number. */
export const lureOf: (word: string) => string | null = memoize(findLure);

/**
 * Whether a lure beside an industry word named as a brand ("crypto" of crypto.com) is an industry word
 * too, which says what a site is about, not whom it imitates ("cryptotokensnews", "onlineblockchain"),
 * or its advertising ("crypto-news-ads"): but for a wallet, which a wallet's phishing names
 * ("wallets-blockchain").
 */
export const isIndustryLure = (word: string): boolean => {
  const lure = lureOf(word);
  return lure !== null && (isGenericWord(lure) || lure === 'ads') && lure !== 'wallet' && lure !== 'wallets';
};

/** A lure of 3+ letters made plural ("wallets", "supports", "webs"): often a word of the dictionary, yet as telling as the lure. */
export function isPluralLure(word: string): boolean {
  if (word.length < 4 || !word.endsWith('s')) return false;
  const one = word.slice(0, -1);
  return STRONG_KEYWORDS.has(one) || LURES_BESIDE_BRANDS.has(one);
}

function findLure(word: string): string | null {
  const lower = word.toLowerCase();
  const w = withoutAccents(lower);
  if (STRONG_KEYWORDS.has(w) || LURES_BESIDE_BRANDS.has(w) || LOCALES.has(w) || VERSION.test(w) || isPluralLure(w) || nearLure(w) || lureInLikeShapedLetters(w) || isDisguisedWww(w)) return lower;
  const numbered = strongLureWithNumber(w);
  if (numbered) return numbered;
  // A word of the dictionary is that word, not a lure run into another ("contagion" holds no "conta").
  if (!isCommonWord(w)) {
    const joined = strongCut(w);
    if (joined) return joined.keywords.find((k) => STRONG_KEYWORDS.has(k))!;
    // A strong lure with keywords run into it ("my2fa"): what is left once they are cut off.
    const kept = keywordCores(w).find(({ core }) => STRONG_KEYWORDS.has(core));
    if (kept) return kept.core;
    const slipped = mistypedLureAfterKeyword(w);
    if (slipped) return slipped;
    const inside = longLureInside(w);
    if (inside) return inside;
  }
  return /\d{2,}/.exec(w)?.[0] ?? null;
}

/** Strong lures of 8+ letters, which no other word holds by chance. */
const LONG_LURES = [...STRONG_KEYWORDS].filter((k) => k.length >= 8);

/** A long lure written whole anywhere inside a word ("verification" of "identityverificationgateway"): run into other words, it still tells. */
const longLureInside = (word: string): string | null => (word.length > 8 ? LONG_LURES.find((k) => word.length > k.length && word.includes(k)) ?? null : null);

/**
 * The lure mistyped after a keyword or a number run into it ("acount" of "myacount", "suport" of
 * "appsuport", "notic" of "1notic"), as telling as spelled right; null when there is none. Only what
 * starts the word is tried.
 */
function mistypedLureAfterKeyword(word: string): string | null {
  const digits = /^\d+/.exec(word)?.[0].length ?? 0;
  if (digits && word.length - digits >= 5 && nearLure(word.slice(digits))) return word.slice(digits);
  for (const k of BY_START.get(pairAt(word, 0)) ?? []) {
    if (word.length - k.length >= 5 && word.startsWith(k) && nearLure(word.slice(k.length))) return word.slice(k.length);
  }
  return null;
}

/**
 * A word's letters with those of like shape made one: "i", "l" and "1" as "l", "0" as "o", "rn" as "m",
 * "vv" as "w". Lower-case "i" and "l" differ by a dot most fonts draw small, which UTS #39 skeletons
 * keep apart.
 */
const likeShapeKey = (word: string): string => word.replace(/[il1]/g, 'l').replace(/0/g, 'o').replace(/rn/g, 'm').replace(/vv/g, 'w');

/** The strong lures of 5+ letters by their like-shape keys ("offlclal" for official). */
const STRONG_BY_SHAPE = new Set(STRONG_LIST.map(likeShapeKey));

/**
 * Whether a word is a strong lure written with letters of like shape for some of its own, beyond the
 * one slip `nearLure` allows ("offlclal", "notlflcatlon"): a word of the dictionary is that word.
 */
const lureInLikeShapedLetters = (word: string): boolean => word.length >= 5 && STRONG_BY_SHAPE.has(likeShapeKey(word)) && !isCommonWord(word);

/** A strong lure with a number run into it, as scam handles take one taken already ("help1", "24support"): the lure. */
export function strongLureWithNumber(word: string): string | null {
  const bare = withoutEdgeNumbers(word);
  return bare !== word && STRONG_KEYWORDS.has(bare) ? bare : null;
}

const EDGE_NUMBERS = /^\d+|\d+$/g;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** A word without the numbers run into its ends ("help1" → "help", "verificationfb00120" → "verificationfb"); read only where one ends so. */
export const withoutEdgeNumbers = (word: string): string =>
  isDigit(word.charCodeAt(0)) || isDigit(word.charCodeAt(word.length - 1)) ? word.replace(EDGE_NUMBERS, '') : word;

/**
 * A word with a strong lure joined to another of 4+ letters ("importantalerts", "accountverify"):
 * phishers run words together too. A lure with a short ending is another word ("supporters").
 */
export const joinsStrongLure = (word: string): boolean => strongCut(word) !== undefined;

const strongCut = (word: string) => keywordCores(word).find(({ core, keywords }) => core.length >= 4 && keywords.some((k) => STRONG_KEYWORDS.has(k) && !endsWordAt(word, k)));

/** Letters of the longest word a short lure at a name's end may be the end of (see `endsWordAt`). */
const LONGEST_WORD_END = 8;

/**
 * Whether a short lure (3 letters or fewer) at an end of `word` ends or starts a common word there:
 * the word's letters, not the lure ("euronext" ends with "next", not "ext"; "prefixes" holds no "fix").
 */
function endsWordAt(word: string, lure: string): boolean {
  if (lure.length > 3) return false;
  const [atEnd, atStart] = [word.endsWith(lure), word.startsWith(lure)];
  for (let length = lure.length + 1; length <= Math.min(LONGEST_WORD_END, word.length); length++) {
    if ((atEnd && isCommonWord(word.slice(-length))) || (atStart && isCommonWord(word.slice(0, length)))) return true;
  }
  return false;
}

export const isNumber = (word: string): boolean => /^\d+$/.test(word);

/**
 * A lure that is more than a number. A number beside a brand's name gives it away ("117256-apple"),
 * but beside an alias it is how products are named ("insta360", "office365").
 */
export const isWordLure = (word: string): boolean => !isNumber(word) && isLure(word);

/** What an explanation calls a lure: a number ("117256") or a word. */
export const lureNoun = (lure: string): 'number' | 'word' => (isNumber(lure) ? 'number' : 'word');

export const isKeyword = (word: string) => KEYWORD_SET.has(word);

/**
 * Whether letters are nothing but keywords, lures and numbers: one whole, or one with others cut off
 * ("apps", "alogin", "verificaton365"; not "supportbs", "helperchat", whose "bs" and "helper" are none).
 */
export const isLureOrKeywords = (letters: string): boolean => isWholeLure(letters) || keywordCores(letters).some(({ core }) => isWholeLure(core));

/** Whether letters are a keyword or a lure as a whole, a number of 2+ digits among them (not a lure run into other letters, which `lureOf` also finds). */
const isWholeLure = (letters: string): boolean => isKeyword(letters) || lureOf(letters) === letters;

/** A keyword with an "s" added that is no keyword itself ("webs", "finances"), but for strong lures, whose "s" forms are verbs as often ("helps"). */
export function isKeywordMadePlural(word: string): boolean {
  if (!word.endsWith('s') || KEYWORD_SET.has(word)) return false;
  const one = word.slice(0, -1);
  return KEYWORD_SET.has(one) && !STRONG_KEYWORDS.has(one);
}

/**
 * Real words put together ("apple" and "fool", "use" and "borrow"), or a real word with one keyword
 * joined ("survey" and "login", "whales" and "app"): what such a name spells, whatever brand it comes near.
 */
export const spellsRealWords: (word: string) => boolean = memoize((word) =>
  isCompoundOfCommonWords(word) ||
  wordBesideShortWord(word) !== null ||
  keywordCores(word).some(({ core, keywords }) => keywords.length === 1 && isKeyword(keywords[0]!) && isCommonWord(core)));

/** Two letters of a word as one number (a map key that needs no string cut out and hashed). */
export const pairAt = (word: string, at: number): number => word.charCodeAt(at) * 65_536 + word.charCodeAt(at + 1);

/** Keywords by their first and by their last two letters, so a word is tried against a handful, not all. */
const BY_START = new Map<number, string[]>();
const BY_END = new Map<number, string[]>();
for (const k of KEYWORDS) {
  for (const [map, key] of [[BY_START, pairAt(k, 0)], [BY_END, pairAt(k, k.length - 2)]] as const) {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  }
}

/** The keywords written in `word` from `at` on, into `out` (their ends); returns how many. */
export function keywordEndsAt(word: string, at: number, out: Int32Array): number {
  let count = 0;
  for (const k of BY_START.get(pairAt(word, at)) ?? []) if (count < out.length && word.startsWith(k, at)) out[count++] = at + k.length;
  return count;
}

/**
 * Every way of cutting keywords (and numbers) off the ends of a joined word, up to three cuts:
 * "paypolsupportcenter" gives "paypol" (support, center) among others, "exodustoken" gives "exodus".
 * Greedy cutting would take "pay" off "paypol" and "us" off "exodus"; trying each cut does not.
 */
export const keywordCores: (word: string) => ReadonlyArray<Readonly<KeywordCut>> = memoize(cutKeywords);

interface KeywordCut {
  core: string;
  keywords: string[];
}

function cutKeywords(word: string): KeywordCut[] {
  const out: Array<{ core: string; keywords: string[] }> = [];
  const seen = new Set<string>([word]);
  let frontier = [{ core: word, keywords: [] as string[] }];
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const { core, keywords } of frontier) {
      const cuts: Array<[string, string]> = [];
      for (const k of BY_START.get(pairAt(core, 0)) ?? []) {
        if (core.length >= k.length + 3 && core.startsWith(k)) cuts.push([core.slice(k.length), k]);
        // A lure made plural in front of a name is the lure ("pollingsokx", "supportsokx"), unless its
        // "s" starts a word ("livestream", "webseo").
        if (core.length >= k.length + 4 && core.startsWith(k) && core[k.length] === 's' && STRONG_KEYWORDS.has(k) && !KEYWORD_SET.has(k + 's') && !startsWithWord(core.slice(k.length))) cuts.push([core.slice(k.length + 1), k + 's']);
      }
      for (const k of BY_END.get(pairAt(core, core.length - 2)) ?? []) {
        if (core.length >= k.length + 3 && core.endsWith(k)) cuts.push([core.slice(0, -k.length), k]);
      }
      // A keyword made plural at the end is the keyword ("telegramwebs", "lidofinances"), as it is as a
      // word of its own. Strong lures are not cut so: their "s" forms are verbs as often ("helps"), and
      // other checks read a strong lure inside a word ("ledgerupdates").
      if (core.endsWith('s')) {
        for (const k of BY_END.get(pairAt(core, core.length - 3)) ?? []) {
          const plural = k + 's';
          if (core.length >= plural.length + 3 && core.endsWith(plural) && isKeywordMadePlural(plural)) cuts.push([core.slice(0, -plural.length), plural]);
        }
      }
      // Real words put together are those words, not one with a lure mistyped: "plannerbridge" is
      // "planner" and "bridge", not "planne" and "rbridge".
      const slips = depth === 0 ? slippedLuresAtEnd(core) : [];
      if (slips.length && !isCompoundOfCommonWords(core)) for (const slip of slips) if (!endsWithKeywordHolding(core, slip)) cuts.push([core.slice(0, -slip.length), slip]);
      // A brand made plural in front of a keyword is the brand: "phantomsapp".
      if (depth > 0 && core.length >= 5 && core.endsWith('s') && !core.endsWith('ss')) cuts.push([core.slice(0, -1), 's']);
      // "www" written with v's run into a name ("vwwaave"): cut as "www" is.
      const www = core[0] === 'w' || core[0] === 'v' ? WWW_AT_START.exec(core)?.[0] : undefined;
      if (www && isDisguisedWww(www) && core.length >= www.length + 3) cuts.push([core.slice(www.length), www]);
      // A protocol's version run into a name ("aavev3", "lidov2"): cut whole, not as a "v" and a number.
      if (core.length >= 5 && VERSION_AT_END.test(core)) cuts.push([core.slice(0, -2), core.slice(-2)]);
      for (const digits of [/^\d+/.exec(core), /\d+$/.exec(core)]) {
        if (digits && core.length >= digits[0].length + 3) {
          cuts.push([digits.index === 0 ? core.slice(digits[0].length) : core.slice(0, digits.index), digits[0]]);
        }
      }
      for (const [rest, k] of cuts) {
        if (seen.has(rest)) continue;
        seen.add(rest);
        const state = { core: rest, keywords: [...keywords, k] };
        out.push(state);
        next.push(state);
      }
    }
    frontier = next.slice(0, 24);
  }
  return out;
}

/** Letters of the words `startsWithWord` looks for, at least ("sok" of "sokx" is no word beside it) and at most. */
const SHORTEST_START_WORD = 4;
const LONGEST_START_WORD = 8;
const START_WORD_ENDS = new Int32Array(LONGEST_START_WORD);

/** Whether letters start with a common word of 4+ letters ("stream88"), found as `commonWordEnds` finds words. */
function startsWithWord(letters: string): boolean {
  const count = commonWordEnds(letters, 0, LONGEST_START_WORD, START_WORD_ENDS);
  return count > 0 && START_WORD_ENDS[count - 1]! >= SHORTEST_START_WORD;
}

/** Whether `word` ends with a keyword that ends with `slip` ("mexconnect" ends with "connect", which holds "onnect"): the lure is there exactly, borrowing a letter of what stands before it. */
function endsWithKeywordHolding(word: string, slip: string): boolean {
  for (const k of BY_END.get(pairAt(word, word.length - 2)) ?? []) if (k.length > slip.length && k.endsWith(slip) && word.endsWith(k)) return true;
  return false;
}
