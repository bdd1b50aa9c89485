/**
 * Retry and logging decorators — reference solution.
 *
 * Each decorator is just another `PaymentGateway` that holds the one it wraps and delegates to
 * it. Calling `gateway.charge(request)` (rather than a detached `const { charge } = gateway`)
 * keeps `this` bound for class-based gateways.
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
  const { attempts, baseDelayMs, sleep, shouldRetry = () => true } = options;
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(`attempts must be a positive integer, got ${attempts}`);
  }
  if (!(baseDelayMs >= 0)) {
    throw new RangeError(`baseDelayMs must not be negative, got ${baseDelayMs}`);
  }

  async function retry<T>(call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (attempt >= attempts || !shouldRetry(error)) throw error;
        // In production, add jitter so a fleet of clients does not retry in lockstep.
        await sleep(baseDelayMs * 2 ** (attempt - 1));
      }
    }
  }

  return {
    charge: (request) => retry(() => gateway.charge(request)),
    refund: (chargeId) => retry(() => gateway.refund(chargeId)),
  };
}

export function withLogging(gateway: PaymentGateway, logger: Logger): PaymentGateway {
  async function logged<T>(method: keyof PaymentGateway, call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      logger.log({ method, outcome: "success" });
      return result;
    } catch (error) {
      logger.log({ method, outcome: "failure", error });
      throw error;
    }
  }

  // The request is deliberately not logged: it carries the card token.
  return {
    charge: (request) => logged("charge", () => gateway.charge(request)),
    refund: (chargeId) => logged("refund", () => gateway.refund(chargeId)),
  };
}
