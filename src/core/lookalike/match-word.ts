/** @module Matching one piece of a name (a label, a word, a handle) against the official names. */
import type { StaticHashMultiMap } from '../static-hash-table.ts';
import { queryDeletionHashes } from './deletion-hashes.ts';
import { shareDeletionVariant, typoDistance } from './edit-distance.ts';
import { allowedEdits, formsOf, type FormKind, type LookalikeIndex } from './lookalike-index.ts';
import { isGenericWord } from './generic-words.ts';
import { isKeyword, spellsRealWords, withoutEdgeNumbers } from './keywords.ts';
import { compactRaw, compactSkeleton, isCommonWord, isCompoundOfCommonWords, isForeignWord, isLetterBeforeWord, isPlainText } from './names.ts';
import { collapsedForm, isAscii, readDigitsAsLetters } from './skeleton.ts';
import { changesTwoOneLikeShaped, editsAllowed, isNewBeginning, isOtherLetterBeforeWord, isNewEnding, isNewStart, isReadWhole, isShortIndustryWord, isShortVowelSwap, isUnrelatedSubstitution, readsAsBrand } from './typo-rules.ts';

export type WordHit =
  /** Same skeleton: `same` when written exactly as the official name, otherwise a homoglyph. */
  | { kind: 'exact'; nameId: number; same: boolean }
  /**
   * Within the typo floors; `repeated` when only repeated letters differ ("krakenn", "mettammask");
   * `evidenced` when it counts only for the evidence around the piece (see `Surroundings`).
   */
  | { kind: 'typo'; nameId: number; distance: number; repeated: boolean; evidenced: boolean };

type TypoHit = Extract<WordHit, { kind: 'typo' }>;

/**
 * What stands around a piece: nothing telling (`bare`); signs of phishing elsewhere in the domain
 * (`evidence`: a lure word, a platform anyone can publish on, digits among letters, a TLD phishers
 * favour); or a lure word right beside it (`lured`), which is evidence too. Evidence lets a weaker
 * likeness count: a letter changed for an unrelated one, a second edit in a name of 5–9 letters
 * whatever its ends, a swapped or added letter in a name of 4. Only a lure beside the piece makes
 * real words put together ("metatask") a typo.
 */
export type Surroundings = 'bare' | 'evidence' | 'lured';

/**
 * The surroundings of a contact's pieces, asked only when a weaker likeness is on the table: finding
 * out costs more than most lookups need (see `ContactEvidence`).
 */
export interface SurroundingsSource {
  surroundings(): Surroundings;
  /** The surroundings of one piece: the contact's, less the piece itself where it reads as a lure mistyped (see `ContactEvidence.clauseAround`). */
  surroundingsOf?(piece: string): Surroundings;
  /** Keywords are joined to the piece ("bybet" of "bybetlgin", "huobo" of "huobovip"): they stand beside a slip that alone would be another name's letters. */
  readonly joined?: boolean;
}

/** The surroundings of a piece with keywords cut off it: its contact's, with the keywords beside it. */
export const joinedTo = (source: SurroundingsSource): SurroundingsSource => ({
  surroundings: () => source.surroundings(),
  surroundingsOf: source.surroundingsOf?.bind(source),
  joined: true,
});

const resolve = (around: Surroundings | SurroundingsSource): Surroundings => (typeof around === 'string' ? around : around.surroundings());

/** The surroundings of the piece `raw` itself (see `SurroundingsSource.surroundingsOf`). */
const resolveFor = (around: Surroundings | SurroundingsSource, raw: string): Surroundings =>
  typeof around === 'string' ? around : (around.surroundingsOf?.(raw) ?? around.surroundings());

const DIGIT_AT_END = /\d$/;
const ADULT_MARK = 'xxx';
const DIGIT_AMONG_LETTERS = /[a-z][134578]|[134578][a-z]/;

/**
 * Whether a piece is an industry word's name with a number after it ("crypto0", "crypto101"): the name
 * beside a number, which the embedded-brand checks judge (a short number of such a name is the name's),
 * not a typo, though the skeleton reads a "0" as an "o".
 */
const isIndustryNameWithNumber = (index: LookalikeIndex, nameId: number, raw: string): boolean =>
  DIGIT_AT_END.test(raw) && isGenericWord(index.nameRaw(nameId)) && withoutEdgeNumbers(raw) === index.nameRaw(nameId);

