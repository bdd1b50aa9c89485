/**
 * Circuit breaker
 *
 * What you build
 *   A `CircuitBreaker` that watches the failure rate of calls to one dependency, stops calling it
 *   ("opens") when too many fail, and after a cool-down lets a few trial calls through to see
 *   whether it has recovered.
 *
 * Why it matters
 *   Timeouts (kata 1) and retries (kata 2) protect one call; they do nothing about a dependency
 *   that is down for minutes. Every request still waits for its timeout, holds a connection and a
 *   slot meanwhile, and the retries add load to the service that most needs a rest. A breaker
 *   turns that into an instant, typed failure the caller can answer with a fallback (a cached
 *   value, a degraded page), and probes recovery with a trickle instead of a flood. The options
 *   here mirror Resilience4j's (failure-rate threshold, minimum number of calls, time-based
 *   window, wait in open state, permitted calls in half-open state).
 *
 * Your task
 *   Implement `class CircuitBreaker` with `constructor(options)`, `get state()` and
 *   `call(fn)`. Options (all times in ms, from the injected clock `now()`):
 *   - `failureRateThreshold` in (0, 1]; `minimumCalls` and `halfOpenMaxCalls` positive
 *     integers; `windowMs` and `openMs` > 0. Anything else: the constructor throws `RangeError`.
 *   - `onStateChange(from, to)`: optional, called once for every state change, as it happens.
 *
 *   `call(fn)` returns a promise that settles like `fn()` — same value, same error object — when
 *   the breaker lets the call through. A call fails when `fn` rejects or throws synchronously.
 *
 *   closed (the initial state): every call goes through. When a call settles, its outcome is
 *   recorded with the time it settled, and outcomes recorded `windowMs` or more ago are dropped
 *   (an outcome recorded at t counts while now < t + windowMs). Then, if at least `minimumCalls`
 *   outcomes remain and failures / outcomes >= `failureRateThreshold`, the breaker opens.
 *
 *   open: `call` rejects at once with a `CircuitOpenError` (provided below) and does not call
 *   `fn`. Once `openMs` has passed since it opened (now >= openedAt + openMs), the breaker is
 *   half-open: it notices when `state` is read or `call` is made (no timers), and fires
 *   `onStateChange("open", "half-open")` then.
 *
 *   half-open: the first `halfOpenMaxCalls` calls go through as trials; any further call rejects
 *   with `CircuitOpenError` until the breaker leaves half-open. If a trial fails, the breaker
 *   opens again (a fresh `openMs` from that moment). When `halfOpenMaxCalls` trials have
 *   succeeded, it closes, with an empty window.
 *
 *   Every state change starts afresh: an outcome of a call that was let through before the last
 *   state change is ignored (it neither counts in the new window nor as a trial).
 *
 * Example
 *   let t = 0;
 *   const breaker = new CircuitBreaker({
 *     failureRateThreshold: 0.5, minimumCalls: 4, windowMs: 10_000, openMs: 5_000,
 *     halfOpenMaxCalls: 1, now: () => t, onStateChange: (from, to) => log(from, "→", to),
 *   });
 *   // 2 of 4 calls fail → "closed → open"; calls now reject with CircuitOpenError at once
 *   t = 5_000;  // breaker.state === "half-open" ("open → half-open"); one trial is let through
 *   // the trial succeeds → "half-open → closed"
 */

export type CircuitState = "closed" | "open" | "half-open";

export class CircuitOpenError extends Error {
  override name = "CircuitOpenError";
}

export interface CircuitBreakerOptions {
  failureRateThreshold: number;
  minimumCalls: number;
  windowMs: number;
  openMs: number;
  halfOpenMaxCalls: number;
  now: () => number;
  onStateChange?: (from: CircuitState, to: CircuitState) => void;
}

export class CircuitBreaker {
  constructor(options: CircuitBreakerOptions) {
    // TODO: validate the options and set up your state.
    void options;
  }

  get state(): CircuitState {
    throw new Error("not implemented");
  }

  call<T>(fn: () => Promise<T>): Promise<T> {
    void fn;
    throw new Error("not implemented");
  }
}
