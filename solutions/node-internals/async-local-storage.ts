/**
 * Request context with AsyncLocalStorage — reference solution.
 *
 * `storage.run` makes the store current for `fn` and for every async continuation created inside
 * it (awaits, timers, promise callbacks), and restores the previous store when `fn` returns or
 * throws. Prefer it to `enterWith`, which changes the store for the rest of the current execution.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestContext {
  requestId: string;
}

export interface Logger {
  info(message: string): void;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function getRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function createLogger(write: (line: string) => void): Logger {
  return {
    info(message) {
      write(`[${getRequestId() ?? "-"}] ${message}`);
    },
  };
}

export function bindContext<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  // Captures the whole async context (every AsyncLocalStorage), like AsyncResource.bind.
  return AsyncLocalStorage.bind(fn);
}