/** An official name the skeleton `key` repeats letters of, read without its look-alike letters merged. */
function repeatsAsWritten(index: LookalikeIndex, key: string, hits: Map<number, WordHit>): void {
  const collapsed = collapsedForm(key);
  if (collapsed === key || collapsed.length < 3) return;
  const formId = index.formId(collapsed);
  if (formId === undefined) return;
  const nameId = index.formName(formId);
  if (!hits.has(nameId)) hits.set(nameId, { kind: 'typo', nameId, distance: 1, repeated: true, evidenced: false });
}

/**
 * Official names this piece equals by skeleton or is a typo of. A common word is only ever the brand
 * itself ("ledger" in "ledger-live.com"), never a typo or an ASCII lookalike of one ("finance" is not
 * "binance"). Names under 3 characters ("x", "fb") count like common words: whole, beside a lure.
 * `around`: what stands around the piece (see `Surroundings`).
 */
export function matchWord(index: LookalikeIndex, piece: string, maxTypos = 2, around: Surroundings | SurroundingsSource = 'bare', candidates: TypoCandidates = fromIndex): WordHit[] {
  const key = compactSkeleton(piece);
  if (!key) return [];
  const raw = compactRaw(piece);
  // A word of the dictionary, English or another language's, is that word: no typo or ASCII lookalike of a brand.
  const common = isCommonWord(raw) || isForeignWord(raw);
  const hits = new Map<number, WordHit>();
  const queryForms = formsOf(key);
  for (const { form, kind } of queryForms) {
    const formId = index.formId(form);
    if (formId === undefined) continue;
    const nameId = index.formName(formId);
    const same = raw === index.nameRaw(nameId);
    // Names under 3 letters ("fb", "x") match written exactly (then only beside a lure) or through look-alike letters.
    if (hits.has(nameId) || (key.length < 3 && !same && isAscii(raw))) continue;
    if (same) hits.set(nameId, { kind: 'exact', nameId, same });
    else if (common) continue;
    // Only the piece's own repeats count: "aavee" and "binnance" repeat letters, "ave" is not "aave".
    else if (kind === 'collapsed') {
      // An industry word's name with a digit after it that reads as its last letter ("crypto0") is no typo.
      if (isIndustryNameWithNumber(index, nameId, raw)) continue;
      // Three x's are an adult site's mark, not a name's "x" repeated ("okxxx", "xxxcom" beside okx and x.com).
      if (raw.includes(ADULT_MARK)) continue;
      // A short common word's name with a letter doubled ("livee") is as often that word drawn out: only beside evidence.
      if (!(index.isCommon(nameId) && index.nameRaw(nameId).length <= 4 && resolve(around) === 'bare')) hits.set(nameId, { kind: 'typo', nameId, distance: 1, repeated: true, evidenced: false });
    }
    else if (index.formKind(formId) !== 'collapsed') hits.set(nameId, { kind: 'exact', nameId, same });
  }
  // Letters doubled where look-alike letters may be read ("aavve": "vv" reads as "w", so its visual
  // form collapses to "awe"): the repeats of the letters as written count too.
  if (!common && queryForms.length > 1 && queryForms[1]!.kind === 'visual' && !raw.includes(ADULT_MARK)) repeatsAsWritten(index, key, hits);
  // Digits written for letters ("gem1n1", "m3tam4sk"), read as the letters they stand for, may spell
  // a name exactly: as good as look-alike letters.
  if (DIGIT_AMONG_LETTERS.test(raw)) {
    const formId = index.formId(compactSkeleton(readDigitsAsLetters(raw)));
    const nameId = formId === undefined || index.formKind(formId) !== 'skeleton' ? undefined : index.formName(formId);
    if (nameId !== undefined && !hits.has(nameId)) hits.set(nameId, { kind: 'exact', nameId, same: false });
  }
  // Lures are words of their own: "login" is not a typo of a brand named "lonin". A piece that reads
  // exactly as a brand (written so, in look-alike letters, or with letters repeated) is that brand,
  // not a typo of others near it ("kadal" beside "kidal", "kadol"; "foggik" beside "flogik").
  if (common || isKeyword(raw) || raw.length < 4 || maxTypos === 0 || raw.length > index.longestName + 2 || isNameItself(hits.values())) {
    return [...hits.values()];
  }
  slipsOfShortNames(index, queryForms, raw, hits, around);
  // The closest likeness is the one to name: names two edits away only when none is one edit away.
  // So one deletion first (a few variants, few candidates), keeping the candidates it turned down
  // that a second edit may take; then, only when nothing close was found, the variants with two
  // letters left out, and those candidates again. A full scan meets every name in the first search.
  const search = new Search(index, hits, raw, around, maxTypos);
  let wider = false;
  for (let f = 0; f < queryForms.length; f++) {
    const { form, kind } = queryForms[f]!;
    const deletions = deletionsFor(search, kind);
    wider ||= deletions > 1;
    consider(search, candidates(index, form, 1, 'near', false, FOUND), form, 1, deletions > 1 ? RETRY[f]!.clear() : null);
  }
  let close = isClose(hits);
  if (!close && wider && !search.realWords()) {
    for (let f = 0; f < queryForms.length; f++) {
      const { form, kind } = queryForms[f]!;
      if (deletionsFor(search, kind) < 2) continue;
      const found = candidates(index, form, 2, 'near', true, FOUND);
      const retry = RETRY[f]!;
      for (let k = 0; k < retry.count; k++) found.push(retry.ids[k]!);
      consider(search, found, form, 2, null);
    }
    close = isClose(hits);
  }
  // Names that lose two letters to a second edit, or swap two, are a last resort, in their own table.
  if (!close && ((maxTypos >= 2 && raw.length >= SECOND_EDIT_PIECE) || search.evidence()) && !search.realWords()) for (const { form } of queryForms) consider(search, candidates(index, form, 2, 'far', false, FOUND), form, 2, null);
  const found = [...hits.values()];
  if (!found.length && isMadeUpPlural(raw)) {
    const single = raw.slice(0, -1);
    // Within the floors as written too: forms read look-alike letters free ("apioee" is two edits from "apple" there, four as written).
    return matchWord(index, single, maxTypos, around, candidates).filter((h) => h.kind === 'typo' && typoDistance(single, index.nameRaw(h.nameId), 2) <= 2);
  }
  return close ? found.filter((h) => h.kind === 'exact' || h.distance < 2) : found;
}

