/**
 * Concurrency limiter (semaphore) — reference solution.
 *
 * Invariant: a waiter exists only while all slots are busy. When a task settles, its slot is
 * handed straight to the first waiter (`active` stays the same), so a newcomer can never jump
 * the queue between "slot freed" and "waiter started".
 */
export class QueueFullError extends Error {
  override name = "QueueFullError";
}

export class QueueTimeoutError extends Error {
  override name = "QueueTimeoutError";
}

export interface SemaphoreOptions {
  maxQueue?: number;
  queueTimeoutMs?: number;
}

interface Waiter {
  start: () => void;
  timer?: ReturnType<typeof setTimeout>;
}

export class Semaphore {
  readonly #maxConcurrent: number;
  readonly #maxQueue: number;
  readonly #queueTimeoutMs: number | undefined;
  #active = 0;
  // A plain array is fine for a queue this size; a ring buffer or linked list avoids O(n) shift()
  // and splice() when thousands wait.
  readonly #queue: Waiter[] = [];

  constructor(maxConcurrent: number, { maxQueue = Infinity, queueTimeoutMs }: SemaphoreOptions = {}) {
    if (!Number.isInteger(maxConcurrent) || maxConcurrent <= 0) {
      throw new RangeError(`maxConcurrent must be a positive integer, got ${maxConcurrent}`);
    }
    if (maxQueue !== Infinity && (!Number.isInteger(maxQueue) || maxQueue < 0)) {
      throw new RangeError(`maxQueue must be a non-negative integer or Infinity, got ${maxQueue}`);
    }
    if (queueTimeoutMs !== undefined && (!Number.isFinite(queueTimeoutMs) || queueTimeoutMs <= 0)) {
      throw new RangeError(`queueTimeoutMs must be a positive number, got ${queueTimeoutMs}`);
    }
    this.#maxConcurrent = maxConcurrent;
    this.#maxQueue = maxQueue;
    this.#queueTimeoutMs = queueTimeoutMs;
  }

  run<T>(fn: () => T | Promise<T>): Promise<T> {
    if (this.#active < this.#maxConcurrent) {
      this.#active++;
      return this.#execute(fn);
    }
    if (this.#queue.length >= this.#maxQueue) {
      return Promise.reject(new QueueFullError(`queue is full (${this.#maxQueue} waiting)`));
    }
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = { start: () => resolve(this.#execute(fn)) };
      if (this.#queueTimeoutMs !== undefined) {
        const timeoutMs = this.#queueTimeoutMs;
        waiter.timer = setTimeout(() => {
          this.#queue.splice(this.#queue.indexOf(waiter), 1);
          reject(new QueueTimeoutError(`waited ${timeoutMs} ms for a free slot`));
        }, timeoutMs);
      }
      this.#queue.push(waiter);
    });
  }

  get active(): number {
    return this.#active;
  }

  get pending(): number {
    return this.#queue.length;
  }

  /** Runs fn in a slot the caller has already claimed, and passes the slot on when fn settles. */
  async #execute<T>(fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } finally {
      const next = this.#queue.shift();
      if (next) {
        clearTimeout(next.timer);
        next.start();
      } else {
        this.#active--;
      }
    }
  }
}
