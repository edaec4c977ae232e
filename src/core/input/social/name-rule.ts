/** @module Name rules as data: a pattern, the rule in words, and the canonical form. */
import { fail, ok, type Outcome, type Platform, type SocialContact } from '../../types.ts';
import { social } from './rule.ts';

export interface NameRule {
  /** Subject of the error message, e.g. 'An X handle'. */
  label: string;
  /** Matches a whole valid name, length limits included. */
  pattern: RegExp;
  /** The rule in words, completing "<label> has …". */
  rule: string;
  /** The form looked up in the registry; lower-case unless the platform says otherwise. */
  canonical?: (name: string) => string;
}

const lower = (name: string): string => name.toLowerCase();

/** Quotes input in messages without echoing pages of it back. */
export function shown(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Checks a name against a rule and returns its canonical form. */
function checkName(rule: NameRule, name: string): Outcome<string> {
  if (!rule.pattern.test(name)) {
    return fail('invalid_handle', `${rule.label} has ${rule.rule}; "${shown(name)}" does not.`);
  }
  return ok((rule.canonical ?? lower)(name));
}

/** Builds a rule from a character class and length limits, the common case; `lookahead` adds a constraint. */
export function nameRule(
  label: string,
  chars: string,
  min: number,
  max: number,
  words: string,
  lookahead = '',
): NameRule {
  return {
    label,
    pattern: new RegExp(`^${lookahead}[${chars}]{${min},${max}}$`),
    rule: `${min === max ? min : `${min}–${max}`} characters: ${words}`,
  };
}

/**
 * A contact whose value is the checked name, optionally dressed ('@' + name, 'r/' + name).
 * @example toContact('reddit', SUBREDDIT, 'Bitcoin', (n) => `r/${n}`) // ok: value 'r/bitcoin'
 */
export function toContact(
  platform: Platform,
  rule: NameRule,
  name: string,
  dress: (canonical: string) => string = (canonical) => canonical,
): Outcome<SocialContact> {
  const checked = checkName(rule, name);
  return checked.ok ? social(platform, dress(checked.value)) : checked;
}
