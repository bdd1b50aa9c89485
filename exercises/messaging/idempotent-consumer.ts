/**
 * Idempotent consumer
 *
 * What you build
 *   A wrapper around a message handler that processes each message id once: a redelivered copy
 *   that arrives within a time window is recognised and skipped.
 *
 * Why it matters
 *   Kata 1's queue delivers at least once, and so do real ones: the Amazon SQS documentation says
 *   a standard queue may deliver a message more than once and asks you to design idempotent
 *   applications. Charging a card or sending an email twice because a worker was slow to ack is a
 *   real incident. Deduplicating by message id at the consumer turns at-least-once delivery into
 *   effectively-once processing.
 *
 * Your task
 *   Implement `class IdempotentConsumer<T>`:
 *   - `constructor(handler, { windowMs, now })` — `handler(body, id)` returns a promise and does
 *     the real work; `now()` returns the time in milliseconds. Throws a `RangeError` unless
 *     `windowMs` is a positive integer.
 *   - `handle(message: { id, body }): Promise<Outcome>` decides, in this order:
 *     - `"duplicate"` — a message with this id was processed successfully, and its processing
 *       FINISHED less than `windowMs` ago (`now() - finishedAt < windowMs`). The handler is not
 *       called. At exactly `windowMs` the id is forgotten, and the message is processed again.
 *     - `"in-progress"` — the handler is still running for this id (a copy arrived while the
 *       first is being processed). The handler is not called; the caller should not ack this copy
 *       (the broker will redeliver it if the first attempt fails).
 *     - otherwise it calls `handler(body, id)` and awaits it. If it resolves, it records the id
 *       with `finishedAt = now()` (read after the handler finished) and resolves `"processed"`.
 *       If it rejects, `handle` rejects with the same error and remembers nothing, so a
 *       redelivery of that id is processed again.
 *   - `size` (getter) — how many ids are remembered as processed right now (in-flight ids not
 *     counted). Ids older than the window must be dropped, not kept forever: memory stays bounded
 *     by the window however many messages flow through. This must stay fast with 50 000 messages.
 *
 * Example
 *   let t = 0;
 *   const consumer = new IdempotentConsumer(async (body: string) => charge(body), { windowMs: 60_000, now: () => t });
 *   await consumer.handle({ id: "m1", body: "order 7" });   // "processed" — charge ran
 *   await consumer.handle({ id: "m1", body: "order 7" });   // "duplicate" — redelivery skipped
 *   t = 60_000;
 *   consumer.size;                                           // 0 — m1 left the window
 *   await consumer.handle({ id: "m1", body: "order 7" });   // "processed" again
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
  constructor(handler: (body: T, id: string) => Promise<void>, options: IdempotentConsumerOptions) {
    // TODO: validate the options and keep what you need.
    void handler;
    void options;
  }

  async handle(message: Message<T>): Promise<Outcome> {
    void message;
    throw new Error("not implemented");
  }

  get size(): number {
    throw new Error("not implemented");
  }
}
