/** @module The lookalike index: official names by skeleton, a deletion neighbourhood for typos, hashed tokens for embedded brands. */
import type { ChannelEntry, OrganizationEntry } from '../registry/entries.ts';
import { hashString, HashMultiMap } from './hash-table.ts';
import { channelNames, compactRaw, compactSkeleton, isCommonWord, organizationName } from './names.ts';
import { isKeyword, keywordCores } from './keywords.ts';
import { collapsedForm, visualForm } from './skeleton.ts';

/** The official channel a name belongs to; its `organization` is the one imitated. */
export type LookalikeTarget = ChannelEntry;

export interface OfficialName {
  /** Compact skeleton: what is compared. */
  key: string;
  /** Compact lower-case text as the organization writes it. */
  raw: string;
  /** A frequent or generic word, or an alias: matched only beside a lure, never as a loose typo or ASCII lookalike. */
  common: boolean;
  /** Only known as a domain joined with its suffix ("cryptocom"): never a typo target. */
  joined: boolean;
  /** Only known as an alias ("insta"): a number beside it is a product name (insta360), not a lure. */
  alias: boolean;
  targets: LookalikeTarget[];
}

/** How a form of a name was made: the skeleton itself, its ASCII visual classes merged, or its repeated letters cut. */
export type FormKind = 'skeleton' | 'visual' | 'collapsed';

/** The forms a skeleton is compared in; the visual and collapsed forms only when they differ. */
export function formsOf(key: string): Array<{ form: string; kind: FormKind }> {
  const forms: Array<{ form: string; kind: FormKind }> = [{ form: key, kind: 'skeleton' }];
  const visual = visualForm(key);
  if (visual !== key) forms.push({ form: visual, kind: 'visual' });
  const collapsed = collapsedForm(visual);
  if (collapsed !== visual && collapsed.length >= 3) forms.push({ form: collapsed, kind: 'collapsed' });
  return forms;
}

/** Typo floors from the issue: one edit for names of 5+ characters, two for 10+. */
export const allowedEdits = (length: number): number => (length >= 10 ? 2 : length >= 5 ? 1 : 0);
/** Names shorter than this are matched whole only: "okx" inside "tokxyz" is nobody's brand. */
export const MIN_TOKEN_LENGTH = 5;

const BASE = 0x01000193;
/** Prefix hashes and powers, reused: building a million names' neighbourhoods allocates nothing per name. */
let PRE = new Uint32Array(64);
let POW = new Uint32Array(64);

/**
 * Calls `visit` with the polynomial hash (mod 2^32) of `key` with up to `deletions` characters left
 * out: the SymSpell deletion neighbourhood. Prefix sums make each variant O(1), so a 15-letter name's
 * 121 variants cost 121 multiplications, not 121 passes over the name. A name with doubled letters
 * visits some variants twice; callers tolerate repeats.
 */
export function forEachDeletionHash(key: string, deletions: number, visit: (hash: number) => void): void {
  const n = key.length;
  if (n + 1 > PRE.length) {
    PRE = new Uint32Array(2 * (n + 1));
    POW = new Uint32Array(2 * (n + 1));
  }
  const pre = PRE;
  const pow = POW;
  pre[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    pre[i + 1] = (Math.imul(pre[i]!, BASE) + key.charCodeAt(i)) >>> 0;
    pow[i + 1] = Math.imul(pow[i]!, BASE) >>> 0;
  }
  // hash of key[a..b)
  const span = (a: number, b: number) => (pre[b]! - Math.imul(pre[a]!, pow[b - a]!)) >>> 0;
  visit(pre[n]!);
  if (deletions < 1) return;
  for (let i = 0; i < n; i++) {
    visit((Math.imul(pre[i]!, pow[n - 1 - i]!) + span(i + 1, n)) >>> 0);
    if (deletions < 2) continue;
    const head = Math.imul(pre[i]!, pow[Math.max(0, n - 2 - i)]!);
    for (let j = i + 1; j < n; j++) {
      visit((head + Math.imul(span(i + 1, j), pow[n - 1 - j]!) + span(j + 1, n)) >>> 0);
    }
  }
}

/** How many variants a key of this length has: sizes the table without generating them twice. */
const variantCount = (length: number, deletions: number): number =>
  deletions === 0 ? 0 : 1 + length + (deletions === 2 ? (length * (length - 1)) / 2 : 0);

/** Whether `raw` is one of `names` with keywords before or after it ("binancesupport", "officialbinance"). */
function isNameWithKeywords(raw: string, names: Set<string>): boolean {
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
  channels: ChannelEntry[];
}

export class LookalikeIndex {
  readonly names: OfficialName[] = [];
  /** Every form of every name: its text, kind and name, in parallel arrays. */
  readonly forms: string[] = [];
  readonly formKinds: FormKind[] = [];
  readonly formNames: number[] = [];
  readonly #byForm = new Map<string, number>();
  readonly typos: HashMultiMap;
  readonly tokens: HashMultiMap;
  /** tokenLengths[n] is 1 when some token has n characters: substring search probes those lengths only. */
  readonly tokenLengths = new Uint8Array(64);
  /** Letters in the longest official name: longer pieces cannot be a typo of any. */
  longestName = 0;
  /** Active official domains by registrable label (raw compact), for TLD swaps and embedded domains. */
  readonly domainsByLabel = new Map<string, ChannelEntry[]>();

