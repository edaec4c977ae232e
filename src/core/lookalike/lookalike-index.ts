/**
 * @module The lookalike index: official names by skeleton, a deletion neighbourhood for typos, hashed
 * tokens for embedded brands. Names and forms live in parallel arrays and typed tables rather than an
 * object each, so a million channels' index stays within a Worker isolate's memory.
 */
import { hashString } from '../string-hash.ts';
import type { ChannelEntry, OrganizationEntry } from '../registry/entries.ts';
import { GroupedPresenceFilter } from '../grouped-presence-filter.ts';
import { HashPairs, StaticHashMultiMap } from '../static-hash-table.ts';
import { TextIds } from '../text-ids.ts';
import { ConsonantFrames } from './consonant-frames.ts';
import { deletionHashes, variantCount } from './deletion-hashes.ts';
import { isGenericWord } from './generic-words.ts';
import { isKeyword, keywordCores } from './keywords.ts';
import { LongNames } from './long-names.ts';
import { memoize } from './memo.ts';
import { TokenRuns } from './token-runs.ts';
import { channelNames, compactRaw, compactSkeletonOf, isCommonWord, organizationName, registrableLabel } from './names.ts';
import { collapsedForm, visualForm } from './skeleton.ts';

/** The official channel a name belongs to; its `organization` is the one imitated. */
export type LookalikeTarget = ChannelEntry;

/** How well a channel of the kind and platform given names the one a contact imitates (higher is better). */
export type TargetRank = (kind: string, platform: string | undefined) => number;

/**
 * A target is its channel's position and, in the low byte, its facts: the kind's place in
 * TARGET_KINDS in the low 2 bits, a platform code above (0 for none), and on a name's first target
 * whether all the name's targets are one organization's (see `LookalikeIndex.#targets`).
 */
const TARGET_KINDS = ['domain', 'email', 'social', 'phone'] as const;
const FACTS_BITS = 8;
const FACTS_MASK = 0xff;
const MAX_POSITION = 0xffffff;
const KIND_MASK = 3;
const PLATFORM_SHIFT = 2;
const PLATFORM_CODES = 31;
const ONE_ORGANIZATION = 0x80;

/** How a form of a name was made: the skeleton itself, its ASCII visual classes merged, or its repeated letters cut. */
export type FormKind = 'skeleton' | 'visual' | 'collapsed';
const FORM_KINDS: readonly FormKind[] = ['skeleton', 'visual', 'collapsed'];

/** The forms a skeleton is compared in; the visual and collapsed forms only when they differ. */
function formsOfKey(key: string): Array<{ form: string; kind: FormKind }> {
  const forms: Array<{ form: string; kind: FormKind }> = [{ form: key, kind: 'skeleton' }];
  const visual = visualForm(key);
  if (visual !== key) forms.push({ form: visual, kind: 'visual' });
  const collapsed = collapsedForm(visual);
  if (collapsed !== visual && collapsed.length >= 3) forms.push({ form: collapsed, kind: 'collapsed' });
  return forms;
}

/** `formsOfKey` for queries, which meet the same pieces again and again: the arrays are shared, not to be changed. */
export const formsOf: (key: string) => ReadonlyArray<{ form: string; kind: FormKind }> = memoize(formsOfKey);

/** Typo floors from the issue: one edit for names of 5+ characters, two for 10+. */
export const allowedEdits = (length: number): number => (length >= 10 ? 2 : length >= 5 ? 1 : 0);
/** Names of this many letters or more may take a second edit (see `editsAllowed`): up to 9, one form each is also indexed with two deletions (see `formReach`). */
export const SECOND_EDIT_LENGTH = 7;
/** Names shorter than this are matched whole only: "okx" inside "tokxyz" is nobody's brand. */
const MIN_TOKEN_LENGTH = 5;
/** Letters an alias needs to be searched for by its consonants (see `LookalikeIndex.frames`). */
const MIN_FRAMED_ALIAS = 6;

/** Whether `raw` is one of `names` with keywords before or after it ("binancesupport", "officialbinance"). */
function isNameWithKeywords(raw: string, names: readonly string[]): boolean {
  for (const name of names) {
    if (name.length < 3 || name === raw) continue;
    const at = raw.indexOf(name);
    if (at < 0) continue;
    const around = [raw.slice(0, at), raw.slice(at + name.length)].filter(Boolean);
    if (around.every((part) => isKeyword(part) || keywordCores(part).some((k) => isKeyword(k.core)))) return true;
  }
  return false;
}

