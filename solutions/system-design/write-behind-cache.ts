/**
 * Write-through and write-behind caches — reference solution.
 *
 * The write-behind cache's durability window is the flush interval: a crash loses whatever is
 * dirty. Production systems that cannot accept that write the dirty set to a local log first
 * (which is what a database's write-ahead log is for).
 */

export interface BackingStore {
  read(key: string): Promise<string | undefined>;
  writeBatch(entries: [key: string, value: string][]): Promise<void>;
}

/** Shared read path: a miss reads the store, but never overwrites a value set meanwhile. */
async function readThrough(values: Map<string, string>, store: BackingStore, key: string): Promise<string | undefined> {
  if (values.has(key)) return values.get(key);
  const loaded = await store.read(key);
  if (values.has(key)) return values.get(key);
  if (loaded !== undefined) values.set(key, loaded);
  return loaded;
}

export class WriteThroughCache {
  readonly #store: BackingStore;
  readonly #values = new Map<string, string>();

  constructor(store: BackingStore) {
    this.#store = store;
  }

  async get(key: string): Promise<string | undefined> {
    return readThrough(this.#values, this.#store, key);
  }

  async set(key: string, value: string): Promise<void> {
    await this.#store.writeBatch([[key, value]]);
    this.#values.set(key, value);
  }
}

export interface WriteBehindOptions {
  flushIntervalMs: number;
  maxPending: number;
}

export class WriteBehindCache {
  readonly #store: BackingStore;
  readonly #intervalMs: number;
  readonly #maxPending: number;
  readonly #values = new Map<string, string>();
  /** Dirty keys in the order they first became dirty (a Map keeps insertion order). */
  #dirty = new Map<string, string>();
  /** Every flush runs after the previous one: at most one batch in flight. */
  #chain: Promise<void> = Promise.resolve();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(store: BackingStore, { flushIntervalMs, maxPending }: WriteBehindOptions) {
    if (!Number.isInteger(flushIntervalMs) || flushIntervalMs <= 0) {
      throw new RangeError(`flushIntervalMs must be a positive integer, got ${flushIntervalMs}`);
    }
    if (!Number.isInteger(maxPending) || maxPending <= 0) {
      throw new RangeError(`maxPending must be a positive integer, got ${maxPending}`);
    }
    this.#store = store;
    this.#intervalMs = flushIntervalMs;
    this.#maxPending = maxPending;
  }

  get pending(): number {
    return this.#dirty.size;
  }

  async get(key: string): Promise<string | undefined> {
    return readThrough(this.#values, this.#store, key);
  }

  set(key: string, value: string): void {
    if (this.#closed) throw new Error("the cache is closed");
    this.#values.set(key, value);
    this.#dirty.set(key, value);
    if (this.#dirty.size >= this.#maxPending) this.#background();
    else this.#schedule();
  }

  flush(): Promise<void> {
    const run = this.#chain.then(() => this.#flushOnce());
    this.#chain = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#cancelTimer();
    await this.flush();
  }

  async #flushOnce(): Promise<void> {
    this.#cancelTimer();
    if (this.#dirty.size === 0) return;
    const batch = [...this.#dirty];
    this.#dirty = new Map();
    try {
      await this.#store.writeBatch(batch);
    } catch (error) {
      // Put the batch back in front, but a value set during the failed write is newer: keep it.
      const merged = new Map<string, string>();
      for (const [key, value] of batch) merged.set(key, this.#dirty.get(key) ?? value);
      for (const [key, value] of this.#dirty) merged.set(key, value);
      this.#dirty = merged;
      throw error;
    } finally {
      if (this.#dirty.size > 0) this.#schedule();
    }
  }

  /** A flush nobody awaits: its failure is already handled by re-dirtying and the retry timer. */
  #background(): void {
    this.flush().catch(() => {});
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#closed) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#background();
    }, this.#intervalMs);
  }

  #cancelTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
