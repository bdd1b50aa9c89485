/**
 * Partitions, keys and consumer-group rebalancing — reference solution.
 *
 * Ordering is per partition only, so the key decides everything: the same key always hashes to
 * the same partition, and one partition is read by one member of a group at a time. A rebalance
 * here is "eager": every member drops its partitions and every position goes back to the last
 * commit, so records polled but not committed before the rebalance are read again by their new
 * owner. That is the at-least-once price of moving partitions; consumers that commit often pay
 * less of it.
 */

export interface PartitionedRecord<T> {
  partition: number;
  offset: number;
  key: string;
  value: T;
}

const encoder = new TextEncoder();

export function partitionFor(key: string, partitions: number): number {
  if (!Number.isInteger(partitions) || partitions <= 0) {
    throw new RangeError(`partitions must be a positive integer, got ${partitions}`);
  }
  // 32-bit FNV-1a over the key's UTF-8 bytes. Math.imul keeps the multiply in 32 bits; >>> 0 makes it unsigned.
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(key)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash % partitions;
}

interface Group {
  members: string[];
  assignment: Map<string, number[]>;
  positions: number[];
  committed: number[];
}

export class PartitionedTopic<T> {
  readonly #partitions: Array<Array<{ key: string; value: T }>>;
  readonly #groups = new Map<string, Group>();

  constructor({ partitions }: { partitions: number }) {
    if (!Number.isInteger(partitions) || partitions <= 0) {
      throw new RangeError(`partitions must be a positive integer, got ${partitions}`);
    }
    this.#partitions = Array.from({ length: partitions }, () => []);
  }

  publish(key: string, value: T): { partition: number; offset: number } {
    const partition = partitionFor(key, this.#partitions.length);
    const log = this.#partitions[partition];
    log.push({ key, value });
    return { partition, offset: log.length - 1 };
  }

  join(group: string, member: string): void {
    let state = this.#groups.get(group);
    if (!state) {
      const zeros = () => this.#partitions.map(() => 0);
      state = { members: [], assignment: new Map(), positions: zeros(), committed: zeros() };
      this.#groups.set(group, state);
    }
    if (state.members.includes(member)) return;
    state.members.push(member);
    this.#rebalance(state);
  }

  leave(group: string, member: string): void {
    const state = this.#groups.get(group);
    if (!state?.members.includes(member)) return;
    state.members = state.members.filter((m) => m !== member);
    this.#rebalance(state);
  }

  assignment(group: string, member: string): number[] {
    return [...(this.#groups.get(group)?.assignment.get(member) ?? [])];
  }

  poll(group: string, member: string, maxRecords: number): PartitionedRecord<T>[] {
    if (!Number.isInteger(maxRecords) || maxRecords <= 0) {
      throw new RangeError(`maxRecords must be a positive integer, got ${maxRecords}`);
    }
    const state = this.#member(group, member);
    const records: PartitionedRecord<T>[] = [];
    for (const partition of state.assignment.get(member)!) {
      const log = this.#partitions[partition];
      while (records.length < maxRecords && state.positions[partition] < log.length) {
        const offset = state.positions[partition]++;
        records.push({ partition, offset, ...log[offset] });
      }
    }
    return records;
  }

  commit(group: string, member: string): void {
    const state = this.#member(group, member);
    for (const partition of state.assignment.get(member)!) state.committed[partition] = state.positions[partition];
  }

  #member(group: string, member: string): Group {
    const state = this.#groups.get(group);
    if (!state?.members.includes(member)) throw new Error(`"${member}" is not a member of group "${group}"`);
    return state;
  }

  /** Kafka's range assignor: members sorted, contiguous ranges, the first few get one extra. */
  #rebalance(state: Group): void {
    const members = [...state.members].sort();
    const total = this.#partitions.length;
    const each = Math.floor(total / Math.max(members.length, 1));
    const extra = members.length === 0 ? 0 : total % members.length;
    state.assignment = new Map();
    let next = 0;
    members.forEach((member, i) => {
      const count = each + (i < extra ? 1 : 0);
      state.assignment.set(member, Array.from({ length: count }, (_, k) => next + k));
      next += count;
    });
    state.positions = [...state.committed];
  }
}
