/** @module Which writing systems a name uses, restricted characters, and whole-script lookalikes (UTS #39 §5). */
import { ALLOWED_RANGES } from './data/identifier-status.generated.ts';

const SCRIPTS: Array<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];

/** Script combinations UTS #39's "highly restrictive" level accepts: how Japanese, Chinese and Korean are written. */
const ACCEPTED_MIXES = [
  ['Latin', 'Han', 'Hiragana', 'Katakana'],
  ['Latin', 'Han', 'Bopomofo'],
  ['Latin', 'Han', 'Hangul'],
];

function scriptOf(ch: string): string | null {
  const code = ch.charCodeAt(0);
  // ASCII, the common case, without the Unicode property tests.
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 'Latin' : null;
  if (!/\p{L}/u.test(ch)) return null; // digits, hyphens, marks: Common and Inherited go with any script
  for (const [name, pattern] of SCRIPTS) if (pattern.test(ch)) return name;
  return 'Other';
}

/** The scripts of a name's letters, in order of first appearance. */
export function scriptsOf(text: string): string[] {
  const found: string[] = [];
  for (const ch of text) {
    const script = scriptOf(ch);
    if (script && !found.includes(script)) found.push(script);
  }
  return found;
}

/** Whether a name mixes scripts in a way no single language writes (Latin with Cyrillic, say). */
export function isMixedScript(scripts: string[]): boolean {
  if (scripts.length < 2) return false;
  return !ACCEPTED_MIXES.some((mix) => scripts.every((s) => mix.includes(s)));
}

/** Characters whose identifier status is Restricted: not in any modern, recommended script. */
export function restrictedCharacters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) continue;
    let allowed = false;
    for (let i = 0; i < ALLOWED_RANGES.length && ALLOWED_RANGES[i]! <= code; i += 2) {
      if (code <= ALLOWED_RANGES[i + 1]!) allowed = true;
    }
    if (!allowed) out.push(ch);
  }
  return out;
}
