/** @module Counting keyed lookups in memory and writing them in batches, so a lookup never waits for the database. */
import type { AppDatabase } from '../db/database.ts';
import { addUsage, pruneLookupInputs, type StoredInput, type UsageIncrement } from '../db/usage.ts';

export interface UsageRecorderOptions {
  /** Keep raw inputs (STORE_LOOKUP_INPUTS); off by default. */
  storeInputs?: boolean;
  /** Days stored inputs are kept (LOOKUP_INPUT_RETENTION_DAYS). */
  retentionDays?: number;
  now?: () => Date;
}

export interface RecordedLookup {
  verdict: string;
  input: string;
}

/** Inputs held in memory between flushes are capped, so a flood cannot grow memory without bound. */
const MAX_PENDING_INPUTS = 50_000;

/**
 * Holds counts until `flush()`: Node flushes on an interval, Workers after each response with waitUntil.
 * Counts survive a failed flush (they are merged back), and concurrent flushes never write a count twice.
 */
export class UsageRecorder {
  #counts = new Map<string, UsageIncrement>();
  #inputs: StoredInput[] = [];
  #flushing: Promise<void> = Promise.resolve();
  #lastPrune = 0;
  readonly #now: () => Date;

  constructor(
    private readonly db: AppDatabase,
    private readonly options: UsageRecorderOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
  }

  /** Counts one request's verdicts (one per batch item) for a key. */
  record(keyId: number, lookups: RecordedLookup[]): void {
    const at = this.#now().toISOString();
    const day = at.slice(0, 10);
    for (const { verdict, input } of lookups) {
      this.#merge({ keyId, day, verdict, count: 1 });
      if (this.options.storeInputs && this.#inputs.length < MAX_PENDING_INPUTS) this.#inputs.push({ keyId, at, input, verdict });
    }
  }

  get pending(): number {
    return this.#counts.size + this.#inputs.length;
  }

  /** Writes what was counted since the last flush. */
  flush(): Promise<void> {
    this.#flushing = this.#flushing.then(() => this.#write());
    return this.#flushing;
  }

  async #write(): Promise<void> {
    const counts = [...this.#counts.values()];
    const inputs = this.#inputs;
    this.#counts = new Map();
    this.#inputs = [];
    try {
      if (counts.length || inputs.length) await addUsage(this.db, counts, inputs);
      await this.#pruneDaily();
    } catch (error) {
      for (const c of counts) this.#merge(c);
      this.#inputs.unshift(...inputs.slice(0, MAX_PENDING_INPUTS - this.#inputs.length));
      console.error('usage: flush failed, counts kept for the next one:', error instanceof Error ? error.message : error);
    }
  }

  #merge(increment: UsageIncrement): void {
    const id = `${increment.keyId}|${increment.day}|${increment.verdict}`;
    const entry = this.#counts.get(id);
    if (entry) entry.count += increment.count;
    else this.#counts.set(id, { ...increment });
  }

  /** Retention is enforced by the same writer, once a day per process. */
  async #pruneDaily(): Promise<void> {
    if (!this.options.storeInputs) return;
    const now = this.#now();
    if (now.getTime() - this.#lastPrune < 86_400_000) return;
    this.#lastPrune = now.getTime();
    await pruneLookupInputs(this.db, this.options.retentionDays ?? 30, now);
  }
}
