/**
 * Work queue with acks and a visibility timeout — reference solution.
 *
 * A received message is not removed, only hidden until `visibleAt`. That one timestamp is the
 * whole at-least-once mechanism: a worker that crashes simply never acks, and the message comes
 * back on its own. A Map keeps insertion (send) order, so "the oldest visible message" is the
 * first visible entry; acked messages are deleted, so the scan stays short in a healthy queue.
 * A production queue would index visible messages instead of scanning (SQS spreads them over
 * many servers and only promises best-effort order).
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

interface Entry<T> {
  id: string;
  body: T;
  visibleAt: number;
  receiveCount: number;
  handle: string | undefined;
}

export class WorkQueue<T> {
  readonly #timeoutMs: number;
  readonly #now: () => number;
  readonly #messages = new Map<string, Entry<T>>();
  /** handle → message id, for the latest delivery of each message only. */
  readonly #handles = new Map<string, string>();
  #sent = 0;
  #received = 0;

  constructor({ visibilityTimeoutMs, now }: WorkQueueOptions) {
    if (!Number.isInteger(visibilityTimeoutMs) || visibilityTimeoutMs <= 0) {
      throw new RangeError(`visibilityTimeoutMs must be a positive integer, got ${visibilityTimeoutMs}`);
    }
    this.#timeoutMs = visibilityTimeoutMs;
    this.#now = now;
  }

  send(body: T): string {
    const id = `m${++this.#sent}`;
    this.#messages.set(id, { id, body, visibleAt: Number.NEGATIVE_INFINITY, receiveCount: 0, handle: undefined });
    return id;
  }

  receive(): Delivery<T> | undefined {
    const t = this.#now();
    for (const entry of this.#messages.values()) {
      if (entry.visibleAt > t) continue;
      if (entry.handle) this.#handles.delete(entry.handle); // the earlier delivery's handle is now stale
      entry.receiveCount += 1;
      entry.visibleAt = t + this.#timeoutMs;
      entry.handle = `${entry.id}:${++this.#received}`;
      this.#handles.set(entry.handle, entry.id);
      return { id: entry.id, body: entry.body, receiptHandle: entry.handle, receiveCount: entry.receiveCount };
    }
    return undefined;
  }

  ack(receiptHandle: string): boolean {
    const entry = this.#current(receiptHandle);
    if (!entry) return false;
    this.#handles.delete(receiptHandle);
    this.#messages.delete(entry.id);
    return true;
  }

  changeVisibility(receiptHandle: string, timeoutMs: number): boolean {
    if (!Number.isInteger(timeoutMs) || timeoutMs < 0) {
      throw new RangeError(`timeoutMs must be a non-negative integer, got ${timeoutMs}`);
    }
    const entry = this.#current(receiptHandle);
    if (!entry) return false;
    entry.visibleAt = this.#now() + timeoutMs;
    return true;
  }

  stats(): { visible: number; inFlight: number } {
    const t = this.#now();
    let inFlight = 0;
    for (const entry of this.#messages.values()) if (entry.visibleAt > t) inFlight++;
    return { visible: this.#messages.size - inFlight, inFlight };
  }

  /** The message a handle belongs to, if it is that message's latest delivery and still in flight. */
  #current(receiptHandle: string): Entry<T> | undefined {
    const id = this.#handles.get(receiptHandle);
    const entry = id === undefined ? undefined : this.#messages.get(id);
    if (!entry || entry.visibleAt <= this.#now()) return undefined;
    return entry;
  }
}
