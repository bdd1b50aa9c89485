/**
 * Request context with AsyncLocalStorage
 *
 * What you build
 *   A per-request context (a request id) that any code running for that request can read without
 *   passing it through every function call, plus a logger that stamps each line with it.
 *
 * Why it matters
 *   A server handles thousands of requests at once on one thread, interleaved at every `await`.
 *   To tie a log line, a metric or an outgoing call's trace header to the request that caused it,
 *   Node offers `AsyncLocalStorage` (node:async_hooks): the context follows the async call chain,
 *   not the call stack. OpenTelemetry's context manager for Node and request-scoped loggers are
 *   built on it.
 *
 * Your task
 *   - `runWithContext(ctx, fn)` — runs `fn()` with `ctx` as the current request context and returns
 *     whatever `fn` returns (a promise from an async `fn` is returned as is). If `fn` throws, the
 *     error propagates. Calls may nest: inside the inner call the inner context is current, and
 *     the outer one is current again afterwards.
 *   - `getRequestId(): string | undefined` — the `requestId` of the current context, or `undefined`
 *     outside any request (including after `runWithContext` has returned or thrown).
 *   - The context must survive everything that continues the request: code after an `await`,
 *     promise callbacks, and `setTimeout` / `setImmediate` callbacks scheduled during the request.
 *     Concurrent requests whose steps interleave must each see only their own id.
 *   - `createLogger(write)` — returns `{ info(message) }`; `info` calls `write` with
 *     `"[<requestId>] <message>"`, or `"[-] <message>"` outside a request. The id is read when
 *     `info` is called, not when the logger is created: one logger serves every request.
 *   - Event emitters: a listener runs synchronously inside `emit`, so a plain listener sees the
 *     context of the code that calls `emit`, not the one that registered it (this is Node's
 *     behaviour; the suite checks it). `bindContext(fn)` returns a function that always runs `fn`
 *     in the context that was current when `bindContext` was called, with the same arguments and
 *     return value — use it for listeners that must stay with the request that added them.
 *
 * Example
 *   const log = createLogger((line) => console.log(line));
 *   log.info("booting");                                  // "[-] booting"
 *   await runWithContext({ requestId: "req-1" }, async () => {
 *     await db.query();
 *     log.info("loaded user");                            // "[req-1] loaded user"
 *   });
 *   getRequestId();                                       // undefined
 */

export interface RequestContext {
  requestId: string;
}

export interface Logger {
  info(message: string): void;
}

// TODO: one AsyncLocalStorage instance shared by the functions below.

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  void ctx;
  void fn;
  throw new Error("not implemented");
}

export function getRequestId(): string | undefined {
  throw new Error("not implemented");
}

export function createLogger(write: (line: string) => void): Logger {
  void write;
  throw new Error("not implemented");
}

export function bindContext<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  void fn;
  throw new Error("not implemented");
}
