/** @module Skeletons (UTS #39 §4, extended): two strings that look alike get the same skeleton. */
import { CONFUSABLES } from './data/confusables.generated.ts';

const PROTOTYPE = new Map<string, string>();
const NAMES = new Map<string, string>();
for (const [source, prototype, name] of CONFUSABLES) {
  PROTOTYPE.set(source, prototype);
  NAMES.set(source, name);
}

/**
 * Visual classes that UTS #39 leaves apart in lower-case Latin, as browsers' lookalike checks also
 * merge them: rn reads as m, vv as w, cl as d. (1, I and l, and 0 and O, are already one class in UTS #39.)
 */
const ASCII_CLASSES: Array<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

const MARKS = /\p{M}/gu;

/**
 * The skeleton of a name: NFD, each character replaced by its confusable prototype, NFD again, lower
 * case, combining marks dropped (so accents do not hide a brand), then the visual classes above.
 * @example skeleton('bіnance') === skeleton('binance') // Cyrillic і
 * @example skeleton('rnetamask') === skeleton('metamask')
 */
export function skeleton(text: string): string {
  let out = skeletonStep(text);
  // Lower-casing a prototype can yield another confusable (Ə → ǝ → ə); ASCII results are already stable.
  for (let i = 0; i < 3 && /[^\x00-\x7f]/.test(out); i++) {
    const next = skeletonStep(out);
    if (next === out) break;
    out = next;
  }
  return out;
}

function skeletonStep(text: string): string {
  let mapped = '';
  for (const ch of text.normalize('NFD')) mapped += PROTOTYPE.get(ch) ?? ch;
  let out = mapped.normalize('NFD').toLowerCase().replace(MARKS, '');
  for (const [pattern, replacement] of ASCII_CLASSES) out = out.replace(pattern, replacement);
  return out;
}

/** The Unicode name of a character, for explanations: from the confusables data, else its code point only. */
export function characterName(ch: string): string | undefined {
  return NAMES.get(ch);
}

/** `U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I`, or just the code point when the name is unknown. */
export function describeCharacter(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = characterName(ch);
  return name ? `${code} ${name}` : code;
}
