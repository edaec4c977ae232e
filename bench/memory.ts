/** @module Heap measurements that mean something: collect garbage first when the runtime lets us. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The garbage collector, or null. `npm run bench` cannot pass --expose-gc, so the flag is set at run
 * time as Node's own `v8.setFlagsFromString` documentation shows; a context created afterwards sees `gc`.
 */
function findGc(): (() => void) | null {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

const gc = findGc();

/** Whether heap figures are taken after a full collection (true) or are raw and noisy (false). */
export const heapAfterGc = gc !== null;

export interface MemoryUse {
  /** V8's heap: objects, strings, arrays. */
  heap: number;
  /** Backing stores of typed arrays, which live outside the heap and which heapUsed leaves out. */
  arrayBuffers: number;
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function reading(): MemoryUse {
  gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed, arrayBuffers };
}

/**
 * Memory in use in bytes, after a full collection when one is available. V8 frees large typed arrays
 * on a background thread after the collection that found them dead, so readings are repeated, a few
 * milliseconds apart, until the typed-array figure stops moving (a 1 GB table was still counted otherwise).
 */
export function memoryUsed(): MemoryUse {
  let last = reading();
  for (let attempt = 0; attempt < 5; attempt++) {
    pause(20);
    const next = reading();
    if (next.arrayBuffers === last.arrayBuffers) return next;
    last = next;
  }
  return last;
}

/** What was allocated between two readings and is still held. */
export const heldSince = (before: MemoryUse, after: MemoryUse): MemoryUse => ({
  heap: after.heap - before.heap,
  arrayBuffers: after.arrayBuffers - before.arrayBuffers,
});

/** Heap and typed arrays together: what a structure costs a server. */
export const totalOf = (use: MemoryUse): number => use.heap + use.arrayBuffers;

export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
