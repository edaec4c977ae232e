/**
 * @module Names on platforms anyone can publish on that respell a brand past the typo floors, letters
 * changed, added and swapped beside a lure ("kukvinloggn.webflow.io": kucoin and login), found by the
 * brand's consonants and measured in edits.
 */
import { consonantFrame, MAX_FRAME, MIN_FRAME } from './consonant-frames.ts';
import { closestWindow, commonSubsequence, type ClosestWindow } from './edit-distance.ts';
import { quote, typoDifferences } from './explain.ts';
import { isKeyword, spellsRealWords } from './keywords.ts';
import { findLure, garbledLure, MIN_GARBLED_LURE, type LureSpan } from './lure-frames.ts';
import { compactRaw, isCommonWord, isForeignWord } from './names.ts';
import { keptTargetsOf, type Context } from './report.ts';
import { isPopularSiteName } from './popular-sites.ts';
import { publishedOn } from './shared-hosting.ts';

/** Letters a name needs to be read this way: shorter ones are a brand beside a lure, which other checks read. */
const MIN_LETTERS = 8;

/**
 * Edits a respelled brand may be from the name: a phisher's respelling keeps about two letters in three
 * ("matemsak" of metamask, three edits; "kukvin" of kucoin, two; "exadus" of exodus, one), a name of 8+
 * letters written at its length or longer half ("conesbaase" of coinbase, four: `isCutShortPastThree`),
 * and in a name of 6–7 letters half of them beside a sign-in, where nothing else could be read there
 * (`isTooLoose`: "kogcinlougen" of kucoin, "gaaminelugen" of gemini, three edits). Names of 5 letters take none
 * here: in a registry of many names nearly every short made-up word is an edit or two from one (the
 * typo checks read them, with evidence).
 */
const editsAllowed = (length: number): number => (length >= 8 ? 4 : length >= 6 ? 3 : 0);

/**
 * Whether a name of 6–7 letters respelled with three edits is too loose a likeness to count: half of
 * six letters is any word's, so it counts only beside a sign-in (the page such respellings lead to:
 * "kogcinlougen", "gaaminelugen"; a made-up product's "kalkinhelp" or "torlezerwallet" is its own), as
 * all the letters on its side of the lure, and not when those are a word of another language
 * ("kochanie-login") or a popular site's name ("garmin-login"). A made-up name with a letter more
 * ("login-gemubon") is a name of its own. Names of 8+ letters keep their likeness through three.
 */
function isTooLoose(side: string, found: ClosestWindow, name: string, lure: string): boolean {
  if (found.distance < 3 || name.length >= 8) return false;
  return !SIGN_IN.has(lure) || found.start > 0 || found.end < side.length || isForeignWord(side) || isPopularSiteName(side);
}

const SIGN_IN = new Set(['login', 'logon', 'signin']);

/**
 * Whether a respelling of a name of 6–7 letters takes its second edit by leaving letters out ("stran"
 * of steron): such names shortened are other words. Changed, added and swapped letters keep the
 * name's length, and its likeness ("kukvin", "nucein" of kucoin).
 */
const isShortened = (respelled: string, name: string, distance: number): boolean => distance >= 2 && name.length < 8 && respelled.length < name.length;

/**
 * Whether a respelling of a name of 8+ letters takes a fourth edit while shorter than the name or with
 * another first letter: such a stretch keeps too little of it ("mesusk" of metamask, "urbattem" of
 * arbitrum). One at least as long, from the same first letter, keeps its likeness ("conesbaase" of coinbase).
 */
const isCutShortPastThree = (respelled: string, name: string, distance: number): boolean => distance > 3 && (respelled.length < name.length || respelled[0] !== name[0]);

/**
 * Letters a name may hold besides the brand and its lure, before, between and after them: a stray
 * letter, a short word ("us", "app") or a campaign's tag ("galo" between "instagaram" and "chka", read
 * as check). More are words of their own, which make the brand's letters a coincidence across them
 * ("magma-literate" holds no "gmail").
 */
const MAX_AROUND = 5;

