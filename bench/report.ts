/** @module The tables `npm run bench` prints for the registry sizes, and the targets checked against them. */
import { TECHNIQUES } from './lookalike-queries.ts';
import { heapAfterGc, mb, totalOf, type MemoryUse } from './memory.ts';
import { QUERY_KINDS } from './queries.ts';
import { DICTIONARY_QUERIES, FRESH_QUERIES, LOOKALIKE_KIND, type SizeResult } from './size-bench.ts';
import { fixed, printTable } from './table.ts';

export type SizeSummary = Omit<SizeResult, 'index' | 'content' | 'queries'>;

const count = (n: number) => n.toLocaleString('en-US');
/** "31.2 (heap 20.1 + typed arrays 11.1)": typed arrays live outside V8's heap, so heapUsed alone would hide them. */
const weight = (m: MemoryUse) => `${mb(totalOf(m))} (${mb(m.heap)} + ${mb(m.arrayBuffers)})`;

export function printLookups(sizes: SizeSummary[], lookup: { iterations: number; queriesPerKind: number; rounds: number }): void {
  printTable(
    `Lookup: parseContact + checkContact, µs per call (${count(lookup.iterations)} calls per kind over ${count(lookup.queriesPerKind)} queries; median of ${lookup.rounds} rounds).\n` +
      `Kinds: half hits, half unregistered brand-like names. "${LOOKALIKE_KIND}": half typosquats, homoglyphs, brand+keyword and TLD swaps of registered brands, half unrelated sites.`,
    ['kind', 'channels', 'parse µs', 'check µs', 'total µs', 'calls/s', 'hits', 'unexpected'],
    sizes.flatMap((s) =>
      ([...QUERY_KINDS, LOOKALIKE_KIND] as const).map((kind) => {
        const k = s.kinds[kind];
        return [kind, s.channels, fixed(k.parseUs), fixed(k.checkUs), fixed(k.totalUs), Math.round(1e6 / k.totalUs), `${k.hits}/${k.queries}`, k.unexpected];
      }),
    ),
  );
}

export function printLookalikeScores(sizes: SizeSummary[]): void {
  printTable(
    'Lookalike hit rate on the lookalike-heavy domain queries: verdict `lookalike`; the imitated organization first, tied with the first (same score), anywhere among the matches; ' +
      `dictionary words: ${count(DICTIONARY_QUERIES)} sites named with everyday English words (one alone, beside or joined to a lure, two joined), checked for false alarms`,
    ['channels', 'technique', 'queries', 'lookalike', 'right org first', 'tied first', 'right org named', 'rate (first)'],
    sizes.flatMap((s) => [
      ...TECHNIQUES.map((t) => {
        const x = s.accuracy.techniques[t];
        return [s.channels, t, x.queries, x.lookalike, x.rightFirst, x.tiedFirst, x.rightNamed, `${fixed((100 * x.rightFirst) / x.queries, 1)} %`];
      }),
      [s.channels, 'unrelated (false alarms)', s.accuracy.unrelated.queries, s.accuracy.unrelated.falseAlarms, '-', '-', '-', `${fixed((100 * s.accuracy.unrelated.falseAlarms) / s.accuracy.unrelated.queries, 1)} %`],
      [s.channels, 'dictionary words (false alarms)', s.accuracy.dictionary.queries, s.accuracy.dictionary.falseAlarms, '-', '-', '-', `${fixed((100 * s.accuracy.dictionary.falseAlarms) / s.accuracy.dictionary.queries, 2)} %`],
    ]),
  );
  console.log('Examples of the rest (not first, not tied), with score and reasons of the first three matches, and false alarms:');
  for (const s of sizes) for (const f of s.accuracy.failures) console.log(`  ${count(s.channels)}: ${f}`);
  printTable(
    'Lookalike domain check, where the time goes: checkContact, then its exact lookup (index.find) and lookalike search (index.lookalikes) alone, µs per call; ' +
      `fresh: parse + check of ${count(FRESH_QUERIES / 2)} other queries of the kind, each met once (a server meets new queries; the timed ones repeat, and a lookup keeps small caches of pieces)`,
    ['channels', 'queries', 'checkContact µs', 'find µs', 'lookalikes µs', 'fresh parse + check µs'],
    sizes.flatMap((s) => s.split.map((x) => [s.channels, x.population, fixed(x.checkUs), fixed(x.findUs), fixed(x.lookalikesUs), fixed(x.freshUs)])),
  );
}

