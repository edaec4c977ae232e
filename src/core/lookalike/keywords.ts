/** @module Words phishers join to a brand ("binance-support", "secure-okx-login"), found inside names. */

/** Longest first, so "verification" is taken before "verify" when a name is cut into words. */
export const KEYWORDS: readonly string[] = [
  'support', 'help', 'helpdesk', 'desk', 'service', 'services', 'care', 'customer', 'contact', 'assist',
  'login', 'signin', 'logon', 'auth', 'account', 'accounts', 'secure', 'security', 'safe', 'safety',
  'verify', 'verification', 'validate', 'validation', 'confirm', 'kyc', 'unlock', 'recover', 'recovery',
  'restore', 'reset', 'update', 'upgrade', 'sync', 'connect', 'dapp', 'wallet', 'wallets', 'official',
  'team', 'admin', 'staff', 'agent', 'airdrop', 'airdrops', 'giveaway', 'giveaways', 'bonus', 'bonuses',
  'reward', 'rewards', 'claim', 'claims', 'gift', 'gifts', 'promo', 'free', 'drop', 'event', 'events',
  'refund', 'refunds', 'payment', 'payments', 'pay', 'billing', 'invoice', 'alert', 'alerts', 'notice',
  'center', 'centre', 'portal', 'online', 'web', 'app', 'apps', 'live', 'mobile', 'download', 'install',
  'exchange', 'trade', 'trading', 'invest', 'staking', 'stake', 'mint', 'nft', 'nfts', 'token', 'tokens',
  'swap', 'bridge', 'defi', 'pro', 'vip', 'global', 'info', 'news', 'us', 'uk', 'eu', 'my', 'get', 'go',
  'hq', 'inc', 'io', 'net', 'com', 'org', 'www', 'chat', 'bot', 'group', 'community', 'channel',
].sort((a, b) => b.length - a.length);

const KEYWORD_SET = new Set(KEYWORDS);

/**
 * Keywords that only make sense as a lure (support, login, verify, airdrop…): a brand that is also a
 * common word ("ledger", "kraken") counts as imitated only next to one of these.
 */
export const STRONG_KEYWORDS = new Set([
  'support', 'help', 'helpdesk', 'desk', 'service', 'care', 'customer', 'login', 'signin', 'logon', 'auth',
  'account', 'accounts', 'secure', 'security', 'verify', 'verification', 'validate', 'validation', 'confirm',
  'kyc', 'unlock', 'recover', 'recovery', 'restore', 'reset', 'update', 'upgrade', 'sync', 'connect', 'dapp',
  'wallet', 'official', 'team', 'admin', 'staff', 'agent', 'airdrop', 'airdrops', 'giveaway', 'giveaways',
  'bonus', 'reward', 'rewards', 'claim', 'claims', 'gift', 'gifts', 'promo', 'refund', 'refunds', 'billing',
  'alert', 'alerts', 'notice', 'portal', 'live', 'download', 'install', 'mint', 'staking', 'bridge',
]);

export const isKeyword = (word: string) => KEYWORD_SET.has(word);

/**
 * Cuts keywords off both ends of a joined word: "secureokxlogin" → { core: 'okx', keywords: ['secure', 'login'] }.
 * Returns the core as it is when no keyword surrounds it.
 */
export function stripKeywords(word: string): { core: string; keywords: string[] } {
  const keywords: string[] = [];
  let core = word;
  for (let changed = true; changed; ) {
    changed = false;
    for (const k of KEYWORDS) {
      if (core.length > k.length + 2 && core.startsWith(k)) {
        keywords.push(k);
        core = core.slice(k.length);
        changed = true;
      } else if (core.length > k.length + 2 && core.endsWith(k)) {
        keywords.push(k);
        core = core.slice(0, -k.length);
        changed = true;
      }
    }
  }
  return { core, keywords };
}
