/**
 * Stale-while-revalidate — reference solution.
 *
 * Two maps: settled entries and loads in flight. Every load (a caller waiting or a background
 * refresh) goes through `#load`, so one in-flight promise per key serves both cases — the
 * single-flight idea from the previous kata.
 */

export interface SwrOptions<K, V> {
  load: (key: K) => Promise<V>;
  /** How long a loaded value is fresh, in milliseconds. */
  ttlMs: number;
  /** How long after `ttlMs` a value may still be served while it is refreshed. */
  staleWindowMs: number;
  /** Current time in milliseconds. */
  now: () => number;
  /** Called when a background refresh fails. */
  onError?: (error: unknown, key: K) => void;
}

interface Entry<V> {
  value: V;
  loadedAt: number;
}

export class SwrCache<K, V> {
  readonly #options: SwrOptions<K, V>;
  readonly #entries = new Map<K, Entry<V>>();
  readonly #inFlight = new Map<K, Promise<V>>();

  constructor(options: SwrOptions<K, V>) {
    if (options.ttlMs < 0 || options.staleWindowMs < 0) {
      throw new RangeError("ttlMs and staleWindowMs must not be negative");
    }
    this.#options = options;
  }

  async get(key: K): Promise<V> {
    const { ttlMs, staleWindowMs, now, onError } = this.#options;
    const entry = this.#entries.get(key);
    if (entry) {
      const age = now() - entry.loadedAt;
      if (age < ttlMs) return entry.value;
      if (age < ttlMs + staleWindowMs) {
        // Start at most one refresh, and report its failure once. Fire and forget, but never
        // leave the rejection unhandled.
        if (!this.#inFlight.has(key)) this.#load(key).catch((error: unknown) => onError?.(error, key));
        return entry.value;
      }
    }
    return this.#load(key);
  }

  #load(key: K): Promise<V> {
    const running = this.#inFlight.get(key);
    if (running) return running;

    const loading = this.#options
      .load(key)
      .then((value) => {
        this.#entries.set(key, { value, loadedAt: this.#options.now() });
        return value;
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, loading);
    return loading;
  }
}