export function printBuilds(sizes: SizeSummary[]): void {
  printTable(
    'Registry build: generate the synthetic file, normalize it (reader = readRegistryFile; direct = same shapes written already normalized, checked equal on 2,000 channels), build the indexes',
    ['channels', 'orgs', 'scams', 'generate ms', 'normalize', 'normalize ms', 'LookalikeIndex ms', 'RegistryIndex ms'],
    sizes.map((s) => [s.channels, s.organizations, s.scams, fixed(s.generateMs, 0), s.path, fixed(s.normalizeMs, 0), fixed(s.lookalikeMs, 0), fixed(s.indexMs, 0)]),
  );
  printTable(
    `Memory held, MB = JS heap + typed arrays (${heapAfterGc ? 'after a full GC' : 'WITHOUT GC, approximate'}); RegistryIndex includes its own LookalikeIndex`,
    ['channels', 'content', 'LookalikeIndex alone', 'RegistryIndex', 'exact maps (difference)'],
    sizes.map((s) => [s.channels, weight(s.contentMemory), weight(s.lookalikeMemory), weight(s.indexMemory), mb(totalOf(s.indexMemory) - totalOf(s.lookalikeMemory))]),
  );
  printTable(
    'LookalikeIndex parts: typo deletion-neighbourhood table, far table (second edits of 7–9-letter names), token table with its table of token starts, consonant frames (32-bit slots, a quarter left empty), the long names (11+ letters) by their ends and length, and the heap (name and form strings, the arrays holding them)',
    ['channels', 'names', 'typo entries', 'typo table + filter MB', 'far entries', 'far table + filter MB', 'token entries', 'token + prefix tables MB', 'frames MB', 'long names', 'long names MB', 'heap MB (name strings etc.)'],
    sizes.map((s) => [
      s.channels, s.shape.names, s.shape.typoEntries, mb(s.shape.typoBytes), s.shape.farEntries, mb(s.shape.farBytes), s.shape.tokenEntries, mb(s.shape.tokenBytes), mb(s.shape.frameBytes),
      s.shape.longNames, mb(s.shape.longNameBytes), mb(s.lookalikeMemory.heap),
    ]),
  );
}

/** Batch time against the large registry over the small one: all inputs, those both answer alike, and those warm. */
export interface BatchRatios {
  all: number;
  alike: number;
  warm: number;
}

/** "About the same time" read as within a fifth. */
const BATCH_RATIO_TARGET = 1.2;

/** The targets at the largest size, each with the figure it is judged on. */
export function printTargets(largest: SizeSummary, batch: BatchRatios): void {
  const lookalike = largest.kinds[LOOKALIKE_KIND];
  const { typo } = largest.accuracy.techniques;
  const { dictionary } = largest.accuracy;
  // Half imitations, half unrelated sites, as the timed lookalike-heavy kind.
  const freshUs = largest.split.reduce((sum, x) => sum + x.freshUs, 0) / largest.split.length;
  const rows: Array<[string, string, string, boolean]> = [
    ['lookalike domain check (checkContact)', `${fixed(lookalike.checkUs)} µs`, '≤ 25 µs', lookalike.checkUs <= 25],
    ['lookalike domain check (parse + check)', `${fixed(lookalike.totalUs)} µs`, '≤ 25 µs', lookalike.totalUs <= 25],
    ['… on queries met once each (fresh)', `${fixed(freshUs)} µs`, '≤ 25 µs', freshUs <= 25],
    ['false alarms on everyday-word sites', `${fixed((100 * dictionary.falseAlarms) / dictionary.queries, 2)} %`, '≤ 1 %', dictionary.falseAlarms <= dictionary.queries / 100],
    ['typo hit rate, right org first (or tied)', `${fixed((100 * typo.rightFirst) / typo.queries, 1)} % (${fixed((100 * (typo.rightFirst + typo.tiedFirst)) / typo.queries, 1)} %)`, '≈ 100 %', typo.rightFirst / typo.queries >= 0.98],
    ['RegistryIndex build', `${fixed(largest.indexMs / 1000, 1)} s`, '≤ 10 s', largest.indexMs <= 10_000],
    ['RegistryIndex memory', `${mb(totalOf(largest.indexMemory))} MB`, '≤ 150 MB', totalOf(largest.indexMemory) <= 150 * 2 ** 20],
    ['batch time ratio, 200k / 1k channels', fixed(batch.all), `≈ 1 (≤ ${BATCH_RATIO_TARGET})`, batch.all <= BATCH_RATIO_TARGET],
    ['… on the inputs answered alike', fixed(batch.alike), `≈ 1 (≤ ${BATCH_RATIO_TARGET})`, batch.alike <= BATCH_RATIO_TARGET],
    ['… those inputs warm, each alone', fixed(batch.warm), `≈ 1 (≤ ${BATCH_RATIO_TARGET})`, batch.warm <= BATCH_RATIO_TARGET],
  ];
  printTable(`Targets at ${count(largest.channels)} channels (issue #3)`, ['figure', 'measured', 'target', 'met'], rows.map(([a, b, c, ok]) => [a, b, c, ok ? 'yes' : 'NO']));
}
