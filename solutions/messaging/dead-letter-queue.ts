/**
 * Retries with exponential backoff and a dead-letter queue — reference solution.
 *
 * A failed message is not retried at once: it becomes ready again after a delay that doubles
 * with each failure, capped, so a struggling downstream gets room to recover. After
 * `maxReceiveCount` failed deliveries it is parked in the dead-letter queue, so one poison
 * message cannot circle forever while the rest of the queue waits. Production retry delays
 * usually add random jitter too, so that messages that failed together do not retry together.
 */

export interface RetryQueueOptions {
  maxReceiveCount: number;
  baseDelayMs: number;
  maxDelayMs: number;
  now: () => number;
}

export interface Delivery<T> {
  id: string;
  body: T;
  receiveCount: number;
}

export interface DeadLetter<T> {
  id: string;
  body: T;
  receiveCount: number;
  reason: string;
}

export type FailResult = { outcome: "retry"; retryAt: number } | { outcome: "dead-lettered" };

interface Entry<T> {
  id: string;
  body: T;
  receiveCount: number;
  readyAt: number;
  inFlight: boolean;
}

export class RetryQueue<T> {
  readonly #options: RetryQueueOptions;
  /** Insertion order is queue order; a redriven message is re-inserted at the back. */
  readonly #messages = new Map<string, Entry<T>>();
  readonly #dead = new Map<string, DeadLetter<T>>();
  #sent = 0;

  constructor(options: RetryQueueOptions) {
    const { maxReceiveCount, baseDelayMs, maxDelayMs } = options;
    if (!Number.isInteger(maxReceiveCount) || maxReceiveCount <= 0) {
      throw new RangeError(`maxReceiveCount must be a positive integer, got ${maxReceiveCount}`);
    }
    if (!Number.isInteger(baseDelayMs) || baseDelayMs <= 0) {
      throw new RangeError(`baseDelayMs must be a positive integer, got ${baseDelayMs}`);
    }
    if (!Number.isInteger(maxDelayMs) || maxDelayMs < baseDelayMs) {
      throw new RangeError(`maxDelayMs must be an integer no smaller than baseDelayMs, got ${maxDelayMs}`);
    }
    this.#options = options;
  }

  send(body: T): string {
    const id = `m${++this.#sent}`;
    this.#messages.set(id, { id, body, receiveCount: 0, readyAt: Number.NEGATIVE_INFINITY, inFlight: false });
    return id;
  }

  receive(): Delivery<T> | undefined {
    const t = this.#options.now();
    for (const entry of this.#messages.values()) {
      if (entry.inFlight || entry.readyAt > t) continue;
      entry.inFlight = true;
      entry.receiveCount += 1;
      return { id: entry.id, body: entry.body, receiveCount: entry.receiveCount };
    }
    return undefined;
  }

  ack(id: string): boolean {
    const entry = this.#messages.get(id);
    if (!entry?.inFlight) return false;
    this.#messages.delete(id);
    return true;
  }

  fail(id: string, reason: string): FailResult | undefined {
    const entry = this.#messages.get(id);
    if (!entry?.inFlight) return undefined;
    entry.inFlight = false;
    if (entry.receiveCount >= this.#options.maxReceiveCount) {
      this.#messages.delete(id);
      this.#dead.set(id, { id, body: entry.body, receiveCount: entry.receiveCount, reason });
      return { outcome: "dead-lettered" };
    }
    const { baseDelayMs, maxDelayMs } = this.#options;
    // Cap the exponent too: 2 ** 1100 is Infinity, and Infinity * 0 would be NaN.
    const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(entry.receiveCount - 1, 52));
    entry.readyAt = this.#options.now() + delay;
    return { outcome: "retry", retryAt: entry.readyAt };
  }

  deadLetters(): DeadLetter<T>[] {
    return [...this.#dead.values()].map((letter) => ({ ...letter }));
  }

  redrive(id: string): boolean {
    const letter = this.#dead.get(id);
    if (!letter) return false;
    this.#dead.delete(id);
    this.#messages.set(id, { id, body: letter.body, receiveCount: 0, readyAt: Number.NEGATIVE_INFINITY, inFlight: false });
    return true;
  }
}
