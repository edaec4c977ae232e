/** @module Holds the verified registry version servers answer from, and swaps in newly published ones without a pause. */
import { emptyContent } from './core/registry/entries.ts';
import { RegistryIndex } from './core/registry/registry-index.ts';
import type { RegistrySnapshot } from './core/registry/snapshot.ts';
import type { JsonWebKeySet } from './core/signing/jwks.ts';
import type { AppDatabase } from './db/database.ts';
import { latestVersion } from './db/registry-versions.ts';
import { loadVerifiedVersion } from './db/verified-versions.ts';

/** With no verified version, nothing is official: every lookup answers from this empty index. */
const EMPTY = new RegistryIndex({ version: 0, issuedAt: '' }, '', emptyContent());

/** A refused version is read and checked again after this long, not on every refresh (it may be large). */
const RETRY_REFUSED_MS = 30_000;

export interface RegistryStatus {
  version: number;
  digest: string | null;
  issuedAt: string | null;
  expiresAt: string | null;
  loadedAt: string | null;
  /** Why the newest version is not served, while an older one (or none) is. */
  problem: string | null;
}

interface Served {
  index: RegistryIndex;
  snapshot: RegistrySnapshot;
  loadedAt: Date;
}

export class RegistryHolder {
  #served: Served | null = null;
  #problem: string | null = null;
  #refused: { version: number; at: number } | null = null;
  #lastCheck = 0;
  #inFlight: Promise<void> | null = null;

  /** `jwks`: the public keys a snapshot's signature must verify against; never read from the database. */
  constructor(
    private readonly db: AppDatabase,
    private readonly jwks: JsonWebKeySet,
    private readonly now: () => number = Date.now,
  ) {}

  /** The index to answer from. Lookups read it synchronously; a refresh replaces it whole. */
  get index(): RegistryIndex {
    return this.#served?.index ?? EMPTY;
  }

  /** The verified snapshot served, or null when none verifies. */
  get snapshot(): RegistrySnapshot | null {
    return this.#served?.snapshot ?? null;
  }

  get status(): RegistryStatus {
    const served = this.#served;
    return {
      version: served?.snapshot.version ?? 0,
      digest: served?.index.digest ?? null,
      issuedAt: served?.snapshot.issuedAt ?? null,
      expiresAt: served?.snapshot.expiresAt ?? null,
      loadedAt: served?.loadedAt.toISOString() ?? null,
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
    const now = (this.#lastCheck = this.now());
    try {
      this.#dropIfExpired(now);
      const held = this.#served?.snapshot.version ?? 0;
      const newest = await latestVersion(this.db);
      if (newest === null || newest === held) return;
      if (newest < held) return this.#refuse(newest, `the newest stored version (${newest}) is older than version ${held}: versions were removed`);
      if (this.#refused?.version === newest && now - this.#refused.at < RETRY_REFUSED_MS) return;
      const known = this.#served ? { version: held, digest: this.#served.index.digest } : undefined;
      const result = await loadVerifiedVersion(this.db, newest, this.jwks, { now: new Date(now), checkChain: true, known });
      if (!result) return;
      if (!result.ok) return this.#refuse(newest, result.reason);
      const { snapshot, digest } = result;
      this.#served = { index: new RegistryIndex(snapshot, digest, snapshot), snapshot, loadedAt: new Date(this.now()) };
      this.#problem = null;
      this.#refused = null;
    } catch (error) {
      this.#problem = error instanceof Error ? error.message : String(error);
      console.error(`registry: keeping version ${this.index.version}: ${this.#problem}`);
    }
  }

  /** An expired version is a stale copy: serving it could keep a revoked channel official. */
  #dropIfExpired(now: number): void {
    const served = this.#served;
    if (!served || Date.parse(served.snapshot.expiresAt) > now) return;
    this.#served = null;
    this.#problem = `version ${served.snapshot.version} expired at ${served.snapshot.expiresAt}; no verified version is served`;
    console.error(`registry: ${this.#problem}`);
  }

  #refuse(version: number, reason: string): void {
    this.#refused = { version, at: this.now() };
    const held = this.index.version;
    this.#problem = `refused version ${version}: ${reason}`;
    console.error(`registry: ${this.#problem}; serving ${held ? `version ${held}` : 'no version (nothing is official)'}`);
  }
}
