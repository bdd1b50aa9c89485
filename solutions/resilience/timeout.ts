/**
 * Timeouts — reference solution.
 *
 * One promise settles the race: whichever of "work settled", "deadline passed" or "caller gave
 * up" happens first. Every path runs the same cleanup, so no timer and no listener survives it.
 */

export class TimeoutError extends Error {
  override name = "TimeoutError";
  readonly ms: number;

  constructor(ms: number) {
    super(`timed out after ${ms} ms`);
    this.ms = ms;
  }
}

export type Work<T> = Promise<T> | ((signal: AbortSignal) => Promise<T>);

export function withTimeout<T>(work: Work<T>, ms: number, signal?: AbortSignal): Promise<T> {
  if (!Number.isFinite(ms) || ms < 0) {
    return Promise.reject(new RangeError(`ms must be a finite number >= 0, got ${ms}`));
  }
  if (signal?.aborted) return Promise.reject(signal.reason);

  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => fail(signal!.reason);
    const timer = setTimeout(() => fail(new TimeoutError(ms)), ms);
    signal?.addEventListener("abort", onAbort, { once: true });

    // A long-lived outer signal (a server's shutdown signal, say) sees thousands of calls:
    // a listener left on it per call is a memory leak.
    const cleanup = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    };
    function fail(reason: unknown) {
      cleanup();
      controller.abort(reason); // tell the work to stop: the promise alone cannot cancel it
      reject(reason);
    }

    let pending: Promise<T>;
    try {
      pending = typeof work === "function" ? work(controller.signal) : work;
    } catch (error) {
      cleanup();
      reject(error);
      return;
    }
    // Settling after a timeout is a no-op, and handling the late rejection here keeps it from
    // becoming an unhandled rejection.
    Promise.resolve(pending).then(
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