/** A brand respelled in a name: which name, where, how far, beside which lure. */
interface Respelling {
  nameId: number;
  window: ClosestWindow;
  lure: LureSpan;
  /** The lure's letters as written. */
  lureText: string;
}

/**
 * A brand respelled past the typo floors beside a lure, in a name on a platform anyone can publish on,
 * read only when nothing else was found there: its consonants in order but for one added
 * ("kukvin", kucoin's "kkn" with a "v"), or all of them ("matemsak"), its letters a few edits from the
 * name (`editsAllowed`), a lure written out or by its consonants right beside it ("loggn", or a
 * sign-in or wallet with a consonant slipped: "loghin"), and little else in the name. Real words put
 * together are left alone ("portfolio-tutor-login"), and so is a stretch that is a common word, an
 * alias (`probeFrame`) or a short name cut shorter (`isShortened`). A warning, as the likeness is
 * loose: the place and the lure give it away. `text`: the name's part a publisher chose.
 */
export function inspectRespelled(ctx: Context, text: string, platform: string): void {
  const letters = compactRaw(text).replace(/[^a-z]/g, '');
  if (letters.length < MIN_LETTERS || spellsRealWords(letters)) return;
  let best: Respelling | null = null;
  for (const { offset, side, names } of sidesOfLure(ctx, letters)) {
    // Real words on the lure's side are those words, whatever brand their letters are edits from ("muttmuscular", "consisted").
    if (names.size && (spellsRealWords(side) || isCommonWord(side))) continue;
    for (const nameId of names) {
      const name = ctx.index.nameRaw(nameId);
      const found = closestWindow(name, side, editsAllowed(name.length));
      // Written whole, the name is found by the checks for brands inside names.
      if (!found || found.distance === 0) continue;
      const respelled = side.slice(found.start, found.end);
      if (isCommonWord(respelled) || onlyVowelsChanged(respelled, name, found.distance) || isShortened(respelled, name, found.distance) || isCutShortPastThree(respelled, name, found.distance)) continue;
      const window = { distance: found.distance, start: offset + found.start, end: offset + found.end };
      const lure = lureBeside(letters, window);
      if (!lure || isTooLoose(side, found, name, lure.word)) continue;
      if (!best || window.distance / name.length < best.window.distance / ctx.index.nameRaw(best.nameId).length) {
        best = { nameId, window, lure, lureText: letters.slice(lure.start, lure.end) };
      }
    }
  }
  if (!best) return;
  const { nameId, window, lure, lureText } = best;
  const respelled = letters.slice(window.start, window.end);
  const lureTold = lureText === lure.word ? quote(lure.word) : `${quote(lureText)}, read as ${quote(lure.word)}`;
  const told = `${typoDifferences(respelled, ctx.index.nameRaw(nameId), window.distance)}, beside ${lureTold}, ${publishedOn(platform)}`;
  for (const target of keptTargetsOf(ctx, nameId)) ctx.findings.add(target, 'typo', told, 0.65);
}

/** The letters on one side of a name's lure (`letters[offset, offset + side.length)`) and the names they may hold respelled. */
interface LureSide {
  offset: number;
  side: string;
  names: Set<number>;
}

/**
 * The letters on either side of a name's first lure, each with the names whose consonants may be those
 * of a brand there: with at most MAX_AROUND letters beside the brand, its consonants begin among the
 * side's first ones and end among its last, or leave one of those out (an added "v" in "kukvin"), or swap
 * two of them. The frames' table answers each by hash: the cost grows with the name, not the registry.
 */
