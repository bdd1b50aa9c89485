/**
 * Single-flight — reference solution.
 *
 * The map holds only loads that are still running. The cleanup is chained in front of the
 * promise handed to callers, so the key is already gone when any caller's `await` resumes.
 * It deduplicates within one process only: to stop N servers loading the same key, add a
 * shared lock (e.g. Redis SET NX with a TTL) or serve stale data while one server refreshes.
 */
export class SingleFlight<K, V> {
  readonly #inFlight = new Map<K, Promise<V>>();

  run(key: K, load: () => Promise<V>): Promise<V> {
    const existing = this.#inFlight.get(key);
    if (existing) return existing;

    let loading: Promise<V>;
    try {
      loading = Promise.resolve(load());
    } catch (error) {
      // A synchronous throw: nobody else can be waiting yet, so there is nothing to share.
      return Promise.reject(error);
    }
    const shared = loading.finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, shared);
    return shared;
  }
}
