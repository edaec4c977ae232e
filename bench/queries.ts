/** @module Benchmark queries per kind of contact: half registered (hits), half absent (misses), written as people paste them. */
import type { ChannelEntry, RegistryContent, ScamEntry } from '../src/core/registry/entries.ts';
import type { ParseOptions } from '../src/core/types.ts';
import { createRandom, type Random } from './prng.ts';
import { BENCH_PLATFORMS, handleAsWritten } from './synthetic-registry.ts';
import { capitalized, phoneNumber, TLDS, type BrandNames } from './synthetic-values.ts';

export const QUERY_KINDS = ['link', 'email', 'phone', 'social', 'bare @handle'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface Query {
  input: string;
  options: ParseOptions;
  /** Whether the registry holds it; the benchmark checks every verdict against this before timing. */
  hit: boolean;
}

type Entry = ChannelEntry | ScamEntry;
const isScam = (e: Entry): e is ScamEntry => 'target' in e;

/** Inputs for registered entries of each kind: variants a person would paste, all meaning that entry. */
const HIT: Record<QueryKind, (e: Entry, random: Random) => Query> = {
  link(e, random) {
    const sub = isScam(e) || e.subdomains !== false ? [`https://www.${e.value}/`] : [];
    return hitQuery(random.pick([`https://${e.value}/login`, e.value, `http://${e.value}/?utm_source=mail`, ...sub]));
  },
  email(e, random) {
    if (e.value.startsWith('@')) return hitQuery(`${random.pick(['info', 'billing', 'no-reply'])}@${e.value.slice(1)}`);
    return hitQuery(random.chance(0.3) ? `"Support" <${e.display}>` : e.display);
  },
  phone: (e, random) => hitQuery(random.chance(0.3) ? `tel:${e.value}` : e.display),
  social: (e) => ({ input: e.display, options: { platform: e.platform! }, hit: true }),
  'bare @handle': (e) => hitQuery(`@${capitalized(e.value.replace(/^@/, ''))}`),
};

const hitQuery = (input: string): Query => ({ input, options: {}, hit: true });
const missQuery = (input: string, options: ParseOptions = {}): Query => ({ input, options, hit: false });

/** Inputs that are valid contacts of the kind but in no entry: brand names never registered, numbers of the miss space. */
function missOf(kind: QueryKind, j: number, names: BrandNames, random: Random): Query {
  const name = names.next();
  switch (kind) {
    case 'link':
      return missQuery(`https://${name}.${random.pick(TLDS)}/login`);
    case 'email':
      return missQuery(`support@${name}.com`);
    case 'phone':
      return missQuery(phoneNumber(j, 'miss'));
    case 'social': {
      const platform = random.pick(BENCH_PLATFORMS);
      return missQuery(handleAsWritten(platform, name), { platform });
    }
    case 'bare @handle':
      return missQuery(`@${capitalized(name)}`);
  }
}

const ENTRY_KIND: Record<QueryKind, ChannelEntry['kind']> = {
  link: 'domain', email: 'email', phone: 'phone', social: 'social', 'bare @handle': 'social',
};

/**
 * `count` shuffled queries per kind, drawn from the normalized content the index was built from;
 * misses take fresh names from `names`, the stream the synthetic registry drew its names from.
 * @example createQueries(content, names, 1000).phone[0] // { input: '+1 (212) 231-0042', options: {}, hit: true }
 */
export function createQueries(content: RegistryContent, names: BrandNames, count: number, seed = 2): Record<QueryKind, Query[]> {
  const random = createRandom(seed);
  const out = {} as Record<QueryKind, Query[]>;
  for (const kind of QUERY_KINDS) {
    const entries: Entry[] = [...content.channels, ...content.scams].filter((e) => e.kind === ENTRY_KIND[kind]);
    const queries: Query[] = [];
    for (let j = 0; j < count; j++) {
      queries.push(j % 2 === 0 ? HIT[kind](random.pick(entries), random) : missOf(kind, j, names, random));
    }
    out[kind] = random.shuffle(queries);
  }
  return out;
}
