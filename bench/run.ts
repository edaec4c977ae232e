/** @module `npm run bench`: lookups and lookalikes at three registry sizes, index cost, batches, import time, HTTP throughput. */
import { cpus, loadavg } from 'node:os';
import type { RegistryContent } from '../src/core/registry/entries.ts';
import type { BatchRun } from './batch-bench.ts';
import { benchBatchInForks, forkRatios } from './batch-forks.ts';
import { checkDirectNormalize } from './direct-normalize.ts';
import { benchHttp } from './http-bench.ts';
import { benchImport } from './import-bench.ts';
import { median } from './lookup-bench.ts';
import { mb } from './memory.ts';
import type { Query } from './queries.ts';
import { printBuilds, printLookalikeScores, printLookups, printTargets, type SizeSummary } from './report.ts';
import { benchSize, warmUp } from './size-bench.ts';
import { fixed, printTable } from './table.ts';

// Sized to finish in about four minutes on two cores while keeping each figure stable to a few percent.
const SIZES = [1_000, 100_000, 1_000_000];
const LOOKUP = { queriesPerKind: 1_000, iterations: 10_000, warmup: 2_000, rounds: 5, splitIterations: 5_000 };
// Each fork starts cold: ten rounds of warm-up let the compiler settle before the timed ones and the warm sums.
const BATCH = { small: 1_000, large: 200_000, inputs: 1_000, warmup: 10, rounds: 15, forks: 3 };
const IMPORT_CHANNELS = 200_000;
/** The HTTP run serves this size: the 1,000,000 registry would add a snapshot store and load without changing the route's cost. */
const HTTP_CHANNELS = 100_000;
const HTTP = { connections: 50, seconds: 5, warmupSeconds: 1 };

const started = process.hrtime.bigint();
const seconds = () => (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);

// The load average says whether other processes shared the cores, which no figure below can show by itself.
console.log(`Verify benchmark: Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)}.`);
console.log('Synthetic registries and queries from a seeded PRNG: identical on every run.');
checkDirectNormalize(2_000);
console.log('Direct normalization (used above 100,000 channels) gives the same entries as readRegistryFile on 2,000 channels.');
warmUp();

/** One of each half of a kind: hits and misses, or imitations and unrelated sites. */
const firstHalf = (q: Query): boolean => q.hit || ('target' in q && q.target !== null);

const sizes: SizeSummary[] = [];
let httpRun: { content: RegistryContent; sample: Query[] } | null = null;
for (const channels of SIZES) {
  // Only the HTTP size keeps its registry: the 1,000,000 one is garbage once its figures are taken.
  const { index: _index, content, queries, ...summary } = benchSize(channels, LOOKUP);
  sizes.push(summary);
  if (channels === HTTP_CHANNELS) {
    const sample = Object.values(queries).flatMap((list) => [true, false].map((first) => list.find((q) => firstHalf(q) === first)!));
    httpRun = { content, sample };
  }
  console.log(`… ${channels.toLocaleString('en-US')} channels done (${seconds()} s)`);
}

printLookups(sizes, LOOKUP);
printLookalikeScores(sizes);
printBuilds(sizes);

const batches = benchBatchInForks(BATCH.small, BATCH.large, BATCH, BATCH.forks);
printTable(
  `Batch: checkContact over the same ${BATCH.inputs.toLocaleString('en-US')} parsed mixed inputs against both registries (every kind in turn, lookalike-heavy domains included), median of ${BATCH.rounds} batches, ` +
    `in ${BATCH.forks} fresh processes one after another (where a process's heap and code fall moves the ratio by a tenth or more); ` +
    `"same answers": the ${batches[0]!.sameInputs} inputs both answer alike (in the large one, more misses are near a registered name); ` +
    '"warm": those inputs each checked alone, repeated, best time summed (no cache misses: the work alone)',
  ['process', 'channels', 'inputs', 'ms per batch', 'µs per input', 'same answers ms', 'warm ms', 'verdicts', 'matches named'],
  batches.flatMap((batch, fork) =>
    batch.runs.map((b: BatchRun) => [
      fork + 1, b.channels, b.inputs, fixed(b.ms), fixed((1000 * b.ms) / b.inputs), fixed(b.sameMs), fixed(b.warmSameMs),
      Object.entries(b.verdicts).map(([verdict, n]) => `${verdict} ${n}`).join(', '), b.matches,
    ]),
  ),
);
const ratios = forkRatios(batches);
const spread = (values: number[]) => `${fixed(median(values))} (${values.map((v) => fixed(v)).join(', ')})`;
console.log(
  `large/small batch time ratio, median of the processes (each): ${spread(ratios.all)}; on the inputs answered alike: ${spread(ratios.alike)}; warm: ${spread(ratios.warm)} (about 1 when cost does not grow with the registry)`,
);
console.log(`… batch done (${seconds()} s)`);

const imported = await benchImport(IMPORT_CHANNELS);
printTable(
  'Import: importRegistry (validate, normalize, one transaction, publish) into a fresh libSQL file database',
  ['channels', 'orgs', 'scams', 'import ms', 'channels/s', 'database MB', 'version'],
  [[imported.channels, imported.organizations, imported.scams, fixed(imported.importMs, 0), Math.round(imported.channels / (imported.importMs / 1000)), mb(imported.databaseBytes), imported.version]],
);
console.log(`… import done (${seconds()} s)`);

if (!httpRun) throw new Error(`no ${HTTP_CHANNELS}-channel registry among the sizes`);
const http = await benchHttp(httpRun.content, httpRun.sample, HTTP);
printTable(
  `HTTP: real app on 127.0.0.1, ${HTTP_CHANNELS.toLocaleString('en-US')}-channel registry, autocannon ${HTTP.connections} connections, ${HTTP.seconds} s each`,
  ['route', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failures'],
  [http.check, http.health].map((r) => [r.label, Math.round(r.requestsPerSecond), r.p50Ms, r.p99Ms, r.requests, r.failures]),
);
console.log(`check/healthz throughput ratio: ${fixed(http.check.requestsPerSecond / http.health.requestsPerSecond)}`);
console.log(`check inputs rotated (${http.paths.length}): ${http.paths.map((p) => decodeURIComponent(p.slice('/api/v1/check?q='.length))).join('  |  ')}`);

printTargets(sizes.at(-1)!, { all: median(ratios.all), alike: median(ratios.alike), warm: median(ratios.warm) });
console.log(`\nTotal ${seconds()} s.`);
