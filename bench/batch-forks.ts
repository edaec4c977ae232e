/**
 * @module The batch comparison repeated in fresh processes: where a process's heap and compiled code fall
 * moves the ratio more than one process's rounds can average out.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchBatch, type BatchOptions, type BatchResult } from './batch-bench.ts';

interface ForkRequest {
  small: number;
  large: number;
  options: BatchOptions;
}

const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * `benchBatch` in `forks` child processes one after another (so they do not share the cores), each
 * started as this one was (the same loader flags), each answering with its result as JSON.
 */
export function benchBatchInForks(small: number, large: number, options: BatchOptions, forks: number): BatchResult[] {
  const request: ForkRequest = { small, large, options };
  return Array.from({ length: forks }, (_, fork) => {
    const child = spawnSync(process.execPath, [...process.execArgv, THIS_FILE, JSON.stringify(request)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`batch fork ${fork + 1} failed (${child.status ?? child.signal}): ${child.stderr}`);
    return JSON.parse(child.stdout) as BatchResult;
  });
}

/** Each ratio of the large registry's time over the small one's, per fork. */
export interface ForkRatios {
  all: number[];
  alike: number[];
  warm: number[];
}

export function forkRatios(results: BatchResult[]): ForkRatios {
  const ratios: ForkRatios = { all: [], alike: [], warm: [] };
  for (const { runs: [small, large] } of results) {
    ratios.all.push(large!.ms / small!.ms);
    ratios.alike.push(large!.sameMs / small!.sameMs);
    ratios.warm.push(large!.warmSameMs / small!.warmSameMs);
  }
  return ratios;
}

if (process.argv[1] === THIS_FILE) {
  const { small, large, options } = JSON.parse(process.argv[2]!) as ForkRequest;
  process.stdout.write(JSON.stringify(benchBatch(small, large, options)));
}