/** Letters a piece needs to be read without its plural "s": the rest is then a name of 5+, where typos count. */
const SHORTEST_PLURAL = 6;

/**
 * Whether a piece may be a brand's typo made plural, read again without its last "s" when nothing
 * else was found: phishers pluralize a mistyped brand as they do a brand ("ladgers", "telegriams",
 * "unlswaps", "trasts-wallets"), which puts it an edit further than the typo alone. Not a piece that
 * spells real words ("metamaps", "opensees"): their singular is those words, one edit from a brand
 * by chance, nor one ending in "ss", which is no plural.
 */
const isMadeUpPlural = (raw: string): boolean => raw.length >= SHORTEST_PLURAL && raw.endsWith('s') && !raw.endsWith('ss') && !spellsRealWords(raw);

/**
 * One piece's typo search: the index, the hits so far (by name), the piece as `typoHit` needs it, and
 * what its surroundings allow, worked out on first use. (Methods, not closures made per search: a
 * bundler keeping function names names each closure again every time it is made.)
 */
class Search {
  #evidence: boolean | undefined;

  constructor(
    readonly index: LookalikeIndex,
    readonly hits: Map<number, WordHit>,
    readonly raw: string,
    readonly around: Surroundings | SurroundingsSource,
    readonly maxTypos: number,
  ) {}

