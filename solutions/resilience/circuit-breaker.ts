/**
 * Circuit breaker — reference solution.
 *
 * A generation number stamps every admitted call, so an outcome that arrives after the breaker
 * has changed state (a slow call from the closed era finishing while half-open) is ignored.
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

function positiveInteger(name: string, value: number) {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
}

export class CircuitBreaker {
  readonly #options: CircuitBreakerOptions;
  #state: CircuitState = "closed";
  #generation = 0;
  #outcomes: { at: number; failed: boolean }[] = []; // closed: completed calls, oldest first
  #openedAt = 0;
  #trialsAdmitted = 0;
  #trialsSucceeded = 0;

  constructor(options: CircuitBreakerOptions) {
    const { failureRateThreshold, minimumCalls, windowMs, openMs, halfOpenMaxCalls } = options;
    if (!(failureRateThreshold > 0 && failureRateThreshold <= 1)) {
      throw new RangeError(`failureRateThreshold must be in (0, 1], got ${failureRateThreshold}`);
    }
    positiveInteger("minimumCalls", minimumCalls);
    positiveInteger("halfOpenMaxCalls", halfOpenMaxCalls);
    if (!(windowMs > 0)) throw new RangeError(`windowMs must be > 0, got ${windowMs}`);
    if (!(openMs > 0)) throw new RangeError(`openMs must be > 0, got ${openMs}`);
    this.#options = options;
  }

  get state(): CircuitState {
    if (this.#state === "open" && this.#options.now() >= this.#openedAt + this.#options.openMs) {
      this.#transition("half-open");
    }
    return this.#state;
  }

  async call<T>(fn: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === "open") throw new CircuitOpenError("circuit is open");
    if (state === "half-open") {
      if (this.#trialsAdmitted >= this.#options.halfOpenMaxCalls) throw new CircuitOpenError("circuit is half-open and its trial calls are taken");
      this.#trialsAdmitted++;
    }
    const generation = this.#generation;
    try {
      const value = await fn();
      this.#record(generation, false);
      return value;
    } catch (error) {
      this.#record(generation, true);
      throw error;
    }
  }

  #record(generation: number, failed: boolean) {
    if (generation !== this.#generation) return;
    const now = this.#options.now();
    if (this.#state === "half-open") {
      if (failed) this.#open(now);
      else if (++this.#trialsSucceeded >= this.#options.halfOpenMaxCalls) this.#transition("closed");
      return;
    }
    // closed: slide the window, then judge the failure rate over what is left in it
    this.#outcomes.push({ at: now, failed });
    while (this.#outcomes.length && this.#outcomes[0].at <= now - this.#options.windowMs) this.#outcomes.shift();
    const failures = this.#outcomes.filter((o) => o.failed).length;
    if (this.#outcomes.length >= this.#options.minimumCalls && failures / this.#outcomes.length >= this.#options.failureRateThreshold) {
      this.#open(now);
    }
  }

  #open(now: number) {
    this.#openedAt = now;
    this.#transition("open");
  }

  #transition(to: CircuitState) {
    const from = this.#state;
    this.#state = to;
    this.#generation++;
    this.#outcomes = [];
    this.#trialsAdmitted = 0;
    this.#trialsSucceeded = 0;
    this.#options.onStateChange?.(from, to);
  }
}
