/** @module `npm run bench`: lookup cost per kind at two registry sizes, import time, and HTTP throughput. */
import { cpus, loadavg } from 'node:os';
import { benchHttp } from './http-bench.ts';
import { benchImport } from './import-bench.ts';
import { heapAfterGc, mb } from './memory.ts';
import { QUERY_KINDS } from './queries.ts';
import { benchSize, type SizeResult } from './size-bench.ts';
import { fixed, printTable } from './table.ts';

// Sized to finish in well under two minutes on two cores while keeping each figure stable to a few percent.
const SIZES = [1_000, 100_000];
const LOOKUP = { queriesPerKind: 1_000, iterations: 20_000, warmup: 2_000, rounds: 5 };
const IMPORT_CHANNELS = 200_000;
const HTTP = { connections: 50, seconds: 5, warmupSeconds: 1 };

const started = process.hrtime.bigint();
const seconds = () => (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);

// The load average says whether other processes shared the cores, which no figure below can show by itself.
console.log(`Verify benchmark: Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)}.`);
console.log('Synthetic registries and queries from a seeded PRNG: identical on every run.');

const sizes: SizeResult[] = [];
for (const channels of SIZES) {
  sizes.push(benchSize(channels, LOOKUP));
  console.log(`… ${channels.toLocaleString('en-US')} channels done (${seconds()} s)`);
}

printTable(
  `Lookup: parseContact + checkContact, µs per call (${LOOKUP.iterations.toLocaleString('en-US')} calls per kind over ${LOOKUP.queriesPerKind.toLocaleString('en-US')} queries, half hits; median of ${LOOKUP.rounds} rounds)`,
  ['kind', 'channels', 'parse µs', 'check µs', 'total µs', 'calls/s', 'hits', 'unexpected'],
  sizes.flatMap((s) =>
    QUERY_KINDS.map((kind) => {
      const k = s.kinds[kind];
      return [kind, s.channels, fixed(k.parseUs), fixed(k.checkUs), fixed(k.totalUs), Math.round(1e6 / k.totalUs), `${k.hits}/${k.queries}`, k.unexpected];
    }),
  ),
);

printTable(
  `Registry in memory (heap ${heapAfterGc ? 'after a full GC' : 'WITHOUT GC, approximate'})`,
  ['channels', 'orgs', 'scams', 'generate ms', 'read+normalize ms', 'index build ms', 'content heap MB', 'index heap MB'],
  sizes.map((s) => [s.channels, s.organizations, s.scams, fixed(s.generateMs, 0), fixed(s.readMs, 0), fixed(s.indexMs, 1), mb(s.contentBytes), mb(s.indexBytes)]),
);

const imported = await benchImport(IMPORT_CHANNELS);
printTable(
  'Import: importRegistry (validate, normalize, one transaction, publish) into a fresh libSQL file database',
  ['channels', 'orgs', 'scams', 'import ms', 'channels/s', 'database MB', 'version'],
  [[imported.channels, imported.organizations, imported.scams, fixed(imported.importMs, 0), Math.round(imported.channels / (imported.importMs / 1000)), mb(imported.databaseBytes), imported.version]],
);
console.log(`… import done (${seconds()} s)`);

const largest = sizes.at(-1)!;
const http = await benchHttp(largest.content, largest.sample, HTTP);
printTable(
  `HTTP: real app on 127.0.0.1, ${largest.channels.toLocaleString('en-US')}-channel registry, autocannon ${HTTP.connections} connections, ${HTTP.seconds} s each`,
  ['route', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failures'],
  [http.check, http.health].map((r) => [r.label, Math.round(r.requestsPerSecond), r.p50Ms, r.p99Ms, r.requests, r.failures]),
);
console.log(`check/healthz throughput ratio: ${fixed(http.check.requestsPerSecond / http.health.requestsPerSecond)}`);
console.log(`check inputs rotated (${http.paths.length}): ${http.paths.map((p) => decodeURIComponent(p.slice('/api/v1/check?q='.length))).join('  |  ')}`);
console.log(`\nTotal ${seconds()} s.`);