  /**
   * Whether evidence gives the piece a second edit: in names of 5+ letters, so in pieces of 6+ (of 5,
   * only as a name of 7–9 letters cut short: see `typoHit`), in every form. Worked out only where it
   * decides which variants to search (see `SurroundingsSource`).
   */
  evidence(): boolean {
    return (this.#evidence ??= this.maxTypos >= 2 && this.raw.length >= SHORTEST_FAR_PIECE && resolve(this.around) !== 'bare');
  }

  /** Real words put together take a second edit only beside a lure (see `typoHit`): elsewhere a search for one finds nothing that counts. */
  realWords(): boolean {
    return this.around !== 'lured' && spellsRealWords(this.raw);
  }
}

/**
 * Letters a piece needs for a second edit to count alone (see `typoHit`): a swap beside another edit
 * ("insgtram", "cionbsae") or a name kept whole but for one letter ("watlsapp"). In shorter pieces a
 * swap and another slip spell real words ("onesea" beside opensea) and, searched for every made-up
 * name of 7 letters, cost a lookup at 200,000 channels about a third more.
 */
const SECOND_EDIT_PIECE = 8;

/** Letters a piece needs for a second edit beside evidence: of 5, only names of 7–9 letters cut short count (see `typoHit`). */
const SHORTEST_FAR_PIECE = 5;

/**
 * Deletions a query form is searched with: alone, pieces of SECOND_EDIT_PIECE+ letters get two;
 * collapsed forms get one; with evidence every form gets two (see `Search.evidence`).
 */
const deletionsFor = (search: Search, kind: FormKind): number =>
  Math.min(search.maxTypos, (search.raw.length >= SECOND_EDIT_PIECE && kind !== 'collapsed') || search.evidence() ? 2 : 1);

/** Decides each candidate, keeping the best hit per name; those turned down go to `retry`, when given. */
function consider({ index, hits, raw, around }: Search, found: FormIds, form: string, deletions: number, retry: FormIds | null): void {
  for (let k = 0; k < found.count; k++) {
    const formId = found.ids[k]!;
    const nameId = index.formName(formId);
    const held = hits.get(nameId);
    if (held && (held.kind === 'exact' || held.repeated)) continue;
    const typo = typoHit(index, formId, form, deletions, raw, around);
    if (!typo) retry?.push(formId);
    else if (!held || typo.distance < held.distance || (typo.distance === held.distance && held.evidenced && !typo.evidenced)) hits.set(nameId, typo);
  }
}

/** A hit that makes its piece read as a brand: the brand itself, in its letters or look-alike ones, or one letter off it. */
export const isCloseHit = (hit: WordHit): boolean => hit.kind === 'exact' || hit.distance < 2;

const isClose = (hits: Map<number, WordHit>): boolean => {
  for (const hit of hits.values()) if (isCloseHit(hit)) return true;
  return false;
};

/** Whether a piece reads exactly as an official name (written so, or in look-alike letters): then it is that name. */
export function readsAsName(hits: Iterable<WordHit>): boolean {
  for (const hit of hits) if (hit.kind === 'exact') return true;
  return false;
}

/** Whether a piece is an official name itself: written so, in look-alike letters, or with letters repeated ("foggik" of fogik). */
function isNameItself(hits: Iterable<WordHit>): boolean {
  for (const hit of hits) if (hit.kind === 'exact' || hit.repeated) return true;
  return false;
}

/**
 * Names of 4 letters are below the typo floors. With evidence around the piece one swap of
 * neighbouring letters or one added letter counts ("mecx.top"): the piece's variants are looked up
 * whole, so nothing is scanned. Common words ("lido", "gate") stay themselves.
 */
function slipsOfShortNames(index: LookalikeIndex, forms: ReadonlyArray<{ form: string }>, raw: string, hits: Map<number, WordHit>, around: Surroundings | SurroundingsSource): void {
  if (raw.length > 5 || resolve(around) === 'bare') return;
  for (const { form } of forms) {
    for (const variant of slipVariants(form)) {
      const formId = index.formId(variant);
      if (formId === undefined) continue;
      const nameId = index.formName(formId);
      if (hits.has(nameId) || index.nameRaw(nameId).length !== 4 || index.isCommon(nameId) || index.isJoined(nameId)) continue;
      if (!isNewEnding(index.formText(formId), form)) hits.set(nameId, { kind: 'typo', nameId, distance: 1, repeated: false, evidenced: true });
    }
  }
}

/** A form with two neighbouring letters swapped, or with one letter left out. */
function slipVariants(form: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i + 1 < form.length; i++) {
    if (form[i] !== form[i + 1]) variants.push(form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2));
  }
  for (let i = 0; i < form.length; i++) variants.push(form.slice(0, i) + form.slice(i + 1));
  return variants;
}

/** Slots of the set that keeps a search's form ids apart: a power of two, well above a search's candidates. */
const SEEN_SLOTS = 1024;

/**
 * Distinct form ids, in a buffer that grows as needed and is reused by every search. A typo search
 * meets a matching form through many of its deletion variants and checks it once: a small set of
 * the ids met (4 KB, which stays in cache) says which were, where a stamp per form would be a cache
 * miss in megabytes for every candidate.
 */
export class FormIds {
  ids = new Uint32Array(64);
  count = 0;
  /** Open addressing on id + 1 (0 is empty); emptied by clearing the slots used. */
  readonly #seen = new Uint32Array(SEEN_SLOTS);
  readonly #used = new Uint16Array(SEEN_SLOTS / 2);
  #usedCount = 0;

