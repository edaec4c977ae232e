/** @module Skeletons (UTS #39 §4, extended): two strings that look alike get the same skeleton. */
import { CONFUSABLES } from './data/confusables.generated.ts';

const PROTOTYPE = new Map<string, string>();
const NAMES = new Map<string, string>();
for (const [source, prototype, name] of CONFUSABLES) {
  PROTOTYPE.set(source, prototype);
  NAMES.set(source, name);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Whether a text is all ASCII, as most pieces of names are. */
export const isAscii = (text: string): boolean => ASCII.test(text);

/** Whether a character code is a lower-case ASCII letter, a to z. */
export const isLowerLetter = (code: number): boolean => code >= 97 && code <= 122;

/**
 * Visual classes that UTS #39 leaves apart in lower-case Latin, as browsers' lookalike checks also
 * merge them: rn reads as m, vv as w, cl as d. (1, I and l, and 0 and O, are already one class in UTS #39.)
 * They give a second form to compare rather than replacing the skeleton: "icioud" is one letter from
 * "icloud", but two from its visual form "idoud".
 */
export const ASCII_CLASSES: ReadonlyArray<[RegExp, string]> = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/**
 * Stroked and barred letters that read as their plain Latin letter but that UTS #39 maps elsewhere
 * (Greek ε becomes ꞓ, not e), or leaves alone; and the prototypes UTS #39 gives Cyrillic ь (ƅ) and
 * Greek κ and Cyrillic к (ĸ), which read as b and k, as Chrome's IDN spoof checker also reads them,
 * Cyrillic м and т (ʍ, ᴛ; small capital M and T, and Greek τ), which read as m and t ("metaмask"), the
 * other small capitals Cyrillic в and н stand for (ʙ, ʜ) and ʀ and ɴ, dotless ȷ, and Greek ω, a w.
 */
const STROKED_LETTERS: Array<[letter: string, readsAs: string, name: string]> = [
  ['ꞓ', 'e', 'LATIN SMALL LETTER C WITH BAR'],
  ['ɛ', 'e', 'LATIN SMALL LETTER OPEN E'],
  ['ɇ', 'e', 'LATIN SMALL LETTER E WITH STROKE'],
  ['ł', 'l', 'LATIN SMALL LETTER L WITH STROKE'],
  ['ø', 'o', 'LATIN SMALL LETTER O WITH STROKE'],
  ['đ', 'd', 'LATIN SMALL LETTER D WITH STROKE'],
  ['ħ', 'h', 'LATIN SMALL LETTER H WITH STROKE'],
  ['ŧ', 't', 'LATIN SMALL LETTER T WITH STROKE'],
  ['ƀ', 'b', 'LATIN SMALL LETTER B WITH STROKE'],
  ['ɨ', 'i', 'LATIN SMALL LETTER I WITH STROKE'],
  ['ʉ', 'u', 'LATIN SMALL LETTER U BAR'],
  ['ꝁ', 'k', 'LATIN SMALL LETTER K WITH STROKE'],
  ['ƅ', 'b', 'LATIN SMALL LETTER TONE SIX'],
  ['ĸ', 'k', 'LATIN SMALL LETTER KRA'],
  ['ʍ', 'm', 'LATIN SMALL LETTER TURNED W'],
  ['ᴛ', 't', 'LATIN LETTER SMALL CAPITAL T'],
  ['ʙ', 'b', 'LATIN LETTER SMALL CAPITAL B'],
  ['ʜ', 'h', 'LATIN LETTER SMALL CAPITAL H'],
  ['ʀ', 'r', 'LATIN LETTER SMALL CAPITAL R'],
  ['ɴ', 'n', 'LATIN LETTER SMALL CAPITAL N'],
  ['ȷ', 'j', 'LATIN SMALL LETTER DOTLESS J'],
  ['ω', 'w', 'GREEK SMALL LETTER OMEGA'],
];
const STROKED = Object.fromEntries(STROKED_LETTERS.map(([letter, readsAs]) => [letter, readsAs]));
/** Their names, which the confusables data (whose sources it names) does not give: they are its prototypes or absent. */
const STROKED_NAMES = new Map(STROKED_LETTERS.map(([letter, , name]) => [letter, name]));
const STROKED_PATTERN = new RegExp(`[${Object.keys(STROKED).join('')}]`, 'gu');
/** Most keys have none of the pairs or letters above: one test spares them the replacements. */
const NEEDS_VISUAL = /rn|vv|cl|[^\x00-\x7f]/;

/** A skeleton with the ASCII visual classes merged: visualForm('rnetamask') === 'metamask'. */
export function visualForm(key: string): string {
  if (!NEEDS_VISUAL.test(key)) return key;
  let out = key.replace(STROKED_PATTERN, (ch) => STROKED[ch]!);
  for (const [pattern, replacement] of ASCII_CLASSES) out = out.replace(pattern, replacement);
  return out;
}

/** A skeleton with runs of one letter cut to one: "mettammask" and "metamask" both give "metamask". */
export const collapsedForm = (key: string): string => (hasRun(key) ? key.replace(/(.)\1+/g, '$1') : key);

/** Whether a letter follows itself: most keys have no run, and a scan spares them the replacement. */
function hasRun(key: string): boolean {
  for (let i = 1; i < key.length; i++) if (key.charCodeAt(i) === key.charCodeAt(i - 1)) return true;
  return false;
}

const MARKS = /\p{M}/gu;

/**
 * The skeleton of a name: NFD, each character replaced by its confusable prototype, NFD again, lower
 * case, and combining marks dropped (so accents do not hide a brand).
 * @example skeleton('bіnance') === skeleton('binance') // Cyrillic і
 */
export function skeleton(text: string): string {
  const ascii = asciiSkeleton(text);
  if (ascii !== null) return ascii;
  const cached = CACHE.get(text);
  if (cached !== undefined) return cached;
  let out = skeletonStep(text);
  // Lower-casing a prototype can yield another confusable (Ə → ǝ → ə, 𝕸 → M → m → rn).
  for (let i = 0; i < 3 && !isStable(out); i++) out = skeletonStep(out);
  if (CACHE.size >= CACHE_SIZE) CACHE.clear();
  CACHE.set(text, out);
  return out;
}

/** Digits written for letters they look like, which skeletons do not read so (they read 0 as o, and 1 as l). */
const DIGIT_LETTERS: Record<string, string> = { '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };
const READ_AS_LETTERS = /[134578]/g;

/** The text with those digits read as the letters they stand for ("gem1n1" → "gemini"). */
export const readDigitsAsLetters = (text: string): string => text.replace(READ_AS_LETTERS, (digit) => DIGIT_LETTERS[digit]!);

/**
 * The skeleton of printable ASCII text, the concatenation of each character's (precomputed below); null
 * for other text. Most characters are their own (all lower-case letters but m, digits but 0 and 1,
 * separators): the text is copied only around the others, since a million names are skeletonized
 * while an index is built and a copy per character would leave the collector a hundred megabytes.
 */
function asciiSkeleton(text: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return null;
    if (OWN_SKELETON[code]) continue;
    out += text.slice(from, i) + ASCII_SKELETON[code]!;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Recent non-ASCII pieces' skeletons: a lookup computes the same few many times (label, words, cores). */
const CACHE = new Map<string, string>();
const CACHE_SIZE = 10_000;

/** Whether a skeleton step would leave the text as it is: no character has another prototype. */
function isStable(text: string): boolean {
  for (const ch of text) {
    const prototype = PROTOTYPE.get(ch);
    if ((prototype !== undefined && prototype !== ch) || fullwidthToAscii(ch) !== ch) return false;
  }
  return text === text.normalize('NFD');
}

function skeletonStep(text: string): string {
  let mapped = '';
  for (const ch of text.normalize('NFD')) {
    const folded = fullwidthToAscii(ch);
    mapped += PROTOTYPE.get(folded) ?? folded;
  }
  return mapped.normalize('NFD').toLowerCase().replace(MARKS, '');
}

/** Offset of the full-width forms of printable ASCII (U+FF01–FF5E) from ASCII itself. */
const FULLWIDTH_OFFSET = 0xfee0;

/**
 * The ASCII character a full-width form stands for ("ｂ" → "b"), else the character. UTS #39 lists
 * few of them as confusables (its skeleton uses NFD, not the compatibility mapping that folds them):
 * extended here, as they are ASCII drawn wider ("ｂｉｎａｎｃｅ").
 */
function fullwidthToAscii(ch: string): string {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - FULLWIDTH_OFFSET) : ch;
}

/**
 * The marks precomposed Latin letters carry, as their Unicode names spell them ("LATIN SMALL LETTER I
 * WITH ACUTE"). The confusables data names only the characters it maps, and "í" is not one of them:
 * UTS #39 reads it as "i" with a mark, which the skeleton drops.
 */
const MARK_NAMES: Record<string, string> = {
  '\u0300': 'GRAVE', '\u0301': 'ACUTE', '\u0302': 'CIRCUMFLEX', '\u0303': 'TILDE', '\u0304': 'MACRON',
  '\u0306': 'BREVE', '\u0307': 'DOT ABOVE', '\u0308': 'DIAERESIS', '\u0309': 'HOOK ABOVE', '\u030a': 'RING ABOVE',
  '\u030b': 'DOUBLE ACUTE', '\u030c': 'CARON', '\u030f': 'DOUBLE GRAVE', '\u0311': 'INVERTED BREVE', '\u031b': 'HORN',
  '\u0323': 'DOT BELOW', '\u0324': 'DIAERESIS BELOW', '\u0325': 'RING BELOW', '\u0326': 'COMMA BELOW', '\u0327': 'CEDILLA',
  '\u0328': 'OGONEK', '\u032d': 'CIRCUMFLEX BELOW', '\u032e': 'BREVE BELOW', '\u0330': 'TILDE BELOW', '\u0331': 'LINE BELOW',
};

/** "LATIN SMALL LETTER U WITH DIAERESIS AND MACRON" for "ǖ": an ASCII letter and the marks it decomposes to. */
function accentedLatinName(ch: string): string | undefined {
  // A sign that only decomposes to a letter (U+212B ANGSTROM SIGN) has a name of its own: not spelled here.
  if (ch.normalize('NFC') !== ch) return undefined;
  const [base, ...marks] = ch.normalize('NFD');
  if (!base || !marks.length || !/^[a-zA-Z]$/.test(base) || !marks.every((m) => MARK_NAMES[m])) return undefined;
  const letter = `LATIN ${base === base.toLowerCase() ? 'SMALL' : 'CAPITAL'} LETTER ${base.toUpperCase()}`;
  return `${letter} WITH ${marks.map((m) => MARK_NAMES[m]).join(' AND ')}`;
}

const DIGIT_NAMES = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

/** An ASCII digit's or letter's Unicode name ("DIGIT FOUR" for the "4" of "m3tam4sk"), which the data has for a few only. */
function asciiName(ch: string): string | undefined {
  if (/^[0-9]$/.test(ch)) return `DIGIT ${DIGIT_NAMES[Number(ch)]}`;
  if (/^[a-z]$/.test(ch)) return `LATIN SMALL LETTER ${ch.toUpperCase()}`;
  return /^[A-Z]$/.test(ch) ? `LATIN CAPITAL LETTER ${ch}` : undefined;
}

/** The Unicode name of a character, for explanations: from the confusables data, or worked out for ASCII and accented Latin letters, else its code point only. */
function characterName(ch: string): string | undefined {
  return NAMES.get(ch) ?? STROKED_NAMES.get(ch) ?? asciiName(ch) ?? accentedLatinName(ch) ?? fullwidthName(ch);
}

/** "FULLWIDTH LATIN SMALL LETTER B" for "ｂ": the name of the ASCII letter or digit it is drawn from. */
function fullwidthName(ch: string): string | undefined {
  const ascii = fullwidthToAscii(ch);
  const name = ascii === ch ? undefined : asciiName(ascii);
  return name && `FULLWIDTH ${name}`;
}

/** `U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I`, or just the code point when the name is unknown. */
export function describeCharacter(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = characterName(ch);
  return name ? `${code} ${name}` : code;
}

/** The skeleton of each ASCII character, computed once the long way: ASCII text needs no normalization. */
const ASCII_SKELETON: string[] = Array.from({ length: 128 }, (_, code) => {
  let out = skeletonStep(String.fromCharCode(code));
  for (let i = 0; i < 3 && !isStable(out); i++) out = skeletonStep(out);
  return out;
});
/** OWN_SKELETON[code] is 1 when that ASCII character is its own skeleton. */
const OWN_SKELETON = Uint8Array.from(ASCII_SKELETON, (prototype, code) => (prototype === String.fromCharCode(code) ? 1 : 0));
