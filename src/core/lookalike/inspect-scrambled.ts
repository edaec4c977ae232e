/**
 * @module Names on platforms anyone can publish on that scramble a brand past the typo floors, run into
 * a scrambled lure ("ckraikenilogen.gitbook.io": kraken and login), read by their consonants.
 */
import { consonantFrame, MAX_FRAME, MIN_FRAME, VOWELS } from './consonant-frames.ts';
import { commonSubsequence } from './edit-distance.ts';
import { quote } from './explain.ts';
import { isKeyword, spellsRealWords } from './keywords.ts';
import { LURE_FRAMES } from './lure-frames.ts';
import { compactRaw, isCommonWord } from './names.ts';
import { keptTargetsOf, type Context } from './report.ts';
import { publishedOn } from './shared-hosting.ts';

/** Letters a name needs to be read this way: shorter ones are a brand beside a lure, which other checks read. */
const MIN_LETTERS = 8;

/**
 * Vowels a scramble may add to a brand's letters between its first and last consonants, or drop: more
 * is another word. "kuucoiin" adds two to kucoin's "kucoin"; "cnbas" drops two of coinbase's "coinbas".
 * A frame of three consonants keeps every vowel's place: three consonants alone ("tns" of
 * "wlltxtnsin") are in too many names ("itunes").
 */
const MAX_ADDED = 3;
const maxDropped = (frame: string): number => (frame.length > MIN_FRAME ? 2 : 0);

/**
 * A brand whose consonants, in order, stand right before or after a lure's (or one consonant apart)
 * in a name on a platform anyone can publish on, read only when nothing else was found in it: its
 * vowels changed, doubled or dropped, its "c" a "k" ("craikinlogun", "kuoeciunelogin",
 * "mycnbasewlltxtnsin"). Real words put together are left alone ("portfolio-login"), and so is a brand
 * whose letters are a common word there ("korean-login"). A warning: the likeness is loose, the place
 * and the lure are what give it away. `text`: the name's part a publisher chose.
 */
export function inspectScrambled(ctx: Context, text: string, platform: string): void {
  const letters = compactRaw(text).replace(/[^a-z]/g, '');
  if (letters.length < MIN_LETTERS || spellsRealWords(letters)) return;
  const framed = consonantFrame(letters);
  if (!framed) return;
  const { frame, at } = framed;
  // Letters of the text from frame consonant `from` up to (not including) consonant `to`.
  const segment = (from: number, to: number) => letters.slice(at[from], at[to - 1]! + 1);
  // Letters of the text before consonant k, and after consonant k - 1 (the whole text past either end).
  const before = (k: number) => (k < frame.length ? at[k]! : letters.length);
  const after = (k: number) => (k > 0 ? letters.length - at[k - 1]! - 1 : letters.length);
  for (const lure of LURE_FRAMES) {
    for (let p = frame.indexOf(lure.frame); p >= 0; p = frame.indexOf(lure.frame, p + 1)) {
      const end = p + lure.frame.length;
      for (let gap = 0; gap <= 1; gap++) {
        for (let length = MIN_FRAME; length <= MAX_FRAME; length++) {
          // The brand before the lure ("craikin" + "logun"), then after it ("login" + "craikin").
          for (const from of [p - gap - length, end + gap]) {
            if (from < 0 || from + length > frame.length) continue;
            const to = from + length;
            const [first, last] = from < p ? [from, end] : [p, to];
            // Brand and lure are the name: at most a few letters after or between them, or another lure after.
            if (after(last) > MAX_AROUND && !startsWithLure(frame, last)) continue;
            if (gap === 1 && lettersBetween(at, from < p ? to : end, from < p ? p : from) > MAX_AROUND) continue;
            const brand = frame.slice(from, to);
            const scrambled = segment(from, to);
            if (!keepsOwnConsonants(brand) || isCommonWord(scrambled)) continue;
            const prefix = letters.slice(0, before(first));
            for (const nameId of ctx.index.frames.namesFramed(brand)) {
              const name = ctx.index.nameRaw(nameId);
              if (!isPrefix(prefix, name) || !isScrambleOf(scrambled, name, brand)) continue;
              const told = `${quote(scrambled)} has the consonants of ${quote(name)} in order with its vowels changed, beside ${quote(segment(p, end))}, read as ${quote(lure.word)}, ${publishedOn(platform)}`;
              for (const target of keptTargetsOf(ctx, nameId)) if (!ctx.findings.has(target.organization)) ctx.findings.add(target, 'typo', told, 0.7);
            }
          }
        }
      }
    }
  }
}

