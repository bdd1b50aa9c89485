/**
 * Retries with backoff — reference solution.
 *
 * The loop is small; the judgement is in `retryable`: retry only what can succeed next time and
 * is safe to send twice, wait as long as the server asks, and stop when the budget says the
 * dependency is struggling.
 */

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}

/** Full jitter: a uniformly random wait in [0, min(cap, base * 2^(retry - 1))). */
export function backoffDelay(retry: number, { baseDelayMs, maxDelayMs, random }: BackoffOptions): number {
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!IMF_FIXDATE.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

export class RetryBudget {
  readonly #ratio: number;
  readonly #maxTokens: number;
  #tokens: number;

  constructor({ ratio, maxTokens }: { ratio: number; maxTokens: number }) {
    if (!(ratio >= 0 && ratio <= 1)) throw new RangeError(`ratio must be in [0, 1], got ${ratio}`);
    if (!(maxTokens >= 0) || !Number.isFinite(maxTokens)) throw new RangeError(`maxTokens must be a finite number >= 0, got ${maxTokens}`);
    this.#ratio = ratio;
    this.#maxTokens = maxTokens;
    this.#tokens = maxTokens;
  }

  get tokens(): number {
    return this.#tokens;
  }

  onRequest(): void {
    this.#tokens = Math.min(this.#maxTokens, this.#tokens + this.#ratio);
  }

  tryRetry(): boolean {
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
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

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);
const NETWORK_CODES = new Set(["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "UND_ERR_SOCKET"]);

function codeOf(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

function isRetryableError(error: unknown): boolean {
  if (error instanceof Error && error.name === "TimeoutError") return true;
  const cause = error instanceof Error ? error.cause : undefined;
  return NETWORK_CODES.has(codeOf(error) as string) || NETWORK_CODES.has(codeOf(cause) as string);
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

type Outcome = { ok: true; response: Response } | { ok: false; error: unknown };

export async function fetchWithRetry(send: (attempt: number) => Promise<Response>, options: RetryOptions): Promise<Response> {
  const { maxAttempts, maxDelayMs, sleep, now = Date.now, budget } = options;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be a positive integer, got ${maxAttempts}`);

  const safeToRepeat = options.idempotent ?? IDEMPOTENT_METHODS.has(options.method);
  budget?.onRequest();

  for (let attempt = 1; ; attempt++) {
    let outcome: Outcome;
    try {
      outcome = { ok: true, response: await send(attempt) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    const giveUp = (): Response => {
      if (outcome.ok) return outcome.response;
      throw outcome.error;
    };

    const retryable = outcome.ok ? isRetryableStatus(outcome.response.status) : isRetryableError(outcome.error);
    if (!retryable || !safeToRepeat || attempt >= maxAttempts) return giveUp();

    let delay = backoffDelay(attempt, options);
    if (outcome.ok) {
      const asked = parseRetryAfter(outcome.response.headers.get("retry-after"), now());
      if (asked !== undefined) {
        if (asked > maxDelayMs) return giveUp(); // the server wants longer than we may wait
        delay = asked;
      }
    }
    if (budget && !budget.tryRetry()) return giveUp();

    // A real client also frees the discarded response: `await outcome.response.body?.cancel()`,
    // or the connection it came on stays busy.
    await sleep(delay);
  }
}
