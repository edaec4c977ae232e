/**
 * @module The typosquatting classes of dnstwist (the open-source domain permutation engine), written
 * anew for the tests: every variant of a name in each class, as a phisher's tool would register them.
 */

/** QWERTY neighbours (side by side and diagonal) of each key, as dnstwist's keyboard map. */
const NEIGHBOURS: Record<string, string> = {
  '1': '2q', '2': '13qw', '3': '24we', '4': '35er', '5': '46rt', '6': '57ty', '7': '68yu', '8': '79ui', '9': '80io', '0': '9op',
  q: '12wa', w: '23qeas', e: '34wrsd', r: '45etdf', t: '56ryfg', y: '67tugh', u: '78yihj', i: '89uojk', o: '90ipkl', p: '0ol',
  a: 'qwsz', s: 'weadzx', d: 'ersfxc', f: 'rtdgcv', g: 'tyfhvb', h: 'yugjbn', j: 'uihknm', k: 'iojlm', l: 'opk',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

const VOWELS = 'aeiou';
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Look-alike characters phishers write for Latin letters: other scripts, marks, digits and letter groups. */
const GLYPHS: Record<string, string[]> = {
  a: ['а', 'à', 'á', 'â', 'ä', 'ɑ', 'α'], b: ['ь', 'ḃ'], c: ['с', 'ç'], d: ['cl', 'ԁ'], e: ['е', 'é', 'è', 'ê', 'ë'],
  g: ['ɡ', 'ġ'], h: ['һ'], i: ['і', 'í', 'ì', '1', 'l'], j: ['ј'], k: ['κ'], l: ['1', 'ӏ', 'ⅼ'], m: ['rn', 'ṃ'],
  n: ['ո', 'ñ'], o: ['о', 'ο', '0', 'ó', 'ö'], p: ['р', 'ρ'], q: ['ԛ'], s: ['ѕ', '5'], t: ['ţ'], u: ['υ', 'ü', 'ú'],
  v: ['ν'], w: ['vv', 'ԝ'], x: ['х'], y: ['у', 'ý'], z: ['ż'],
};

const LURES = ['login', 'support', 'secure', 'verify', 'wallet', 'account', 'online', 'app', 'help', 'official'];

const at = (name: string, i: number, text: string, skip = 1) => name.slice(0, i) + text + name.slice(i + skip);
const positions = (name: string) => [...name].map((_, i) => i);

/** Each class: the variants of a name (without its suffix), repeats and the name itself included. */
export const TYPO_CLASSES: Record<string, (name: string) => string[]> = {
  /** A character added at the end. */
  addition: (name) => [...ALPHANUMERIC].map((ch) => name + ch),
  /** One bit of one character flipped, where it gives another letter, digit or hyphen. */
  bitsquatting: (name) =>
    positions(name).flatMap((i) =>
      [1, 2, 4, 8, 16, 32, 64, 128].map((bit) => String.fromCharCode(name.charCodeAt(i) ^ bit)).filter((ch) => /[a-z0-9]/.test(ch)).map((ch) => at(name, i, ch)),
    ),
  /** A hyphen put between two characters. */
  hyphenation: (name) => positions(name).slice(1).map((i) => at(name, i, '-', 0)),
  /** A neighbouring key's character put before or after a character inside the name. */
  insertion: (name) => positions(name).slice(1, -1).flatMap((i) => [...(NEIGHBOURS[name[i]!] ?? '')].flatMap((ch) => [at(name, i, ch, 0), at(name, i + 1, ch, 0)])),
  /** One character left out. */
  omission: (name) => positions(name).map((i) => at(name, i, '')),
  /** One character doubled. */
  repetition: (name) => positions(name).map((i) => at(name, i, name[i]!, 0)),
  /** One character replaced by a neighbouring key's. */
  replacement: (name) => positions(name).flatMap((i) => [...(NEIGHBOURS[name[i]!] ?? '')].map((ch) => at(name, i, ch))),
  /** Two neighbouring characters swapped. */
  transposition: (name) => positions(name).slice(0, -1).map((i) => at(name, i, name[i + 1]! + name[i]!, 2)),
  /** One vowel replaced by another. */
  'vowel swap': (name) => positions(name).flatMap((i) => (VOWELS.includes(name[i]!) ? [...VOWELS].filter((v) => v !== name[i]).map((v) => at(name, i, v)) : [])),
  /** One character written with a look-alike. */
  homoglyph: (name) => positions(name).flatMap((i) => (GLYPHS[name[i]!] ?? []).map((glyph) => at(name, i, glyph))),
  /** The name beside a lure, hyphenated or joined, before or after. */
  dictionary: (name) => LURES.flatMap((lure) => [`${name}-${lure}`, `${lure}-${name}`, `${name}${lure}`, `${lure}${name}`]),
};
