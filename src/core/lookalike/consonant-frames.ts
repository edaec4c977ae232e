/**
 * @module A name's consonants in order (its frame), and the official names by their frames: how brands
 * scrambled past the typo floors are found ("ckraikenilogen" holds kraken's k-r-k-n).
 */
import { hashString } from '../string-hash.ts';
import { HashPairs, StaticHashMultiMap } from '../static-hash-table.ts';

/**
 * Letters a consonant frame leaves out: phishers who scramble a name change, double and drop its
 * vowels ("kuoeciune" for kucoin), and readers skim over them. "y" reads as a vowel as often as not.
 */
export const VOWELS: ReadonlySet<string> = new Set('aeiouy');

/**
 * Consonants written for one another by ear: a hard "c" and "q" are a "k" ("craikin" for kraken), a "j"
 * a soft "g" ("jemzini" for gemini).
 */
const SOUND_OF: Record<string, string> = { c: 'k', q: 'k', j: 'g' };

/** Consonants a name's frame needs at least: shorter frames are inside too many other names. */
export const MIN_FRAME = 3;
/** Consonants a name's frame has at most to be searched for (longer names keep their likeness in typos). */
export const MAX_FRAME = 9;

/**
 * A text's consonants in order, by sound ("c", "k" and "q" one, "j" and "g" one), a letter doubled in the text counted
 * once ("kuucoiin" → "kkn"; "ck" → "k"), with each one's place in the text; null for text with
 * anything but ASCII letters.
 */
export function consonantFrame(text: string): { frame: string; at: number[] } | null {
  let frame = '';
  const at: number[] = [];
  let previous = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch < 'a' || ch > 'z') return null;
    if (VOWELS.has(ch)) {
      previous = '';
      continue;
    }
    const sound = SOUND_OF[ch] ?? ch;
    if (sound === previous) continue;
    frame += sound;
    at.push(i);
    previous = sound;
  }
  return { frame, at };
}

/**
 * The official names by their consonant frames (of MIN_FRAME to MAX_FRAME consonants): frame hash →
 * name, about 5 bytes each (1.0 MB at a million channels, where most of the 342,000 names have one).
 */
export class ConsonantFrames {
  readonly #byFrame: StaticHashMultiMap;

  /** `raws[id]` for every id `isSearched` takes: the names as written. */
  constructor(raws: readonly string[], isSearched: (id: number) => boolean) {
    const pairs = new HashPairs(raws.length);
    for (let id = 0; id < raws.length; id++) {
      if (!isSearched(id)) continue;
      const frame = consonantFrame(raws[id]!)?.frame;
      if (frame && frame.length >= MIN_FRAME && frame.length <= MAX_FRAME) pairs.add(hashString(frame), id);
    }
    this.#byFrame = new StaticHashMultiMap(pairs);
  }

  /** The names whose frame may be `frame` (a hash's: callers compare the frames). */
  namesFramed(frame: string): number[] {
    const found: number[] = [];
    this.#byFrame.seek(hashString(frame));
    for (let id = this.#byFrame.next(); id !== -1; id = this.#byFrame.next()) found.push(id);
    return found;
  }

  get bytes(): number {
    return this.#byFrame.bytes;
  }
}
