/**
 * Cancellation with AbortController — reference solution.
 *
 * Each helper subscribes to the caller's signal with `{ once: true }` and unsubscribes in a
 * `finally`-style cleanup, whichever way it settles: `once` only removes the listener when abort
 * actually fires, so a long-lived signal would otherwise collect one listener per call.
 */

export type Task<T> = (signal: AbortSignal) => Promise<T>;

export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export function withTimeout<T>(factory: Task<T>, ms: number, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);

  const inner = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const fail = (reason: unknown) => {
      cleanup();
      inner.abort(reason);
      reject(reason);
    };
    const onAbort = () => fail(signal?.reason);
    const timer = setTimeout(() => fail(new DOMException(`timed out after ${ms} ms`, "TimeoutError")), ms);
    const cleanup = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    signal?.addEventListener("abort", onAbort, { once: true });

    // Settling an already-settled promise is a no-op, so a late result after a timeout is dropped.
    factory(inner.signal).then(
      (value) => {
        cleanup();
        resolve(value);
      },
      (error: unknown) => {
        cleanup();
        reject(error);
      },
    );
  });
}

export function runAll<T>(tasks: readonly Task<T>[], signal?: AbortSignal): Promise<T[]> {
  if (signal?.aborted) return Promise.reject(signal.reason);

  const shared = new AbortController();
  return new Promise<T[]>((resolve, reject) => {
    // Safe to call more than once: abort() and reject() do nothing after the first call.
    const fail = (reason: unknown) => {
      signal?.removeEventListener("abort", onAbort);
      shared.abort(reason);
      reject(reason);
    };
    const onAbort = () => fail(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });

    // Promise.all rejects with the first rejection; aborting the shared signal tells the others.
    Promise.all(tasks.map((task) => task(shared.signal))).then((results) => {
      signal?.removeEventListener("abort", onAbort);
      resolve(results);
    }, fail);
  });
}