function sidesOfLure(ctx: Context, letters: string): LureSide[] {
  const lure = findKitLure(letters);
  if (!lure) return [];
  const before = letters.slice(0, lure.start);
  const after = letters.slice(lure.end);
  const sides = [
    { offset: 0, side: before, names: new Set<number>() },
    { offset: lure.end, side: after, names: new Set<number>() },
  ];
  // Words in front of the brand ("getting" of "gettingmetamsk-login", "website" of "website--mtamsken-logen"):
  // the brand's side starts after them.
  for (let cut = MIN_CUT_WORDS; before.length - cut >= MIN_BRAND_SIDE; cut++) {
    const words = before.slice(0, cut);
    if (spellsRealWords(words) || isKeyword(words)) sides.push({ offset: cut, side: before.slice(cut), names: new Set<number>() });
  }
  // After the lure, the brand may end where another lure or words begin ("treozio" of "help-treozio-support",
  // "treoz" of "help-treozhardware").
  const next = findLure(after, true);
  if (next && next.start >= MIN_BRAND_SIDE) sides.push({ offset: lure.end, side: after.slice(0, next.start), names: new Set<number>() });
  for (let cut = MIN_BRAND_SIDE; after.length - cut >= MIN_CUT_WORDS; cut++) {
    const words = after.slice(cut);
    if (spellsRealWords(words) || isKeyword(words)) sides.push({ offset: lure.end, side: after.slice(0, cut), names: new Set<number>() });
  }
  return sides.map((side) => {
    const frame = consonantFrame(side.side)?.frame ?? '';
    forEachStretch(frame, (stretch) => {
      if (stretch.length <= MAX_FRAME) probeFrame(ctx, stretch, side.side.length, side.names);
      // Leaving out the stretch's first or last consonant is a shorter stretch, probed on its own.
      for (let k = 1; k + 1 < stretch.length; k++) if (stretch.length - 1 <= MAX_FRAME) probeFrame(ctx, stretch.slice(0, k) + stretch.slice(k + 1), side.side.length, side.names);
      // Two neighbouring consonants swapped after the first ("knsb" of "coinsbiae" for coinbase's "knbs").
      for (let k = 1; k + 1 < stretch.length; k++) if (stretch.length <= MAX_FRAME && stretch[k] !== stretch[k + 1]) probeFrame(ctx, stretch.slice(0, k) + stretch[k + 1] + stretch[k] + stretch.slice(k + 2), side.side.length, side.names);
    });
    // Only where none of those holds a name, one of the name's consonants left out after the first ("mtmk"
    // of "mettamck" for metamask's "mtmsk", "trz" of "treozio" for trezor's "trzr"): seventeen probes a
    // place, the dearest reading.
    if (!side.names.size) {
      forEachStretch(frame, (stretch) => {
        if (stretch.length + 1 <= MAX_FRAME) for (let k = 1; k <= stretch.length; k++) for (const c of FRAME_CONSONANTS) probeFrame(ctx, stretch.slice(0, k) + c + stretch.slice(k), side.side.length, side.names);
      });
    }
    return side;
  });
}

/** Letters of the words `sidesOfLure` cuts off beside a brand, at least, and of the brand's side it leaves. */
const MIN_CUT_WORDS = 3;
const MIN_BRAND_SIDE = 5;

/** Each stretch of a side's frame a brand may be: starting among its first consonants and ending among its last. */
function forEachStretch(frame: string, probe: (stretch: string) => void): void {
  for (let from = 0; from <= Math.min(EDGE_CONSONANTS, frame.length - MIN_FRAME); from++) {
    for (let to = Math.max(from + MIN_FRAME, frame.length - EDGE_CONSONANTS); to <= frame.length; to++) probe(frame.slice(from, to));
  }
}

/** The consonants a frame is written with (see `consonantFrame`: "c" and "q" are "k", "j" is "g"). */
const FRAME_CONSONANTS = 'bdfghklmnprstvwxz';

/** Consonants the MAX_AROUND letters beside a brand may hold at either end of its side of the lure. */
const EDGE_CONSONANTS = 2;

/**
 * The names framed `frame` exactly (the table answers by hash) that a side of `letters` letters may
 * hold respelled, into `found`: within their edits of its length, less the letters beside them. At a
 * million channels a frame of three consonants is hundreds of names', nearly all of another length.
 */
function probeFrame(ctx: Context, frame: string, letters: number, found: Set<number>): void {
  for (const nameId of ctx.index.frames.namesFramed(frame)) {
    const name = ctx.index.nameRaw(nameId);
    const edits = editsAllowed(name.length);
    // An organization's own names only: an alias respelled is yet another name ("tunis" of Apple's itunes).
    if (name.length + edits < letters - MAX_AROUND || name.length - edits > letters || found.has(nameId) || ctx.index.isAlias(nameId)) continue;
    if (consonantFrame(name)?.frame === frame) found.add(nameId);
  }
}

