/** @module Industry words that count as common words: "crypto" of crypto.com is imitated only beside a lure. */

/**
 * Hand-kept: words of finance, crypto and the web that many legitimate names contain, and that the
 * English frequency list ranks too low to call common. A brand named by one of them is recognized
 * whole and beside lures ("crypto-support"), never bare: crypto-news.com imitates nobody.
 */
export const GENERIC_WORDS: readonly string[] = [
  'crypto', 'cryptocurrency', 'cryptocurrencies', 'bitcoin', 'btc', 'eth', 'ether', 'ethereum', 'blockchain',
  'block', 'chain', 'token', 'tokens',
  'coin', 'coins', 'wallet', 'wallets', 'exchange', 'swap', 'defi', 'nft', 'nfts', 'dao', 'dex', 'web3',
  'finance', 'financial', 'bank', 'banking', 'pay', 'payments', 'cash', 'money', 'invest', 'capital', 'fund',
  'trade', 'trading', 'market', 'markets', 'gold', 'global', 'digital', 'online', 'cloud', 'data', 'mail',
  'news', 'app', 'apps', 'web', 'net', 'tech', 'labs', 'group', 'world', 'home', 'shop', 'store', 'example', 'mining',
];

const GENERIC_SET = new Set(GENERIC_WORDS);

export const isGenericWord = (word: string): boolean => GENERIC_SET.has(word);

/**
 * The industry's words of money and trading, and "xchange" as exchanges are written: beside a brand
 * named by a common word ("finance-curve", "xchange-gemini", "google-coin") they say its sense is
 * the organization's trade, not the word's. (What an exchange or a swap is counts more, as a lure in
 * the brand's own label: `TRADE_WORDS`.)
 */
const MONEY_WORDS = new Set([
  'finance', 'financial', 'xchange', 'dex', 'fund', 'funds', 'coin', 'coins', 'trade', 'trading',
  'invest', 'investment', 'token', 'tokens', 'defi', 'bank', 'capital',
]);

export const isMoneyWord = (word: string): boolean => MONEY_WORDS.has(word);
