/**
 * Retry and logging decorators
 *
 * What you build
 *   Two decorators, `withRetry` and `withLogging`, that wrap any `PaymentGateway` and return
 *   a `PaymentGateway`, so callers cannot tell a decorated gateway from a plain one.
 *
 * Why it matters
 *   Cross-cutting concerns (retries, logging, metrics, circuit breakers) belong around a service,
 *   not inside it: the Stripe client stays a Stripe client, and the retry policy is added once at
 *   the composition root. Because each decorator keeps the interface, they stack in any order, and
 *   the order matters: logging outside the retry logs one call, logging inside it logs every
 *   attempt. (Retrying a payment is only safe because the request carries an idempotency key.)
 *
 * Your task
 *   Implement `withRetry(gateway, options): PaymentGateway`:
 *   - Throws a `RangeError` straight away if `options.attempts` is not a positive integer or
 *     `options.baseDelayMs` is negative. `attempts: 1` (a single call, never retried) and
 *     `baseDelayMs: 0` (retry at once, after `sleep(0)`) are both valid.
 *   - Every method of the returned gateway (`charge` and `refund`) calls the same method on the
 *     wrapped gateway with the same argument (as a method call, so class-based gateways keep
 *     their `this`) and resolves with its result.
 *   - `attempts` is the total number of calls, the first one included. When a call rejects and
 *     `options.shouldRetry(error)` returns true (no `shouldRetry` means "retry every error"),
 *     it waits and calls again, until a call succeeds or `attempts` calls have been made.
 *   - Before retry n (n = 1, 2, 3, ...) it awaits `options.sleep(baseDelayMs * 2 ** (n - 1))`:
 *     base, 2×base, 4×base, ... It never sleeps before the first call or after the last one, and
 *     it does not call again until the promise from `sleep` has resolved. Never use real timers.
 *   - When it gives up (attempts used up, or `shouldRetry` returned false) it rejects with the
 *     error from the last call, the same object, not a wrapper.
 *   Implement `withLogging(gateway, logger): PaymentGateway`:
 *   - Every method delegates the same way and, once the call has settled, calls `logger.log`
 *     exactly once: `{ method: "charge", outcome: "success" }` or
 *     `{ method: "charge", outcome: "failure", error }` (with `method: "refund"` for refunds).
 *   - It resolves with the wrapped result, or rejects with the same error it caught.
 *   Both decorators accept any `PaymentGateway`, including another decorator, so they compose.
 *
 * Example
 *   const delays: number[] = [];
 *   const gateway = withLogging(
 *     withRetry(stripe, { attempts: 3, baseDelayMs: 100, sleep: async (ms) => { delays.push(ms); } }),
 *     { log: (entry) => console.log(entry) },
 *   );
 *   await gateway.charge({ amountCents: 500, cardToken: "tok_visa", idempotencyKey: "order-1" });
 *   // if stripe failed twice and then succeeded: delays is [100, 200] and the logger received
 *   // one entry, { method: "charge", outcome: "success" }
 */

export interface ChargeRequest {
  amountCents: number;
  cardToken: string;
  idempotencyKey: string;
}

export interface Receipt {
  chargeId: string;
  amountCents: number;
}

export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<Receipt>;
  refund(chargeId: string): Promise<void>;
}

export interface RetryOptions {
  /** Total number of calls, the first one included. A positive integer. */
  attempts: number;
  /** Delay before the first retry; it doubles before each following retry. */
  baseDelayMs: number;
  /** Waits `ms` milliseconds. Injected so tests never really sleep. */
  sleep: (ms: number) => Promise<void>;
  /** Whether an error is worth another attempt. Defaults to retrying every error. */
  shouldRetry?: (error: unknown) => boolean;
}

export type LogEntry =
  | { method: keyof PaymentGateway; outcome: "success" }
  | { method: keyof PaymentGateway; outcome: "failure"; error: unknown };

export interface Logger {
  log(entry: LogEntry): void;
}

export function withRetry(gateway: PaymentGateway, options: RetryOptions): PaymentGateway {
  void gateway;
  void options;
  throw new Error("not implemented");
}

export function withLogging(gateway: PaymentGateway, logger: Logger): PaymentGateway {
  void gateway;
  void logger;
  throw new Error("not implemented");
}
