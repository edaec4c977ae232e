/** @module Industry words that are nobody's brand on their own ("crypto" of crypto.com), used only in joined forms. */

/**
 * Hand-kept: words of finance, crypto and the web that many legitimate names contain. A brand whose
 * domain label is one of them is recognized only joined to its suffix or as its full name
 * ("cryptocom", "Crypto.com"), never as the bare word: crypto-news.com imitates nobody.
 */
const GENERIC = [
  'crypto', 'bitcoin', 'btc', 'eth', 'ether', 'ethereum', 'blockchain', 'block', 'chain', 'token', 'tokens',
  'coin', 'coins', 'wallet', 'wallets', 'exchange', 'swap', 'defi', 'nft', 'nfts', 'dao', 'dex', 'web3',
  'finance', 'financial', 'bank', 'banking', 'pay', 'payments', 'cash', 'money', 'invest', 'capital', 'fund',
  'trade', 'trading', 'market', 'markets', 'gold', 'global', 'digital', 'online', 'cloud', 'data', 'mail',
  'news', 'app', 'apps', 'web', 'net', 'tech', 'labs', 'group', 'world', 'home', 'shop', 'store', 'example',
];

const GENERIC_SET = new Set(GENERIC);

export const isGenericWord = (word: string): boolean => GENERIC_SET.has(word);
