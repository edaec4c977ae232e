/** @module Names that say what is on a platform ("whats-on-netflix"): the brand named as a place, not as itself. */
import { spellsRealWords } from './keywords.ts';
import { isCommonWord } from './names.ts';

/**
 * Whether the letters before a brand are words then "on" ("whatson", "new-on"): the brand named as
 * where something is shown ("whats-on-netflix", "live-on-instagram"), a guide to what is on a
 * platform, which phishing does not write. ("logon" and "signon" are lures: callers ask this only
 * where no lure stands beside the brand.)
 */
export function readsAsShownOn(before: string): boolean {
  const letters = before.replace(/[^a-z]/g, '');
  if (letters.length < 4 || !letters.endsWith('on')) return false;
  const words = letters.slice(0, -2);
  return isCommonWord(words) || spellsRealWords(words);
}
