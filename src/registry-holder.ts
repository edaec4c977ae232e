/** @module Holds the registry index servers answer from, and swaps in newly published versions without a pause. */
import { RegistryIndex } from './core/registry/registry-index.ts';
import type { AppDatabase } from './db/database.ts';
import { latestVersion, loadSnapshot } from './db/registry-versions.ts';

const EMPTY = new RegistryIndex({ version: 0, issuedAt: '' }, '', { organizations: [], channels: [], scams: [] });

export interface RegistryStatus {
  version: number;
  digest: string | null;
  issuedAt: string | null;
  loadedAt: string | null;
  /** Why the newest version could not be loaded, while an older one (or none) is served. */
  problem: string | null;
}

export class RegistryHolder {
  #index = EMPTY;
  #loadedAt: Date | null = null;
  #problem: string | null = null;
  #lastCheck = 0;
  #inFlight: Promise<void> | null = null;

  constructor(
    private readonly db: AppDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** The index to answer from. Lookups read it synchronously; a refresh replaces it whole. */
  get index(): RegistryIndex {
    return this.#index;
  }

  get status(): RegistryStatus {
    return {
      version: this.#index.version,
      digest: this.#index.digest || null,
      issuedAt: this.#index.snapshot.issuedAt || null,
      loadedAt: this.#loadedAt?.toISOString() ?? null,
      problem: this.#problem,
    };
  }

  /** Loads the newest published version if it is not the one served. Concurrent calls share one load. */
  refresh(): Promise<void> {
    this.#inFlight ??= this.#load().finally(() => {
      this.#inFlight = null;
    });
    return this.#inFlight;
  }

  /** Refreshes when the last check is older than `maxAgeMs` (Workers call this per request). */
  async refreshIfStale(maxAgeMs: number): Promise<void> {
    if (this.now() - this.#lastCheck >= maxAgeMs) await this.refresh();
  }

  async #load(): Promise<void> {
    this.#lastCheck = this.now();
    try {
      const newest = await latestVersion(this.db);
      if (newest === null || newest === this.#index.version) return;
      const loaded = await loadSnapshot(this.db, newest);
      if (!loaded) return;
      const { organizations, channels, scams } = loaded.snapshot;
      this.#index = new RegistryIndex(loaded.snapshot, loaded.digest, { organizations, channels, scams });
      this.#loadedAt = new Date(this.now());
      this.#problem = null;
    } catch (error) {
      this.#problem = error instanceof Error ? error.message : String(error);
      console.error(`registry: keeping version ${this.#index.version}: ${this.#problem}`);
    }
  }
}