export interface LookalikeSource {
  organizations: OrganizationEntry[];
  channels: readonly ChannelEntry[];
}

/**
 * A form's name (24 bits), kind, edits and reach (2 bits each) in one number: a typo search reads
 * them for every candidate, and one array read misses the cache once where four would miss four times.
 */
const NAME_MASK = 0xffffff;
const KIND_SHIFT = 24;
const EDITS_SHIFT = 26;
const REACH_SHIFT = 28;
function packForm(nameId: number, kind: number, edits: number, reach: number): number {
  if (nameId > NAME_MASK) throw new RangeError(`the lookalike index holds up to ${NAME_MASK + 1} names`);
  return (nameId | (kind << KIND_SHIFT) | (edits << EDITS_SHIFT) | (reach << REACH_SHIFT)) >>> 0;
}

/** Name flags, also carried by candidate names while building. */
const COMMON = 1;
const JOINED = 2;
/** Only known as an alias ("insta"): a number beside it is a product name (insta360), not a lure. */
const ALIAS = 4;
/** Candidates only: a name from a domain, a sender, the organization's name or alias, not from a handle. */
const BRAND = 8;
/** Candidates only: an alias that abbreviates the organization's name as a stock ticker does (`isTickerOf`). */
const TICKER = 16;

/** A ticker's letters: four or more, one vowel among them at most ("amzn", "msft", "nflx", "pypl"). */
const TICKER_LETTERS = /^(?=[a-z]{4,}$)[^aeiou]*[aeiou]?[^aeiou]*$/;

/** Whether letters are written as a stock ticker is (`TICKER_LETTERS`), drawn from a name or not ("xbox"). */
export const isTickerShaped = (letters: string): boolean => TICKER_LETTERS.test(letters);

/**
 * Whether an alias is the organization's name abbreviated as a stock ticker is: its first letter and
 * then others of the name in order ("amzn" of amazon, "pypl" of paypal). No one else's name or word is
 * written so, so it names the organization alone, as its name does; a product's name of the same shape
 * ("xbox") is not drawn from the name, and fans and shops name their sites with it.
 */
