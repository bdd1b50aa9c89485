/**
 * Work queue with acks and a visibility timeout
 *
 * What you build
 *   An in-memory work queue with Amazon SQS's delivery semantics: a received message is hidden,
 *   not removed, and it comes back by itself unless the worker acknowledges it in time.
 *
 * Why it matters
 *   Workers crash, deploys kill them mid-job, networks drop the reply. A queue that deleted a
 *   message on delivery would lose that job; SQS and RabbitMQ (with manual acks) instead
 *   redeliver what was not acknowledged. The price is at-least-once delivery: a slow worker's
 *   job can run twice, which the rest of this phase deals with.
 *
 *   The model is SQS: when SQS returns a message, its visibility timeout starts; if the consumer
 *   does not delete it (DeleteMessage, here `ack`) before the timeout expires, the message becomes
 *   visible and is received again. ChangeMessageVisibility (here `changeVisibility`) sets a new
 *   timeout counted from the moment of the call, which is how a long job keeps its message.
 *
 * Your task
 *   Implement `class WorkQueue<T>`:
 *   - `constructor({ visibilityTimeoutMs, now })` — `now()` returns the time in milliseconds.
 *     Throws a `RangeError` unless `visibilityTimeoutMs` is a positive integer.
 *   - `send(body): string` — enqueues a message and returns its id: `"m1"`, `"m2"`, … in send order.
 *     A new message is visible at once.
 *   - `receive(): Delivery<T> | undefined` — at `t = now()`, takes the visible message that was
 *     SENT FIRST (a message is visible if it was never received, or if its hiding time has come:
 *     `t >= visibleAt`), hides it until `visibleAt = t + visibilityTimeoutMs`, and returns
 *     `{ id, body, receiptHandle, receiveCount }`. `receiveCount` is 1 on the first delivery and
 *     grows by one on every redelivery. `receiptHandle` is a string that identifies THIS delivery:
 *     it differs from every handle returned before. Returns `undefined` when nothing is visible.
 *   - `ack(receiptHandle): boolean` — deletes the message for good and returns `true`, but only if
 *     the handle is the latest delivery of a message that is still hidden (`now() < visibleAt`).
 *     Otherwise it changes nothing and returns `false`: an unknown handle, a message already
 *     acked, a handle whose visibility timeout has expired, or an old handle of a message that was
 *     redelivered since (a slow worker must not delete the job a second worker now holds).
 *   - `changeVisibility(receiptHandle, timeoutMs): boolean` — for a valid handle (same rule as
 *     `ack`), sets `visibleAt = now() + timeoutMs` and returns `true`; `0` makes the message
 *     visible at once (give it back). Returns `false` for a handle `ack` would refuse. Throws a
 *     `RangeError` unless `timeoutMs` is a non-negative integer.
 *   - `stats(): { visible, inFlight }` — how many messages are visible and hidden at `now()`
 *     (acked messages are gone from both).
 *
 * Example
 *   let t = 0;
 *   const queue = new WorkQueue<string>({ visibilityTimeoutMs: 30_000, now: () => t });
 *   queue.send("resize photo 1");                      // "m1"
 *   const a = queue.receive();                         // { id: "m1", receiveCount: 1, receiptHandle: … }
 *   queue.receive();                                   // undefined — m1 is hidden
 *   t = 30_000;                                        // the worker died without acking
 *   const b = queue.receive();                         // { id: "m1", receiveCount: 2, … } again
 *   queue.ack(a!.receiptHandle);                       // false — a stale handle
 *   queue.ack(b!.receiptHandle);                       // true — gone for good
 */

export interface Delivery<T> {
  id: string;
  body: T;
  receiptHandle: string;
  receiveCount: number;
}

export interface WorkQueueOptions {
  visibilityTimeoutMs: number;
  now: () => number;
}

export class WorkQueue<T> {
  constructor(options: WorkQueueOptions) {
    // TODO: validate the options and set up the queue's state.
    void options;
  }

  send(body: T): string {
    void body;
    throw new Error("not implemented");
  }

  receive(): Delivery<T> | undefined {
    throw new Error("not implemented");
  }

  ack(receiptHandle: string): boolean {
    void receiptHandle;
    throw new Error("not implemented");
  }

  changeVisibility(receiptHandle: string, timeoutMs: number): boolean {
    void receiptHandle;
    void timeoutMs;
    throw new Error("not implemented");
  }

  stats(): { visible: number; inFlight: number } {
    throw new Error("not implemented");
  }
}