/** Letters a scrambled name may have after its brand and lure, or between them: vowels, a stray letter, "us". */
const MAX_AROUND = 3;

/**
 * What may stand before the brand or lure a name starts with: nothing, a keyword ("my", "us", "app") or
 * the brand's own first vowels ("o" of opensea, whose consonants start at its "p"). A word's letters
 * there make the brand's consonants a coincidence inside it ("yesterdylogin" holds no "terd",
 * "undernet" no "nodranet").
 */
const isPrefix = (letters: string, name: string): boolean => letters === '' || isKeyword(letters) || name.startsWith(letters);

/** Letters of the text from after consonant `from - 1` up to consonant `to`: what lies between two runs of consonants. */
const lettersBetween = (at: number[], from: number, to: number): number => at[to]! - at[from - 1]! - 1;

/** Whether the frame goes on with another lure at consonant k, or one consonant later ("wllt" then "xtnsin", extension). */
function startsWithLure(frame: string, k: number): boolean {
  for (const lure of LURE_FRAMES) if (frame.startsWith(lure.frame, k) || frame.startsWith(lure.frame, k + 1)) return true;
  return false;
}

/**
 * Whether `scrambled` (from its first consonant to its last) is `name` with its vowels changed: the
 * same consonant frame (checked here, as the frames' table answers by hash), about as long as the name
 * between its own first and last consonants but not the same letters, and its vowels alike
 * (`vowelsAlike`).
 */
function isScrambleOf(scrambled: string, name: string, frame: string): boolean {
  const own = consonantFrame(name);
  if (!own || own.frame !== frame) return false;
  const core = name.slice(own.at[0], own.at.at(-1)! + 1);
  if (scrambled === core || scrambled.length > core.length + MAX_ADDED || scrambled.length < core.length - maxDropped(frame)) return false;
  return vowelsAlike(vowelsOf(scrambled), vowelsOf(core), frame.length > MIN_FRAME);
}

/**
 * Whether a name's frame has MIN_FRAME consonants of its own besides a lure's at either end: "mewwallet"
 * is "m" and wallet's "wlt", which any "…m-wallet" name holds; "trustwallet" keeps "trst".
 */
function keepsOwnConsonants(frame: string): boolean {
  for (const lure of LURE_FRAMES) {
    if ((frame.endsWith(lure.frame) || frame.startsWith(lure.frame)) && frame.length - lure.frame.length < MIN_FRAME) return false;
  }
  return true;
}

/** A text's vowels in order, one of each run ("kuucoiin" → "uoi"). */
function vowelsOf(text: string): string {
  let vowels = '';
  for (const ch of text) if (VOWELS.has(ch) && vowels.at(-1) !== ch) vowels += ch;
  return vowels;
}

/**
 * Whether a scramble keeps the name's vowels, as phishers' scrambles do ("kuoeciun" holds kucoin's u, o,
 * i in order; "kraiken" kraken's a, e): with vowels added, at most one of the name's changed (none of a
 * name with one); with vowels dropped, at least one kept and every one kept the name's ("cnbas" of
 * coinbase); with as many or more, the first the name's (readers anchor on a word's start: "craikin"
 * is kraken, "coercin" is not). Other words with the same consonants change them ("tridlogin" is no
 * Tredi, "serios" no Sarous). Three consonants (`long` false) are in many more words: all the name's
 * vowels kept, and the name has some ("kuucoiin"; "tennesse" is no itunes, "coold" no icloud), or all
 * but one of three or more, the first among them ("kuicen" and "kukion" keep kucoin's u and one more).
 */
function vowelsAlike(scrambled: string, name: string, long: boolean): boolean {
  const kept = commonSubsequence(scrambled, name);
  if (scrambled.length < name.length) return long && scrambled.length > 0 && kept === scrambled.length;
  // The first vowel the name's, but in a name of three consonants and three vowels or more, whose other
  // two kept say enough ("kocioen" keeps kucoin's o and i).
  if (name.length === 0 || (scrambled[0] !== name[0] && (long || name.length < 3))) return false;
  const spared = (long && name.length >= 2) || name.length >= 3 ? 1 : 0;
  return kept >= name.length - spared;
}
