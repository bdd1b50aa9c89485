/**
 * Retries with exponential backoff and jitter
 *
 * What you build
 *   `fetchWithRetry(send, options)`: re-send an HTTP request that failed for a reason worth
 *   retrying, waiting a capped, randomly jittered, exponentially growing time between attempts,
 *   honouring the server's `Retry-After`, and stopping when a shared retry budget runs dry.
 *
 * Why it matters
 *   Most failures between services are brief (a dropped connection, a restarting instance, a 503
 *   from an overloaded one), so a retry often succeeds. Done naively, retries are how a small
 *   outage becomes a big one: every client retries at once and multiplies the load on a server
 *   that is already struggling. Backoff spreads the retries out, jitter stops clients retrying in
 *   lock-step, a budget caps the extra load, and retrying only what is safe to repeat keeps a
 *   timeout from charging a card twice.
 *
 * Your task
 *   1. `backoffDelay(retry, { baseDelayMs, maxDelayMs, random })` — the wait before retry number
 *      `retry` (1 for the first retry, 2 for the second, ...), with "full jitter":
 *      `Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1)))`.
 *      `random` returns a number in [0, 1), like `Math.random` (the suite injects its own).
 *
 *   2. `parseRetryAfter(value, nowMs)` — the wait, in ms, that a `Retry-After` header asks for
 *      (RFC 9110 §10.2.3: either delay-seconds or an HTTP-date), or `undefined`:
 *      - `null` / `undefined` → `undefined`. Surrounding whitespace is ignored.
 *      - only digits (e.g. `"120"`) → that many seconds, in ms (`120000`).
 *      - an IMF-fixdate such as `"Wed, 21 Oct 2015 07:28:00 GMT"` → the ms from `nowMs` until
 *        that moment, or `0` if it has passed. (HTTP-date also has two obsolete forms; this kata
 *        does not accept them.)
 *      - anything else (`"soon"`, `"1.5"`, `"-5"`) → `undefined`. Careful: `Date.parse` accepts
 *        far more than HTTP-dates (it reads `"1.5"` as a date), so check the format first.
 *
 *   3. `class RetryBudget` — a token bucket of retries shared by many calls, so that when a
 *      dependency is down the clients add at most a fraction of extra load:
 *      - `new RetryBudget({ ratio, maxTokens })` starts full, with `maxTokens` tokens. `ratio`
 *        must be in [0, 1] and `maxTokens` a finite number >= 0, else `RangeError`.
 *      - `onRequest()` adds `ratio` tokens, never going above `maxTokens`.
 *      - `tryRetry()`: with at least 1 token, spends 1 and returns `true`; otherwise `false`.
 *      - `get tokens()` — the tokens left now.
 *
 *   4. `fetchWithRetry(send, options): Promise<Response>` — `send(attempt)` makes attempt number
 *      `attempt` (1, 2, ...) and resolves with a fetch `Response` or rejects. Options:
 *      `method` (upper case, e.g. "GET"), `maxAttempts` (total attempts, the first included),
 *      `baseDelayMs`, `maxDelayMs`, `random`, `sleep(ms)` (await it to wait; never use real
 *      timers), optional `now` (default `Date.now`, for HTTP-dates), optional `budget`, and
 *      optional `idempotent` (overrides the method rule below).
 *      - Throws a `RangeError` (the promise rejects) if `maxAttempts` is not a positive integer.
 *      - Calls `budget.onRequest()` once per `fetchWithRetry` call, before the first attempt.
 *      - An outcome is retryable when it is a response with status 408, 429 or 5xx, or a
 *        rejection with a network error: an error whose `code`, or whose `cause.code` (that is
 *        how `fetch` reports them, as `TypeError("fetch failed")`), is one of `ECONNRESET`,
 *        `ECONNREFUSED`, `ETIMEDOUT`, `EPIPE`, `EAI_AGAIN`, `UND_ERR_SOCKET`; or an error named
 *        `"TimeoutError"` (kata 1's). Any other status (2xx, 3xx, other 4xx) or error is final.
 *      - Only requests that are safe to repeat are retried: `idempotent` when given, otherwise
 *        the idempotent methods of RFC 9110 §9.2.2 — GET, HEAD, OPTIONS, TRACE, PUT, DELETE.
 *        POST and PATCH are sent once unless `idempotent: true` (say, they carry an
 *        Idempotency-Key, kata 5).
 *      - After a retryable outcome, with attempts left, the wait is:
 *        the response's `Retry-After` (via `parseRetryAfter` with `now()`) if it has a valid
 *        one — and if that is longer than `maxDelayMs`, it gives up at once instead;
 *        otherwise `backoffDelay(n, options)` where n is the attempt that just failed (1 after
 *        the first attempt).
 *        Then, if there is a `budget` and `budget.tryRetry()` returns false, it gives up;
 *        otherwise it awaits `sleep(wait)` and sends the next attempt.
 *      - Giving up (final outcome, attempts used up, Retry-After too long, budget empty):
 *        resolve with that last response (even a 503), or reject with that last error — the
 *        same object.
 *
 * Example
 *   const delays: number[] = [];
 *   const res = await fetchWithRetry((n) => fetch(url), {
 *     method: "GET", maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000,
 *     random: () => 0.5, sleep: async (ms) => void delays.push(ms),
 *   });
 *   // 503, 503, 200 → res.status === 200, delays [50, 100]
 *   // a 429 with "Retry-After: 2" → waits 2000 ms; a 404 or a POST's 503 → returned at once
 */

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}

export function backoffDelay(retry: number, options: BackoffOptions): number {
  void retry;
  void options;
  throw new Error("not implemented");
}

export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  void value;
  void nowMs;
  throw new Error("not implemented");
}

export class RetryBudget {
  constructor(options: { ratio: number; maxTokens: number }) {
    void options;
    throw new Error("not implemented");
  }

  get tokens(): number {
    throw new Error("not implemented");
  }

  onRequest(): void {
    throw new Error("not implemented");
  }

  tryRetry(): boolean {
    throw new Error("not implemented");
  }
}

export interface RetryOptions extends BackoffOptions {
  method: string;
  maxAttempts: number;
  sleep: (ms: number) => Promise<void>;
  now?: () => number;
  budget?: RetryBudget;
  idempotent?: boolean;
}

export async function fetchWithRetry(send: (attempt: number) => Promise<Response>, options: RetryOptions): Promise<Response> {
  void send;
  void options;
  throw new Error("not implemented");
}
