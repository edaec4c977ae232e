/** @module The lookalike index: official names by skeleton, a deletion neighbourhood for typos, hashed tokens for embedded brands. */
import type { ChannelEntry, OrganizationEntry } from '../registry/entries.ts';
import { hashString, HashMultiMap } from './hash-table.ts';
import { channelNames, compactRaw, compactSkeleton, domainLabel, isCommonWord, organizationName } from './names.ts';
import { keywordCores } from './keywords.ts';
import { collapsedForm, visualForm } from './skeleton.ts';

export interface LookalikeTarget {
  organization: string;
  channel: ChannelEntry;
}

export interface OfficialName {
  /** Compact skeleton: what is compared. */
  key: string;
  /** Compact lower-case text as the organization writes it. */
  raw: string;
  /** A frequent or generic word: matched only beside a lure, never as a loose typo or ASCII lookalike. */
  common: boolean;
  /** Only known as a domain joined with its suffix ("cryptocom"): never a typo target. */
  joined: boolean;
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

/**
 * Polynomial hashes (mod 2^32) of `key` with up to `deletions` characters left out: the SymSpell
 * deletion neighbourhood. Prefix sums make each variant O(1), so a 15-letter name's 121 variants
 * cost 121 multiplications, not 121 passes over the name.
 */
export function deletionHashes(key: string, deletions: number): number[] {
  const n = key.length;
  const pre = new Array<number>(n + 1);
  const pow = new Array<number>(n + 1);
  pre[0] = 0;
  pow[0] = 1;
  for (let i = 0; i < n; i++) {
    pre[i + 1] = (Math.imul(pre[i]!, BASE) + key.charCodeAt(i)) >>> 0;
    pow[i + 1] = Math.imul(pow[i]!, BASE) >>> 0;
  }
  // hash of key[a..b)
  const span = (a: number, b: number) => (pre[b]! - Math.imul(pre[a]!, pow[b - a]!)) >>> 0;
  const out = [pre[n]!];
  if (deletions < 1) return out;
  for (let i = 0; i < n; i++) {
    out.push((Math.imul(pre[i]!, pow[n - 1 - i]!) + span(i + 1, n)) >>> 0);
    if (deletions < 2) continue;
    for (let j = i + 1; j < n; j++) {
      const head = Math.imul(pre[i]!, pow[n - 2 - i]!);
      const middle = Math.imul(span(i + 1, j), pow[n - 1 - j]!);
      out.push((head + middle + span(j + 1, n)) >>> 0);
    }
  }
  return out;
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
    const candidates: Array<{ text: string; joined: boolean; brand: boolean; target: LookalikeTarget }> = [];
    for (const channel of source.channels) {
      if (channel.status !== 'active') continue;
      const held = firstChannel.get(channel.organization);
      if (!held || (channel.kind === 'domain' && held.kind !== 'domain')) firstChannel.set(channel.organization, channel);
      const label = channel.kind === 'domain' ? domainLabel(channel.value) : null;
      if (label) this.#push(this.domainsByLabel, compactRaw(label), channel);
      for (const name of channelNames(channel)) candidates.push({ ...name, brand: channel.kind !== 'social', target: { organization: channel.organization, channel } });
    }
    for (const org of source.organizations) {
      const channel = firstChannel.get(org.slug);
      if (channel) candidates.push({ text: organizationName(org.name), joined: false, brand: true, target: { organization: org.slug, channel } });
    }
    // A handle such as "binance_support" adds nothing to "binance": the brand with keywords is caught
    // through the brand. Domains and organization names always count.
    const rawByOrg = new Map<string, Set<string>>();
    for (const c of candidates) {
      const set = rawByOrg.get(c.target.organization) ?? new Set<string>();
      set.add(compactRaw(c.text));
      rawByOrg.set(c.target.organization, set);
    }
    for (const c of candidates) {
      const own = rawByOrg.get(c.target.organization)!;
      const redundant = !c.brand && keywordCores(compactRaw(c.text)).some((k) => own.has(k.core));
      if (!redundant) this.#addName(c.text, c.joined, c.target);
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
    // Floors count the letters a person sees (UTS #39 writes m as rn, which must not lengthen a name).
    const variants = this.forms.map((form, id) => {
      const name = this.names[this.formNames[id]!]!;
      // Two edits are indexed on the skeleton only; its visual and collapsed forms get one, which
      // halves the table (most names have an m, d or w, which UTS #39 spells rn, cl, vv).
      const d = name.joined ? 0 : Math.min(allowedEdits(name.raw.length), this.formKinds[id] === 'skeleton' ? 2 : 1);
      // A name's variants repeat when it has doubled letters ("bin[n]ance"): each is stored once.
      return d === 0 ? [] : [...new Set(deletionHashes(form, d))];
    });
    this.typos = new HashMultiMap(variants.reduce((sum, v) => sum + v.length, 0));
    this.tokens = new HashMultiMap(this.names.length);
    variants.forEach((hashes, id) => {
      for (const h of hashes) this.typos.add(h, id);
    });
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

  readonly #nameIds = new Map<string, number>();

  #addName(text: string, joined: boolean, target: LookalikeTarget): void {
    const key = compactSkeleton(text);
    if (!key) return;
    let id = this.#nameIds.get(key);
    if (id === undefined) {
      id = this.names.length;
      const raw = compactRaw(text);
      // Two letters are too short to be anyone's brand alone: like a common word, they need a lure beside them.
      this.names.push({ key, raw, common: raw.length < 3 || isCommonWord(raw), joined, targets: [] });
      this.#nameIds.set(key, id);
    }
    const name = this.names[id]!;
    name.joined &&= joined;
    if (!name.targets.some((t) => t.organization === target.organization && t.channel === target.channel)) name.targets.push(target);
  }
}
