/**
 * Retries with exponential backoff, and a dead-letter queue
 *
 * What you build
 *   A queue that retries a failed message after a delay that doubles with every failure, and
 *   moves it to a dead-letter queue (DLQ) after a set number of failed deliveries.
 *
 * Why it matters
 *   Some messages can never succeed: a malformed payload, an order for a deleted customer. Retried
 *   forever, such a "poison message" burns workers and hides real failures; retried instantly, a
 *   merely slow downstream gets hammered. Amazon SQS's redrive policy moves a message to the
 *   dead-letter queue once its receive count exceeds `maxReceiveCount`, where it can be inspected
 *   and later moved back ("redrive"). SQS itself makes a failed message visible again after its
 *   visibility timeout; growing delays are what consumers add, by setting a longer visibility
 *   timeout on each retry (ChangeMessageVisibility).
 *
 * Your task
 *   Implement `class RetryQueue<T>`. Unlike kata 1 there is no visibility timeout here: a receiver
 *   always settles a delivery with `ack` or `fail`.
 *   - `constructor({ maxReceiveCount, baseDelayMs, maxDelayMs, now })` — throws a `RangeError`
 *     unless `maxReceiveCount` and `baseDelayMs` are positive integers and `maxDelayMs` is an
 *     integer `>= baseDelayMs`.
 *   - `send(body): string` — ids `"m1"`, `"m2"`, … in send order; a new message is ready at once.
 *   - `receive(): Delivery<T> | undefined` — the first message in queue order that is ready
 *     (`now() >= readyAt`) and not in flight; it becomes in flight, its `receiveCount` grows by one
 *     (1 on the first delivery), and `{ id, body, receiveCount }` is returned. Queue order is send
 *     order, except that a redriven message goes to the back. `undefined` when none is ready.
 *   - `ack(id): boolean` — deletes an in-flight message; `false` (and nothing changes) for an id
 *     that is not in flight.
 *   - `fail(id, reason): FailResult | undefined` — settles an in-flight delivery as failed
 *     (`undefined` for an id that is not in flight):
 *     - if the message has now been received `maxReceiveCount` times, it leaves the queue for the
 *       DLQ, recorded as `{ id, body, receiveCount, reason }`; returns `{ outcome: "dead-lettered" }`;
 *     - otherwise it is ready again at `retryAt = now() + delay`, where after the k-th failed
 *       delivery `delay = min(maxDelayMs, baseDelayMs × 2^(k − 1))` (base, 2 × base, 4 × base, …);
 *       returns `{ outcome: "retry", retryAt }`. Other messages are delivered meanwhile.
 *   - `deadLetters(): DeadLetter<T>[]` — the dead letters in the order they were dead-lettered
 *     (copies: changing the array or its objects does not change the queue).
 *   - `redrive(id): boolean` — moves a dead letter back to the queue (at the back, ready at once,
 *     same id and body, `receiveCount` back to 0). `false` if `id` is not a dead letter.
 *
 * Example
 *   let t = 0;
 *   const queue = new RetryQueue<string>({ maxReceiveCount: 3, baseDelayMs: 1000, maxDelayMs: 60_000, now: () => t });
 *   queue.send("bad payload");        // "m1"
 *   queue.receive();                  // { id: "m1", body: "bad payload", receiveCount: 1 }
 *   queue.fail("m1", "parse error");  // { outcome: "retry", retryAt: 1000 }
 *   queue.receive();                  // undefined — backing off
 *   t = 1000; queue.receive();        // receiveCount: 2
 *   queue.fail("m1", "parse error");  // { outcome: "retry", retryAt: 3000 } — 2 s this time
 *   t = 3000; queue.receive();        // receiveCount: 3
 *   queue.fail("m1", "parse error");  // { outcome: "dead-lettered" }
 *   queue.deadLetters();              // [{ id: "m1", body: "bad payload", receiveCount: 3, reason: "parse error" }]
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

export class RetryQueue<T> {
  constructor(options: RetryQueueOptions) {
    // TODO: validate the options and set up the queue and its dead-letter queue.
    void options;
  }

  send(body: T): string {
    void body;
    throw new Error("not implemented");
  }

  receive(): Delivery<T> | undefined {
    throw new Error("not implemented");
  }

  ack(id: string): boolean {
    void id;
    throw new Error("not implemented");
  }

  fail(id: string, reason: string): FailResult | undefined {
    void id;
    void reason;
    throw new Error("not implemented");
  }

  deadLetters(): DeadLetter<T>[] {
    throw new Error("not implemented");
  }

  redrive(id: string): boolean {
    void id;
    throw new Error("not implemented");
  }
}
