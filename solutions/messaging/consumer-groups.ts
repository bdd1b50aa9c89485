/**
 * A log with consumer-group offsets — reference solution.
 *
 * Unlike a queue, the topic never deletes on consumption: it is an append-only array, and each
 * group is just two numbers into it. Fan-out costs nothing (another pair of numbers), and replay
 * is moving a number back. Real logs also delete old segments by time or size (retention), which
 * is why a group that falls far behind can find its committed offset gone.
 */

export interface LogRecord<T> {
  offset: number;
  value: T;
}

interface Group {
  position: number;
  committed: number;
}

export class Topic<T> {
  readonly #log: T[] = [];
  readonly #groups = new Map<string, Group>();

  get endOffset(): number {
    return this.#log.length;
  }

  publish(value: T): number {
    this.#log.push(value);
    return this.#log.length - 1;
  }

  subscribe(group: string, from: "earliest" | "latest" = "latest"): void {
    if (this.#groups.has(group)) return; // a known group resumes from its committed offset
    const start = from === "earliest" ? 0 : this.#log.length;
    this.#groups.set(group, { position: start, committed: start });
  }

  poll(group: string, maxRecords: number): LogRecord<T>[] {
    if (!Number.isInteger(maxRecords) || maxRecords <= 0) {
      throw new RangeError(`maxRecords must be a positive integer, got ${maxRecords}`);
    }
    const state = this.#group(group);
    const end = Math.min(this.#log.length, state.position + maxRecords);
    const records: LogRecord<T>[] = [];
    for (let offset = state.position; offset < end; offset++) records.push({ offset, value: this.#log[offset] });
    state.position = end;
    return records;
  }

  commit(group: string): void {
    const state = this.#group(group);
    state.committed = state.position;
  }

  restart(group: string): void {
    const state = this.#group(group);
    state.position = state.committed;
  }

  committed(group: string): number {
    return this.#group(group).committed;
  }

  lag(group: string): number {
    return this.#log.length - this.#group(group).committed;
  }

  #group(group: string): Group {
    const state = this.#groups.get(group);
    if (!state) throw new Error(`unknown consumer group "${group}": subscribe it first`);
    return state;
  }
}