/**
 * Whether a name of 6–7 letters has two vowels changed and nothing else: another word ("gomino" beside
 * gemini), as the scrambled check reads such names (by where their vowels stand). Longer names keep
 * their likeness through more ("matemsak").
 */
function onlyVowelsChanged(respelled: string, name: string, distance: number): boolean {
  return distance >= 2 && name.length < 8 && respelled.length === name.length && consonantFrame(respelled)?.frame === consonantFrame(name)?.frame;
}

/**
 * A lure right after the respelled brand, else right before it, with at most MAX_AROUND letters (or a
 * keyword, or another lure) anywhere else in the name; null when there is none so placed.
 */
function lureBeside(letters: string, window: ClosestWindow): LureSpan | null {
  const before = letters.slice(0, window.start);
  const after = letters.slice(window.end);
  const following = findKitLure(after, true);
  if (following && following.start <= MAX_AROUND && isLittle(before) && isLittle(after.slice(following.end))) {
    return { start: window.end + following.start, end: window.end + following.end, word: following.word };
  }
  const preceding = findLure(before, true) ?? setupWord(before);
  if (preceding && before.length - preceding.end <= MAX_AROUND && isLittle(before.slice(0, preceding.start)) && isLittle(after)) return preceding;
  return null;
}

/**
 * The lure of a name such kits write: a strong lure, written, by its consonants or slipped (`findLure`),
 * else the setup page hardware wallets send buyers to, which their phishing copies (`setupWord`), else a
 * sign-in, a wallet or a browser extension garbled at the end (`garbledLureAtEnd`; `whole`: the letters
 * may be all lure).
 */
const findKitLure = (letters: string, whole = false): LureSpan | null => findLure(letters, true) ?? setupWord(letters) ?? garbledLureAtEnd(letters, whole);

/** Trezor's and Ledger's setup pages and app ("trezor.io/start", "Trezor Suite"), which their phishing kits name. */
const SETUP_WORDS = ['started', 'start', 'suite'];

/** The first setup word written in `letters` ("trezusio-start", "treorze-suite"), else null. */
function setupWord(letters: string): LureSpan | null {
  for (const word of SETUP_WORDS) {
    const start = letters.indexOf(word);
    if (start >= 0) return { start, end: start + word.length, word };
  }
  return null;
}

/** Letters of a garbled lure at a name's end, at most: a sign-in's five and four more ("logfhing"). */
const LONGEST_GARBLED_LURE = 9;

/**
 * A sign-in, a wallet or a browser extension garbled past reading at the end of a name's letters, where
 * the kits that respell brands put it: its first three letters ("log", "loges", "logzx" of login,
 * "exteionn" of extension), or its first letter and then all but one of its letters in order ("logix",
 * "lofine" of login, "walle" of wallet), the shortest such end, and no word ("logic", "walls"), leaving a
 * letter before it unless `whole`. Null for none.
 */
function garbledLureAtEnd(letters: string, whole = false): LureSpan | null {
  for (let length = MIN_GARBLED_LURE; length <= Math.min(LONGEST_GARBLED_LURE, whole ? letters.length : letters.length - 1); length++) {
    const end = letters.slice(-length);
    const lure = garbledLure(end);
    if (lure === null || !KIT_LURES.has(lure) || end[0] !== lure[0] || isCommonWord(end) || isKeyword(end)) continue;
    // All but one of its letters, or its first three ("log", "loges"): fewer are in too many names ("llon").
    if (end.startsWith(lure.slice(0, 3)) || commonSubsequence(end, lure) >= lure.length - 1) return { start: letters.length - length, end: letters.length, word: lure };
  }
  return null;
}

const KIT_LURES = new Set(['login', 'logon', 'signin', 'wallet', 'extension']);

/** Letters that add nothing of their own beside a brand and its lure: a few, a keyword, or another lure. */
const isLittle = (letters: string): boolean => letters.length <= MAX_AROUND || isKeyword(letters) || findLure(letters) !== null || spellsRealWords(letters);