  clear(): this {
    for (let k = 0; k < this.#usedCount; k++) this.#seen[this.#used[k]!] = 0;
    this.#usedCount = 0;
    this.count = 0;
    return this;
  }

  /** Adds `formId` unless it is there already. */
  push(formId: number): void {
    if (this.#usedCount < SEEN_SLOTS / 2) {
      let at = Math.imul(formId, 0x9e3779b1) >>> 22;
      for (let held = this.#seen[at]!; held !== 0; held = this.#seen[at]!) {
        if (held === formId + 1) return;
        at = (at + 1) & (SEEN_SLOTS - 1);
      }
      this.#seen[at] = formId + 1;
      this.#used[this.#usedCount++] = at;
    } else if (this.ids.subarray(0, this.count).includes(formId)) {
      // Past half the set (never seen in practice): a scan keeps the ids distinct.
      return;
    }
    if (this.count === this.ids.length) {
      const wider = new Uint32Array(2 * this.ids.length);
      wider.set(this.ids);
      this.ids = wider;
    }
    this.ids[this.count++] = formId;
  }
}

/** Candidates are read before the next search starts (a search never runs inside another), so one buffer serves all. */
const FOUND = new FormIds();
/** Per query form (at most three: skeleton, visual, collapsed), the candidates a one-deletion search turned down. */
const RETRY = [new FormIds(), new FormIds(), new FormIds()];

/**
 * Which deletion table a search reads: `near`, every name with up to its edits' letters left out;
 * `far`, names of 7–9 letters with two left out (see `LookalikeIndex.formReach`).
 */
export type TypoTable = 'near' | 'far';

/**
 * Every official form that may be a typo of `form`, each once, into `out`: a superset, which `typoHit`
 * narrows. `onlyMost`: through the query's variants with exactly `deletions` letters left out (those
 * with fewer were searched already).
 */
export type TypoCandidates = (index: LookalikeIndex, form: string, deletions: number, table: TypoTable, onlyMost: boolean, out: FormIds) => FormIds;

/** The forms sharing a deletion variant with the query form, through the index: cost grows with the form, not the registry. */
const fromIndex: TypoCandidates = (index, form, deletions, table, onlyMost, out) => {
  out.clear();
  if (table === 'far') return fromFarTable(index, form, deletions, onlyMost, out);
  const { hashes, groups, count } = queryDeletionHashes(form, deletions, onlyMost);
  // Nearly every variant is absent: the presence filter drops most before the table is read.
  const possible = index.typoFilter.keepPossible(hashes, groups, count);
  for (let k = 0; k < possible; k++) collect(index.typos, hashes[k]!, out);
  return out;
};

/**
 * `fromIndex` in the far table: only through the query's variants of a length it holds, so a long
 * piece ("accountfarabrin") probes none of its hundred, and past the table's own presence filter.
 */
function fromFarTable(index: LookalikeIndex, form: string, deletions: number, onlyMost: boolean, out: FormIds): FormIds {
  for (let d = onlyMost ? deletions : 0; d <= deletions; d++) {
    if (form.length - d < 0 || index.farLengths[form.length - d] !== 1) continue;
    const { hashes, groups, count } = queryDeletionHashes(form, d, true);
    const possible = index.farFilter.keepPossible(hashes, groups, count);
    for (let k = 0; k < possible; k++) collect(index.farTypos, hashes[k]!, out);
  }
  return out;
}

/** The forms a table holds under one variant's hash, into `out`. */
function collect(table: StaticHashMultiMap, hash: number, out: FormIds): void {
  table.seek(hash);
  for (let formId = table.next(); formId !== -1; formId = table.next()) out.push(formId);
}

/** Every form a typo may be of, all in the first search: what the index must agree with (tests compare the two). */
export const fullScan: TypoCandidates = (index, _form, _deletions, table, onlyMost, out) => {
  out.clear();
  if (table === 'far' || onlyMost) return out;
  for (let formId = 0; formId < index.formCount; formId++) if (index.formEdits(formId) > 0) out.push(formId);
  return out;
};

/**
 * The typo the query form `form` (of a piece written `raw`, searched with `deletions` deletions) is
 * of the official form `formId`, with how many edits and whether only evidence makes them count, when
 * the rules count it one; null when they do not. The index only finds the candidates: this decides,
 * so a full scan with it gives the same answers.
 */
function typoHit(index: LookalikeIndex, formId: number, form: string, deletions: number, raw: string, around: Surroundings | SurroundingsSource): TypoHit | null {
  const official = index.formText(formId);
  const floor = index.formEdits(formId);
  // Evidence gives a name of 5–9 letters a second edit in any form, whatever its ends: asked below,
  // only of a candidate it decides, since working it out costs more than this comparison. Whether
  // the piece may take a second edit at all (its length, see `matchWord`) is in `deletions`.
  const allowed = floor === 1 ? deletions : floor;
  const distance = typoDistance(form, official, allowed);
  // About half the candidates end here (the bench's imitations at a million channels): the name's own
  // text and flags, elsewhere in memory, are read only for the rest.
  if (distance < 1 || distance > allowed) return null;
  const nameId = index.formName(formId);
  if (isIndustryNameWithNumber(index, nameId, raw)) return null;
  // Two letters added to an industry word's name kept whole ("nfblockchain") make it the word inside a
  // longer name, which the embedded-brand checks judge: industry words are in many names.
  if (distance === 2 && form.length === official.length + 2 && form.includes(official) && isGenericWord(index.nameRaw(nameId))) return null;
  // An industry word ("crypto") takes a second edit only where the floors give it one, from 10 letters
  // ("blockchain"): two edits from a shorter one spell too many other words ("cryptid", "crypt-id").
  if (distance === 2 && isGenericWord(index.nameRaw(nameId)) && allowedEdits(index.nameRaw(nameId).length) < 2) return null;
  const reach = index.formReach(formId);
  // Without evidence only a skeleton, or the visual form indexed for second edits, gets one; its
  // name's length is read only when one may be due.
  const plain = floor === 1 && (reach === 2 || index.formKind(formId) === 'skeleton') ? editsAllowed(official, form, index.nameRaw(nameId).length) : floor;
  // A digit after a long name is a number beside it ("metamask1", though its skeleton ends in "l"),
  // which the embedded-brand checks tell.
  const readWhole = isReadWhole(index.nameRaw(nameId), index.isCommon(nameId)) && !DIGIT_AT_END.test(raw);
  // A long name with a new ending is a new name, but not with a lure right beside it ("metamasx-wallet"):
  // the lure says whom the name is meant for, and the likeness counts only for it.
  const newEnding = isNewEnding(official, form, readWhole);
  if (newEnding && !(readWhole && around === 'lured') && !isSlipWithEvidence(index, nameId, official, form, raw, around)) return null;
  // A second edit counts only where the index reaches it (both sides' deletions leave a common
  // variant), checked exactly so that no hash collision decides and a full scan agrees.
  if (distance === 2 && deletions < 2 && !shareDeletionVariant(form, official, deletions, reach)) return null;
  // Reached only with two letters left out of a name of 5–9 letters: in its own table, if any.
  const far = distance === 2 && floor === 1 && !shareDeletionVariant(form, official, deletions, 1);
  if (far && reach < 2) return null;
  // A piece of 5 letters is two edits from too many names of 5–6 ("palue" of apple); from one of 7–9
  // with two letters left out it is that name cut short ("opsea" beside "nft").
  if (distance === 2 && !far && raw.length <= SHORTEST_FAR_PIECE) return null;
  // Real words put together ("metatask", "openseed", "foxgreen") are one letter from a brand by
  // chance; the brand with something added ("metamasks") is not, nor one with a letter left out whose
  // frame stays ("mirosoft", see `readsAsBrand`), nor a short word beside the brand's own longer
  // one ("batstamp" keeps Bitstamp's "stamp"). Beside a lure ("busines-support-facebock") the likeness
  // is meant, whatever words it spells.
  if (around !== 'lured' && !readsAsBrand(raw, index.nameRaw(nameId))) return null;
  if (keepsOnlyKeyword(raw, index.nameRaw(nameId))) return null;
  // A short name three edits away as written, its letters repeated or not, is as often a word of its own
  // ("hobbii", "aagmaal", "baffle" beside huobi, gmail and apple): too few letters are kept.
  if (index.nameRaw(nameId).length <= SHORT_WRITTEN && typoDistance(withoutEdgeNumbers(raw), index.nameRaw(nameId), 2) > 2) return null;
  // A short alias that is a common word, mistyped ("teamhr", "temms" beside Microsoft's "teams"), counts only
  // with a lure right beside it, as the alias itself does: a TLD, a platform or digits are any word's surroundings.
  if (index.isAlias(nameId) && index.isCommon(nameId) && index.nameRaw(nameId).length <= SHORT_WRITTEN && around !== 'lured') return null;
  // Nor another letter in place of the letter before a common word ("jdcloud", "25mail"): another such
  // name, beside a lure too ("cdngcloud", "mymailaccount"), as names are built with any word. Phishers
  // write a letter of like shape ("lcloud"), which keeps the name's.
  if (keepsWordOfName(raw, index.nameRaw(nameId)) && isLetterBeforeWord(index.nameRaw(nameId)) && isOtherLetterBeforeWord(index.nameRaw(nameId), raw)) return null;
  // Nor in front of a letter before a common word ("hicloud" beside icloud), which makes another such name.
  if (isNewBeginning(official, form) && (index.isCommon(nameId) || isLetterBeforeWord(index.nameRaw(nameId))) && resolve(around) === 'bare') return null;
  // Real words put together, or one with a keyword joined, are a brand mistyped only one edit from it as
  // written ("whatapp", "hatsapp"): forms read repeats and look-alike letters free, which brings such
  // words a letter from many names ("likeapp" of Likeal), and two edits reach more ("whalesapp", "goonend").
  if (around !== 'lured' && spellsRealWords(raw) && (distance === 2 || typoDistance(raw, index.nameRaw(nameId), 1) > 1)) return null;
  // Alone, a second edit on a name of 7–9 letters counts only where the name keeps all but one of its
  // letters (the piece adds or swaps them: "watlsapp", "insgtram", "cionbsae"); two of its letters
  // changed or left out spell other real names ("ethemcan", "etherkan" beside etherscan). A swap is
  // two letters left out to the deletion tables, yet keeps both.
  // Nor where one of the two letters changed in place is of like shape ("teleqwam": q for g, w for r), a
  // disguise no other name needs.
  const unaided = far && !swapAndOneEdit(form, official) && !changesTwoOneLikeShaped(raw, index.nameRaw(nameId)) ? 1 : plain;
  // Judged on the letters as written too: the skeleton reads "m" as "rn", so "master" is one letter
  // added to "raster" there, but an unrelated letter changed as written. (Letters of other scripts or
  // with marks are judged as they read: the "í" of "myetherwalíet" is an i, a vowel for the "l".)
  const writtenSubstitution = isPlainText(raw) && isUnrelatedSubstitution(raw, index.nameRaw(nameId));
  // An alias counted only beside a lure counts so mistyped too ("ista", "insa" of Instagram's "insta");
  // one of 6+ letters that is no common word ("iforgot") is the organization's own, like its name.
  // A name's doubled letter written once is free against its collapsed form ("whatsap"), but with
  // another letter left out ("whatap") a name under 10 letters has lost two of its letters: a second
  // edit, as above.
  const { length } = index.nameRaw(nameId);
  const lostTwo = index.formKind(formId) === 'collapsed' && (raw.length <= length - 2 || (raw.length < length && distance > 0)) && allowedEdits(length) < 2;
  // A piece of 4 letters two edits from a name (its doubled letter written once and another changed: "alle"
  // of apple) is one of too many words of its own ("alle", "apla", "cume": 22 of the 436,000 ranked sites the
  // fresh samples read, for one phishing name in them).
  if ((lostTwo || distance === 2) && raw.length < SHORTEST_FAR_PIECE) return null;
  const evidenced = lostTwo || newEnding || (index.isAlias(nameId) && index.isCommon(nameId)) || isShortIndustryWord(index.nameRaw(nameId)) || distance > unaided || (distance === 1 && (isUnrelatedSubstitution(form, official) || writtenSubstitution || (isShortVowelSwap(form, official) && (typeof around === 'string' || !around.joined)) || isNewStart(official, form, index.nameRaw(nameId).length)));
  // The name whole with letters added ("ledger22", "mycoinbase") is the brand inside a longer name:
  // those checks say so better than a second edit.
  if (evidenced && ((distance > unaided && form.includes(official)) || resolveFor(around, raw) === 'bare')) return null;
  return { kind: 'typo', nameId, distance, repeated: false, evidenced };
}

/** A letter that makes product names of a brand ("ledgerx", "telegramx"), not slips. */
const ADDED_LETTER = /[a-wyz]$/;

/**
 * Whether a letter added after a name (`isNewEnding`) is a slip for the evidence around the piece
 * ("amazonm.cyou", "krakenf.vip"): a name is seldom built so under a TLD phishers favour, beside a lure
 * or on a platform anyone can publish on. Not a digit (a number beside it), nor "x" (a product's name),
 * nor where the whole is a word or real words put together ("amazone", "coinbased"), nor after an alias
 * or an industry word, which other names run on from.
 */
function isSlipWithEvidence(index: LookalikeIndex, nameId: number, official: string, form: string, raw: string, around: Surroundings | SurroundingsSource): boolean {
  return form.length === official.length + 1 && ADDED_LETTER.test(raw) && !index.isAlias(nameId) && !isGenericWord(index.nameRaw(nameId)) &&
    !isCommonWord(raw) && !isForeignWord(raw) && !isCompoundOfCommonWords(raw) && resolveFor(around, raw) !== 'bare';
}

/**
 * Whether `raw` may keep the word of a name made of a letter and a word at one of its ends: the word's
 * last letter ends it or its first starts it. Asked first, as most candidates are no such name.
 */
const keepsWordOfName = (raw: string, name: string): boolean =>
  raw.charCodeAt(raw.length - 1) === name.charCodeAt(name.length - 1) || raw.charCodeAt(0) === name.charCodeAt(1);

/** Letters of the names no piece three edits from as written imitates (see `typoHit`). */
const SHORT_WRITTEN = 5;

/** Letters of a name's own part a typo must keep beside the keyword it ends or starts with: "ewallet" keeps one of mewwallet's "mew". */
const KEPT_OWN_LETTERS = 2;

/**
 * Whether a piece two edits or more from a name as written keeps of it, where the name ends or starts
 * with a keyword or an industry word ("mewwallet": "mew" and "wallet"; "cryptocom", Crypto.com's handle:
 * "crypto" and "com"), only that word and fewer than KEPT_OWN_LETTERS letters more ("ewallet", an
 * e-wallet; "cryptom" of cryptomus, a payment service): the word is any site's, and what made the name
 * the brand's is gone. A name whose own part is one letter ("icloud") keeps no more in any typo.
 */
function keepsOnlyKeyword(raw: string, name: string): boolean {
  // The word kept is the piece, or the piece but its first or last letter: read in place, as this runs for every candidate.
  if (raw.length >= name.length || raw.length < MIN_KEPT_KEYWORD) return false;
  const kept = keptWord(name, raw, true) ?? keptWord(name, raw.slice(1), true) ?? keptWord(name, raw, false) ?? keptWord(name, raw.slice(0, -1), false);
  return kept !== null && typoDistance(raw, name, 1) >= 2;
}

/** `word` when `name` ends (`atEnd`) or starts with it, a keyword or industry word beside KEPT_OWN_LETTERS+ of the name's own letters; else null. */
function keptWord(name: string, word: string, atEnd: boolean): string | null {
  if (word.length < MIN_KEPT_KEYWORD || name.length - word.length < KEPT_OWN_LETTERS) return null;
  return (atEnd ? name.endsWith(word) : name.startsWith(word)) && isWordOfTheTrade(word) ? word : null;
}

/** A keyword or an industry word. */
const isWordOfTheTrade = (word: string): boolean => isKeyword(word) || isGenericWord(word);

/** Letters a keyword ending or starting a name needs to be read so: shorter ones ("app", "us") end too many names by chance. */
const MIN_KEPT_KEYWORD = 4;

/**
 * Official names found inside a text (see `findTokens`), but for those taking part of a letter's
 * skeleton: an "m" reads "rn" (as "rn" passes for "m"), yet "acknowledgement" holds no "ledger" ending
 * in half of its "m". Returns the compact skeleton searched, too.
 */
export function findWrittenTokens(index: LookalikeIndex, text: string): { key: string; tokens: Array<{ nameId: number; at: number }> } {
  const key = compactSkeleton(text);
  const tokens = findTokens(index, key);
  const written = compactRaw(text);
  if (!tokens.length || !written.includes('m') || !isPlainText(written)) return { key, tokens };
  // Where each "m" of the text starts its "rn" in the skeleton (ASCII letters keep their place otherwise).
  const inside = new Set<number>();
  let offset = 0;
  for (const ch of written) {
    if (ch === 'm') inside.add(offset + 1);
    offset += ch === 'm' ? 2 : 1;
  }
  return { key, tokens: tokens.filter(({ nameId, at }) => !inside.has(at) && !inside.has(at + index.nameKey(nameId).length)) };
}

/**
 * Official names (5+ characters) found anywhere inside a compact skeleton: "mybinancewallet" holds
 * "binance". Cost grows with the text, not with the registry.
 */
export const findTokens = (index: LookalikeIndex, key: string): Array<{ nameId: number; at: number }> => index.tokens.find(key, (nameId) => index.nameKey(nameId));

/**
 * Whether swapping two neighbouring letters of `form` back leaves it one slip from `official`
 * ("opnesee" → "opensee"): a letter added, left out or swapped, or changed for a related one (a
 * consonant changed for an unrelated one needs evidence even alone: "metacsak").
 */
function swapAndOneEdit(form: string, official: string): boolean {
  for (let i = 0; i + 1 < form.length; i++) {
    if (form[i] === form[i + 1]) continue;
    const swapped = form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2);
    if (typoDistance(swapped, official, 1) <= 1 && !isUnrelatedSubstitution(swapped, official)) return true;
  }
  return false;
}