  constructor(source: LookalikeSource) {
    const firstChannel = new Map<string, ChannelEntry>();
    const candidates: Array<{ text: string; joined: boolean; brand: boolean; target: LookalikeTarget; alias?: boolean }> = [];
    for (const channel of source.channels) {
      if (channel.status !== 'active') continue;
      const held = firstChannel.get(channel.organization);
      if (!held || (channel.kind === 'domain' && held.kind !== 'domain')) firstChannel.set(channel.organization, channel);
      const names = channelNames(channel);
      // A domain's first name is its label ("binance" of binance.com).
      if (channel.kind === 'domain' && names[0]) this.#push(this.domainsByLabel, compactRaw(names[0].text), channel);
      const target = channel;
      for (const name of names) candidates.push({ text: name.text, joined: name.joined, brand: channel.kind !== 'social', target });
    }
    const aliases: typeof candidates = [];
    for (const org of source.organizations) {
      const channel = firstChannel.get(org.slug);
      if (!channel) continue;
      // Lower case first: the skeleton reads a capital I as l, and "Instagram" is the name instagram.com carries.
      candidates.push({ text: organizationName(org.name).toLowerCase(), joined: false, brand: true, target: channel });
      // Aliases ("ig", "insta", "outlook") name the organization too, but are seldom its alone: others
      // write them as well (instacart, insta360), so like common words they count only beside a lure.
      for (const alias of org.aliases ?? []) aliases.push({ text: alias.toLowerCase(), joined: false, brand: true, target: channel, alias: true });
    }
    // Aliases last: a name that is also some organization's own name or channel keeps that standing.
    candidates.push(...aliases);
    // A handle such as "binance_support" adds nothing to "binance": the brand with keywords is caught
    // through the brand. Domains and organization names always count.
    const rawByOrg = new Map<string, Set<string>>();
    for (const c of candidates) {
      const set = rawByOrg.get(c.target.organization) ?? new Set<string>();
      set.add(compactRaw(c.text));
      rawByOrg.set(c.target.organization, set);
    }
    // Names by skeleton while building only: lookups go through the forms.
    const nameIds = new Map<string, number>();
    for (const c of candidates) {
      const own = rawByOrg.get(c.target.organization)!;
      const redundant = !c.brand && isNameWithKeywords(compactRaw(c.text), own);
      if (!redundant) this.#addName(nameIds, c.text, c.joined, c.target, c.alias);
    }
    this.names.forEach((n, nameId) => {
      if (!n.joined) this.longestName = Math.max(this.longestName, n.raw.length);
      for (const { form, kind } of formsOf(n.key)) {
        if (this.#byForm.has(form)) continue;
        this.#byForm.set(form, this.forms.length);
        this.forms.push(form);
        this.formKinds.push(kind);
        this.formNames.push(nameId);
      }
    });

    // Floors count the letters a person sees (UTS #39 writes m as rn, which must not lengthen a name).
    // Two edits are indexed on the skeleton only; its visual and collapsed forms get one, which
    // halves the table (most names have an m, d or w, which UTS #39 spells rn, cl, vv).
    const edits = (id: number) => {
      const name = this.names[this.formNames[id]!]!;
      return name.joined ? 0 : Math.min(allowedEdits(name.raw.length), this.formKinds[id] === 'skeleton' ? 2 : 1);
    };
    let entries = 0;
    for (let id = 0; id < this.forms.length; id++) entries += variantCount(this.forms[id]!.length, edits(id));
    this.typos = new HashMultiMap(entries);
    this.tokens = new HashMultiMap(this.names.length);
    for (let id = 0; id < this.forms.length; id++) {
      const d = edits(id);
      if (d > 0) forEachDeletionHash(this.forms[id]!, d, (h) => this.typos.add(h, id));
    }
    this.names.forEach((n, id) => {
      if (n.key.length >= MIN_TOKEN_LENGTH && n.key.length < this.tokenLengths.length) {
        this.tokens.add(hashString(n.key), id);
        this.tokenLengths[n.key.length] = 1;
      }
    });
  }

  /** The form (index into `forms`) with exactly this text, if any. */
  formId(form: string): number | undefined {
    return this.#byForm.get(form);
  }

  #push<T>(map: Map<string, T[]>, key: string, item: T): void {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }

  #addName(nameIds: Map<string, number>, text: string, joined: boolean, target: LookalikeTarget, alias = false): void {
    const key = compactSkeleton(text);
    if (!key) return;
    let id = nameIds.get(key);
    if (id === undefined) {
      id = this.names.length;
      const raw = compactRaw(text);
      // Two letters are too short to be anyone's brand alone: like a common word, they need a lure beside them.
      this.names.push({ key, raw, common: alias || raw.length < 3 || isCommonWord(raw), joined, alias, targets: [] });
      nameIds.set(key, id);
    }
    const name = this.names[id]!;
    name.joined &&= joined;
    name.alias &&= alias;
    if (!name.targets.includes(target)) name.targets.push(target);
  }
}