export function isTickerOf(alias: string, organizationName: string): boolean {
  if (!isTickerShaped(alias) || alias[0] !== organizationName[0]) return false;
  let at = 1;
  for (let i = 1; i < alias.length; i++) {
    at = organizationName.indexOf(alias[i]!, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** "slug name" of each name an organization declares in a list of its entry (`ecosystemNames`, `coinedNames`). */
const declaredNames = (source: LookalikeSource, list: (org: LookalikeSource['organizations'][number]) => readonly string[] | undefined): ReadonlySet<string> =>
  new Set(source.organizations.flatMap((org) => (list(org) ?? []).map((name) => `${org.slug} ${name}`)));

/** A product an organization names by its own name and a word ("trezor suite", "ledger live"). */
export interface ProductName {
  /** The organization's name as compared ("trezor"). */
  brand: string;
  /** The product's name as the organization writes it. */
  product: string;
}

/** Letters a product's word needs to tell its brand: shorter ones ("id" of "apple id") stand beside any name. */
const MIN_PRODUCT_WORD = 4;

/**
 * Each word that follows an organization's own name in one of its aliases ("suite" of "trezor suite"),
 * with the products so named: the word is the product's, so a few letters of the brand beside it are
 * that brand's ("trez-bridge").
 */
function productWordsOf(source: LookalikeSource): ReadonlyMap<string, ProductName[]> {
  const found = new Map<string, ProductName[]>();
  for (const org of source.organizations) {
    const brand = compactRaw(organizationName(org.name).toLowerCase());
    for (const alias of org.aliases ?? []) {
      const words = alias.toLowerCase().split(/\s+/);
      const word = words.at(-1)!;
      if (words.length < 2 || word.length < MIN_PRODUCT_WORD || compactRaw(words.slice(0, -1).join('')) !== brand) continue;
      found.set(word, [...(found.get(word) ?? []), { brand, product: alias }]);
    }
  }
  return found;
}

/**
 * A domain's registrable label as names are compared ("binance" of binance.com and of bin-ance.com),
 * kept for the few official domains lookups meet again and again (the registrable domain is a parse
 * of the host against the suffix list); building takes each domain's from its names.
 */
const checkedDomainLabel = memoize(registrableLabel, 1_024);

export class LookalikeIndex {
  readonly #channels: readonly ChannelEntry[];
  /** Per name: compact skeleton (what is compared), compact lower-case text as written, flags. */
  readonly #keys: string[] = [];
  readonly #raws: string[] = [];
  readonly #flags: Uint8Array;
  /**
   * The channels of name n are targets[targetStarts[n]] up to targetStarts[n + 1]: each its position in
   * the channels and its kind and platform coded (see TARGET_KINDS), side by side. A lookup ranks a
   * name's channels and learns whether they are one organization's without reading them, which at a
   * million channels are a cache miss each, half a dozen to a name (its domain, sender and handles).
   */
  readonly #targetStarts: Uint32Array;
  readonly #targets: Uint32Array;
  /** Platforms by their code in the targets' facts. */
  readonly #platforms: Array<string | undefined> = [undefined];
  /** Per form of a name (its skeleton, visual and collapsed forms): text, and its facts packed in one number (see `packForm`). */
  readonly #forms: string[] = [];
  readonly #formFacts: Uint32Array;
  readonly #byForm: StaticHashMultiMap;
  /** Deletion-neighbourhood hash → form: the typo candidates. */
  readonly typos: StaticHashMultiMap;
  /** Which deletion-neighbourhood hashes `typos` may hold: nearly all a search probes are absent. */
  readonly typoFilter: GroupedPresenceFilter;
  /**
   * The variants with two letters left out of names of 7–9 letters (see `formReach`), apart: only a
   * second edit needs them (one with evidence around the piece, or a swap beside another slip in a
   * piece of 8+ letters that is no real words), searched when no closer name was found.
   */
  readonly farTypos: StaticHashMultiMap;
  /** Which hashes `farTypos` may hold, as `typoFilter` for `typos`: most pieces' variants are in neither. */
  readonly farFilter: GroupedPresenceFilter;
  /**
   * farLengths[n] is 1 when `farTypos` holds variants of n characters (names of 7–9 letters less two:
   * 5–7): a piece's variants of other lengths find nothing there, so a long piece probes none.
   */
  readonly farLengths = new Uint8Array(256);
  /** The names of 5+ characters as written, to be found inside longer text (see `TokenRuns`). */
  readonly tokens: TokenRuns;
  /** Most of the same names by their consonants, for names scrambled past the typo floors (see `ConsonantFrames`, `isFramed`). */
  readonly frames: ConsonantFrames;
  /** The names of 11+ letters by their first two letters, last letter and length, for long names garbled past the typo floors (see `LongNames`). */
  readonly longNames: LongNames;
  /** Letters in the longest official name: longer pieces cannot be a typo of any. */
  longestName = 0;
  /**
   * The names of exactly four letters as written ("aave", "mexc"), which the search inside texts
   * (five letters up) leaves out: a small set a word's ends are tried against first, where the forms'
   * table would cost every lookup cache misses at a million channels.
   */
  readonly fourLetterNames = new Set<string>();
  /** Active official domains by registrable label, for TLD swaps and embedded domains: label hash → channel position. */
  readonly #domainsByLabel: StaticHashMultiMap;
  /** Organizations whose name is also a public network's (see `OrganizationEntry.publicNetwork`). */
  readonly #publicNetworks: ReadonlySet<string>;
  /** "slug name" of each name an organization says others build on (see `OrganizationEntry.ecosystemNames`). */
  readonly #ecosystemNames: ReadonlySet<string>;
  /** "slug name" of each name an organization says it coined (see `OrganizationEntry.coinedNames`). */
  readonly #coinedNames: ReadonlySet<string>;
  /** Words that name an organization's products after its name (see `productWordsOf`): few registries have any. */
  readonly productWords: ReadonlyMap<string, ProductName[]>;

  constructor(source: LookalikeSource) {
    this.#channels = source.channels;
    this.#publicNetworks = new Set(source.organizations.filter((org) => org.publicNetwork).map((org) => org.slug));
    this.#ecosystemNames = declaredNames(source, (org) => org.ecosystemNames);
    this.#coinedNames = declaredNames(source, (org) => org.coinedNames);
    this.productWords = productWordsOf(source);
    const names = new NameBuilder(this.#keys, this.#raws);
    const domains = collectNames(source, names);
    this.#flags = Uint8Array.from(names.flags);
    ({ starts: this.#targetStarts, targets: this.#targets } = names.targetsByName());
    this.#addTargetFacts();

    const formKinds: number[] = [];
    const formNames: number[] = [];
    const [SKELETON, VISUAL] = [FORM_KINDS.indexOf('skeleton'), FORM_KINDS.indexOf('visual')];
    /** Per name, whether it has a visual form of its own (see `formReach`). */
    const hasVisualForm = new Uint8Array(this.#keys.length);
    // A form two names share is indexed once: for the name whose skeleton it is ("brairio" is that name
    // itself, not "brairiio" with a letter repeated), else for the first.
    const formIds = new TextIds(this.#forms);
    for (let nameId = 0; nameId < this.#keys.length; nameId++) {
      if (!(names.flags[nameId]! & JOINED)) this.longestName = Math.max(this.longestName, this.#raws[nameId]!.length);
      if (this.#raws[nameId]!.length === 4 && !(names.flags[nameId]! & JOINED)) this.fourLetterNames.add(this.#raws[nameId]!);
      for (const { form, kind } of formsOfKey(this.#keys[nameId]!)) {
        const id = formIds.add(form);
        const kindId = FORM_KINDS.indexOf(kind);
        if (id === formKinds.length) {
          formKinds.push(kindId);
          formNames.push(nameId);
          if (kindId === VISUAL) hasVisualForm[nameId] = 1;
        } else if (kindId === SKELETON) {
          // Another name's visual or collapsed form: this name's skeleton says more.
          if (formKinds[id] === VISUAL) hasVisualForm[formNames[id]!] = 0;
          formKinds[id] = kindId;
          formNames[id] = nameId;
        }
      }
    }
    const formEdits = formKinds.map((kind, id) => {
      const nameId = formNames[id]!;
      return this.isJoined(nameId) ? 0 : Math.min(allowedEdits(this.#raws[nameId]!.length), kind === SKELETON ? 2 : 1);
    });
    // A second edit is counted on the letters a person sees: the visual form when the name has one
    // (UTS #39 spells m as rn, so on the skeleton "metacask" is two edits from "metamask"), else the skeleton.
    const formReach = formEdits.map((edits, id) => {
      const nameId = formNames[id]!;
      const length = this.#raws[nameId]!.length;
      if (edits !== 1 || length < SECOND_EDIT_LENGTH || allowedEdits(length) !== 1) return edits;
      const kind = formKinds[id]!;
      return kind === VISUAL || (kind === SKELETON && !hasVisualForm[nameId]) ? 2 : 1;
    });
    this.#formFacts = Uint32Array.from(formNames, (nameId, id) => packForm(nameId, formKinds[id]!, formEdits[id]!, formReach[id]!));
    const forms = new HashPairs(this.#forms.length);
    for (let id = 0; id < this.#forms.length; id++) forms.add(hashString(this.#forms[id]!), id);
    this.#byForm = new StaticHashMultiMap(forms);

    const near = this.#deletionPairs((id) => this.formEdits(id), false);
    // Before the table: building it takes the pairs' hashes over.
    this.typoFilter = new GroupedPresenceFilter(near.pairs.hashes, near.groups, near.pairs.length, near.runStarts);
    this.typos = new StaticHashMultiMap(near.pairs);
    const farDeletions = (id: number) => (this.formReach(id) > this.formEdits(id) ? 2 : 0);
    const far = this.#deletionPairs(farDeletions, true);
    this.farFilter = new GroupedPresenceFilter(far.pairs.hashes, far.groups, far.pairs.length, far.runStarts);
    this.farTypos = new StaticHashMultiMap(far.pairs);
    for (let id = 0; id < this.#forms.length; id++) {
      const deletions = farDeletions(id);
      const length = this.#forms[id]!.length - deletions;
      if (deletions > 0 && length < this.farLengths.length) this.farLengths[length] = 1;
    }

    // Letters as written count for the floor: UTS #39 spells m as rn, and "meta" is no longer for it.
    this.tokens = new TokenRuns(this.#keys, (id) => this.#raws[id]!.length >= MIN_TOKEN_LENGTH);
    this.frames = new ConsonantFrames(this.#raws, (id) => this.isFramed(id));
    this.longNames = new LongNames(this.#raws, (id) => !this.isJoined(id) && !this.isCommon(id));
    const labels = new HashPairs(domains.positions.length);
    domains.positions.forEach((position, k) => labels.add(hashString(domains.labels[k]!), position));
    this.#domainsByLabel = new StaticHashMultiMap(labels);
  }

  /**
   * The deletion variants of the forms, `deletionsOf` each (0 for none; `onlyMost`: exactly that many),
   * with their filter groups, and where each form's run of variants starts (see `GroupedPresenceFilter`).
   */
  #deletionPairs(deletionsOf: (formId: number) => number, onlyMost: boolean): { pairs: HashPairs; groups: Uint16Array; runStarts: Uint32Array } {
    let entries = 0;
    let runs = 0;
    for (let id = 0; id < this.#forms.length; id++) {
      const d = deletionsOf(id);
      if (d === 0) continue;
      entries += variantCount(this.#forms[id]!.length, d, onlyMost);
      runs++;
    }
    const pairs = new HashPairs(entries);
    const groups = new Uint16Array(entries);
    const runStarts = new Uint32Array(runs + 1);
    for (let id = 0, run = 0; id < this.#forms.length; id++) {
      const d = deletionsOf(id);
      if (d === 0) continue;
      runStarts[run++] = pairs.length;
      pairs.fill(id, deletionHashes(this.#forms[id]!, d, pairs.hashes, groups, pairs.length, onlyMost));
    }
    runStarts[runs] = pairs.length;
    return { pairs, groups, runStarts };
  }

  /**
   * Whether a name is searched for by its consonants: names of 5+ letters but for industry words
   * ("crypto"), domains known only joined with their suffix ("applecom") and short aliases ("insta"),
   * whose consonants are inside too many other names.
   */
  isFramed(nameId: number): boolean {
    const raw = this.#raws[nameId]!;
    if (raw.length < MIN_TOKEN_LENGTH || isGenericWord(raw) || this.isJoined(nameId)) return false;
    return !this.isAlias(nameId) || raw.length >= MIN_FRAMED_ALIAS;
  }

  get nameCount(): number {
    return this.#keys.length;
  }

  /** A name's compact skeleton: what is compared. */
  nameKey(nameId: number): string {
    return this.#keys[nameId]!;
  }

  /** A name's compact lower-case text as the organization writes it. */
  nameRaw(nameId: number): string {
    return this.#raws[nameId]!;
  }

  /** A frequent or generic word, or an alias: matched only beside a lure, never as a loose typo or ASCII lookalike. */
  isCommon(nameId: number): boolean {
    return (this.#flags[nameId]! & COMMON) !== 0;
  }

  /** Whether the organization's name is also a public network's, which others name their endpoints after ("arbitrum.llamarpc.com"). */
  namesPublicNetwork(organization: string): boolean {
    return this.#publicNetworks.has(organization);
  }

  /**
   * Whether an organization says others name their tools, channels and fan sites after one of its names
   * (`raw`, as written: "youtube"), which beside other words with no lure is then theirs.
   */
  isEcosystemName(organization: string, raw: string): boolean {
    return this.#ecosystemNames.has(`${organization} ${raw}`);
  }

  /** Whether any organization declares such names: most registries have none, and their lookups skip the question. */
  get hasEcosystemNames(): boolean {
    return this.#ecosystemNames.size > 0;
  }

  /** Whether an organization says it coined one of its names (`raw`, as written: "google"), a word dictionaries list since. */
  isCoinedName(organization: string, raw: string): boolean {
    return this.#coinedNames.size > 0 && this.#coinedNames.has(`${organization} ${raw}`);
  }

  /** Whether any organization's name is a public network's: most registries have none, and their lookups skip the question. */
  get hasPublicNetworks(): boolean {
    return this.#publicNetworks.size > 0;
  }

  /** Only known as an alias ("insta"): a number beside it is a product name (insta360), not a lure. */
  isAlias(nameId: number): boolean {
    return (this.#flags[nameId]! & ALIAS) !== 0;
  }

  /** Only known as a domain joined with its suffix ("cryptocom"): never a typo target. */
  isJoined(nameId: number): boolean {
    return (this.#flags[nameId]! & JOINED) !== 0;
  }

  /** The official channels known by this name, one or more. */
  targetsOf(nameId: number): LookalikeTarget[] {
    const found: LookalikeTarget[] = [];
    for (let i = this.#targetStarts[nameId]!; i < this.#targetStarts[nameId + 1]!; i++) found.push(this.#channels[this.#targets[i]! >>> FACTS_BITS]!);
    return found;
  }

  /**
   * One channel of each organization the name belongs to, the organizations in the order found: the
   * first of those `rank` puts highest. Findings keep one channel per organization, the first of the
   * highest rank, so these are all of the name's channels they would keep. For a name of one
   * organization, as nearly all are, only the channel chosen is read.
   */
  bestTargetsOf(nameId: number, rank: TargetRank): LookalikeTarget[] {
    const from = this.#targetStarts[nameId]!;
    const to = this.#targetStarts[nameId + 1]!;
    if (from === to) return [];
    const targets = this.#targets;
    if (targets[from]! & ONE_ORGANIZATION) {
      let best = from;
      let bestRank = -Infinity;
      for (let i = from; i < to; i++) {
        const facts = targets[i]! & FACTS_MASK & ~ONE_ORGANIZATION;
        const r = rank(TARGET_KINDS[facts & KIND_MASK]!, this.#platforms[facts >>> PLATFORM_SHIFT]);
        if (r > bestRank) {
          best = i;
          bestRank = r;
        }
      }
      return [this.#channels[targets[best]! >>> FACTS_BITS]!];
    }
    const found: LookalikeTarget[] = [];
    const ranks: number[] = [];
    for (const target of this.targetsOf(nameId)) {
      const r = rank(target.kind, target.platform);
      const k = found.findIndex((f) => f.organization === target.organization);
      if (k < 0) {
        found.push(target);
        ranks.push(r);
      } else if (r > ranks[k]!) {
        found[k] = target;
        ranks[k] = r;
      }
    }
    return found;
  }

  /** The organizations (slugs) a name belongs to, each once, in the order found. */
  organizationsOf(nameId: number): string[] {
    const from = this.#targetStarts[nameId]!;
    if (from === this.#targetStarts[nameId + 1]!) return [];
    const first = this.#targets[from]!;
    if (first & ONE_ORGANIZATION) return [this.#channels[first >>> FACTS_BITS]!.organization];
    const found: string[] = [];
    for (const target of this.targetsOf(nameId)) if (!found.includes(target.organization)) found.push(target.organization);
    return found;
  }

  /**
   * Codes every target's kind and platform beside its position, and marks the names whose targets are
   * one organization's (see `#targets`); the targets come as positions alone.
   */
  #addTargetFacts(): void {
    const targets = this.#targets;
    const platformCodes = new Map<string, number>();
    for (let nameId = 0; nameId + 1 < this.#targetStarts.length; nameId++) {
      const from = this.#targetStarts[nameId]!;
      const to = this.#targetStarts[nameId + 1]!;
      if (from === to) continue;
      const organization = this.#channels[targets[from]!]!.organization;
      // Anything the byte cannot hold (more platforms than codes) sends the name down the slow path.
      let coded = true;
      for (let i = from; i < to; i++) {
        const position = targets[i]!;
        if (position > MAX_POSITION) throw new RangeError(`the lookalike index holds up to ${MAX_POSITION + 1} channels`);
        const channel = this.#channels[position]!;
        const kind = TARGET_KINDS.indexOf(channel.kind);
        let platform = 0;
        if (channel.platform !== undefined) {
          platform = platformCodes.get(channel.platform) ?? 0;
          if (platform === 0 && platformCodes.size < PLATFORM_CODES) {
            platformCodes.set(channel.platform, (platform = platformCodes.size + 1));
            this.#platforms[platform] = channel.platform;
          }
        }
        if (kind < 0 || (channel.platform !== undefined && platform === 0) || channel.organization !== organization) coded = false;
        targets[i] = ((position << FACTS_BITS) | Math.max(kind, 0) | (platform << PLATFORM_SHIFT)) >>> 0;
      }
      if (coded) targets[from]! |= ONE_ORGANIZATION;
    }
  }

  /** The form with exactly this text, if any. */
  formId(form: string): number | undefined {
    const byForm = this.#byForm;
    byForm.seek(hashString(form));
    for (let id = byForm.next(); id !== -1; id = byForm.next()) if (this.#forms[id] === form) return id;
    return undefined;
  }

  get formCount(): number {
    return this.#forms.length;
  }

  formText(formId: number): string {
    return this.#forms[formId]!;
  }

  formKind(formId: number): FormKind {
    return FORM_KINDS[(this.#formFacts[formId]! >>> KIND_SHIFT) & 3]!;
  }

  formName(formId: number): number {
    return this.#formFacts[formId]! & NAME_MASK;
  }

  /**
   * Edits a form is a typo target for. Floors count the letters a person sees (UTS #39 writes m as
   * rn, which must not lengthen a name). Two edits only on the skeleton; its visual and collapsed
   * forms get one, which halves the table (most names have an m, d or w, which UTS #39 spells rn, cl,
   * vv). Names known only joined with their suffix are no typo target.
   */
  formEdits(formId: number): number {
    return (this.#formFacts[formId]! >>> EDITS_SHIFT) & 3;
  }

  /**
   * Deletions the typo tables hold for a form: its edits, and two for the visual form (else the
   * skeleton) of a name of 7–9 letters, in `farTypos`: with evidence around a piece a second edit
   * counts whatever it changes, and a swap beside another slip even alone ("cionbsae"), and with one
   * deletion indexed two letters changed ("telegrnn") or swapped were out of reach.
   */
  formReach(formId: number): number {
    return (this.#formFacts[formId]! >>> REACH_SHIFT) & 3;
  }

  /** Active official domains whose registrable label is `label` (compact, lower case). */
  domainsLabelled(label: string): ChannelEntry[] {
    const found: ChannelEntry[] = [];
    this.#domainsByLabel.forEach(hashString(label), (position) => {
      const channel = this.#channels[position]!;
      if (checkedDomainLabel(channel.value) === label) found.push(channel);
    });
    return found;
  }
}

/** Active official domains: positions among the channels, and each one's registrable label as names are compared. */
interface OfficialDomains {
  positions: number[];
  labels: string[];
}

/**
 * Adds every active channel's names and every organization's name (under its first domain, else
 * its first channel) to `names`; returns the active official domains.
 */
function collectNames(source: LookalikeSource, names: NameBuilder): OfficialDomains {
  const channels = source.channels;
  // Organizations by number, so that candidates carry a number rather than look a slug up again.
  const ordinals = new Map<string, number>();
  const firstChannel: number[] = [];
  // Candidate names in parallel arrays (a million channels give over a million): text, channel,
  // organization, kind; sized up front (two names a channel at most, then names and aliases), typed
  // where they can be, so that building them leaves the collector little to copy.
  const aliasCount = source.organizations.reduce((n, org) => n + (org.aliases?.length ?? 0), 0);
  const capacity = 2 * channels.length + source.organizations.length + aliasCount;
  const texts: string[] = [];
  const targets = new Uint32Array(capacity);
  const organizations = new Uint32Array(capacity);
  const kinds = new Uint8Array(capacity);
  const domains: OfficialDomains = { positions: [], labels: [] };
  const candidate = (text: string, target: number, organization: number, kind: number) => {
    const at = texts.push(text) - 1;
    targets[at] = target;
    organizations[at] = organization;
    kinds[at] = kind;
  };
  for (let position = 0; position < channels.length; position++) {
    const channel = channels[position]!;
    if (channel.status !== 'active') continue;
    let organization = ordinals.get(channel.organization);
    if (organization === undefined) ordinals.set(channel.organization, (organization = firstChannel.push(position) - 1));
    else if (channel.kind === 'domain' && channels[firstChannel[organization]!]!.kind !== 'domain') firstChannel[organization] = position;
    const found = channelNames(channel);
    if (channel.kind === 'domain' && found.length) {
      domains.positions.push(position);
      domains.labels.push(compactRaw(found[0]!.text));
    }
    for (const name of found) candidate(name.text, position, organization, (name.joined ? JOINED : 0) | (channel.kind === 'social' ? 0 : BRAND));
  }
  const aliases: Array<{ text: string; organization: number; ticker: boolean }> = [];
  for (const org of source.organizations) {
    const organization = ordinals.get(org.slug);
    if (organization === undefined) continue;
    // Lower case first: the skeleton reads a capital I as l, and "Instagram" is the name instagram.com carries.
    const name = organizationName(org.name).toLowerCase();
    candidate(name, firstChannel[organization]!, organization, BRAND);
    // Aliases ("ig", "insta", "outlook") name the organization too, but short or common ones are seldom
    // its alone: others write them as well (instacart, insta360), so like common words they count only
    // beside a lure. Long ones that are no word ("iforgot", "primevideo") count like its name.
    // A ticker ("amzn") is the organization's own, like its name.
    for (const alias of org.aliases ?? []) {
      const text = alias.toLowerCase();
      aliases.push({ text, organization, ticker: isTickerOf(compactRaw(text), compactRaw(name)) });
    }
  }
  // Aliases last: a name that is also some organization's own name or channel keeps that standing.
  for (const { text, organization, ticker } of aliases) candidate(text, firstChannel[organization]!, organization, BRAND | ALIAS | (ticker ? TICKER : 0));
  // A handle such as "binance_support" adds nothing to "binance": the brand with keywords is caught
  // through the brand. Domains and organization names always count.
  const raws = texts.map(compactRaw);
  const rawsByOrganization: string[][] = firstChannel.map(() => []);
  for (let i = 0; i < texts.length; i++) rawsByOrganization[organizations[i]!]!.push(raws[i]!);
  for (let i = 0; i < texts.length; i++) {
    const brand = (kinds[i]! & BRAND) !== 0;
    if (brand || !isNameWithKeywords(raws[i]!, rawsByOrganization[organizations[i]!]!)) {
      names.add(texts[i]!, raws[i]!, kinds[i]! & (JOINED | ALIAS | TICKER), targets[i]!);
    }
  }
  return domains;
}

/** Collects names while the index is built: one id per distinct skeleton, with its flags and channels. */
class NameBuilder {
  readonly #ids: TextIds;
  readonly flags: number[] = [];
  /** (name, channel) pairs in the order found; a name's first channel is the one it was first found on. */
  readonly #pairNames: number[] = [];
  readonly #pairChannels: number[] = [];

  constructor(
    readonly keys: string[],
    readonly raws: string[],
  ) {
    this.#ids = new TextIds(keys);
  }

  /** `flags`: JOINED and ALIAS as the candidate has them; a name keeps each only while every candidate has it. */
  add(text: string, raw: string, flags: number, target: number): void {
    const key = compactSkeletonOf(text);
    if (!key) return;
    const id = this.#ids.add(key);
    if (id === this.raws.length) {
      // Equal texts share one string: most names are plain ASCII, their skeleton and raw text alike.
      this.raws.push(raw === key ? key : raw);
      // Two letters are too short to be anyone's brand alone: like a common word, they need a lure beside
      // them. So do short aliases ("ig", "insta"); a long one that is no word ("iforgot", "primevideo") is the
      // organization's own, like its name. A name that is a keyword ("login", "bonus") is in every phishing
      // name: a common word too.
      const common = (flags & ALIAS && raw.length < 6 && !(flags & TICKER)) || raw.length < 3 || isCommonWord(raw) || isKeyword(raw) ? COMMON : 0;
      this.flags.push(common | (flags & ~TICKER));
    } else {
      this.flags[id]! &= ~(JOINED | ALIAS) | flags;
    }
    this.#pairNames.push(id);
    this.#pairChannels.push(target);
  }

  /** Each name's channels, in the order found and each once, grouped by name (a stable counting sort). */
  targetsByName(): { starts: Uint32Array; targets: Uint32Array } {
    const names = this.keys.length;
    const pairNames = this.#pairNames;
    const pairChannels = this.#pairChannels;
    const counts = new Uint32Array(names + 1);
    for (let i = 0; i < pairNames.length; i++) counts[pairNames[i]! + 1]!++;
    for (let n = 0; n < names; n++) counts[n + 1]! += counts[n]!;
    const sorted = new Uint32Array(pairNames.length);
    const next = counts.slice(0, names);
    for (let i = 0; i < pairNames.length; i++) sorted[next[pairNames[i]!]!++] = pairChannels[i]!;
    // Drop repeats within each name's run (a domain found as the organization's name too); runs are
    // short, and scanned in place: a view per channel would be a million objects to collect.
    const starts = new Uint32Array(names + 1);
    let kept = 0;
    for (let n = 0; n < names; n++) {
      starts[n] = kept;
      for (let i = counts[n]!; i < counts[n + 1]!; i++) {
        const channel = sorted[i]!;
        let seen = false;
        for (let k = starts[n]!; k < kept && !seen; k++) seen = sorted[k] === channel;
        if (!seen) sorted[kept++] = channel;
      }
    }
    starts[names] = kept;
    return { starts, targets: sorted.slice(0, kept) };
  }
}
