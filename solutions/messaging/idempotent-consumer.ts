/**
 * Idempotent consumer — reference solution.
 *
 * Two collections: ids being processed now, and ids processed recently with the time they
 * finished. The clock only moves forward, so inserting on completion keeps `#done` (a Map keeps
 * insertion order) ordered by finish time, and pruning stops at the first id still inside the
 * window: memory is bounded by the window, however many messages flow through.
 * In production the "done" set lives next to the side effect (a processed_messages table written
 * in the same transaction as the work), so a crash cannot record one without the other.
 */

export type Outcome = "processed" | "duplicate" | "in-progress";

export interface Message<T> {
  id: string;
  body: T;
}

export interface IdempotentConsumerOptions {
  windowMs: number;
  now: () => number;
}

export class IdempotentConsumer<T> {
  readonly #handler: (body: T, id: string) => Promise<void>;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #inFlight = new Set<string>();
  /** id → time its processing finished, oldest first. */
  readonly #done = new Map<string, number>();

  constructor(handler: (body: T, id: string) => Promise<void>, { windowMs, now }: IdempotentConsumerOptions) {
    if (!Number.isInteger(windowMs) || windowMs <= 0) {
      throw new RangeError(`windowMs must be a positive integer, got ${windowMs}`);
    }
    this.#handler = handler;
    this.#windowMs = windowMs;
    this.#now = now;
  }

  async handle(message: Message<T>): Promise<Outcome> {
    this.#prune();
    if (this.#done.has(message.id)) return "duplicate";
    if (this.#inFlight.has(message.id)) return "in-progress";
    this.#inFlight.add(message.id);
    try {
      await this.#handler(message.body, message.id);
    } finally {
      // On failure the id is simply forgotten, so the redelivery is processed again.
      this.#inFlight.delete(message.id);
    }
    this.#done.set(message.id, this.#now());
    return "processed";
  }

  get size(): number {
    this.#prune();
    return this.#done.size;
  }

  #prune(): void {
    const oldestKept = this.#now() - this.#windowMs;
    for (const [id, finishedAt] of this.#done) {
      if (finishedAt > oldestKept) break;
      this.#done.delete(id);
    }
  }
}
