/**
 * Sharding and resharding — reference solution.
 *
 * Slots are the unit of movement: a key never changes slot, only a slot changes shard. Redis
 * Cluster marks a moving slot MIGRATING on the source and IMPORTING on the target
 * (CLUSTER SETSLOT) and sends clients an ASK redirect for keys already moved, instead of
 * writing to both shards as this router does.
 */
import { createHash } from "node:crypto";

export interface Move {
  slot: number;
  from: number;
  to: number;
}

export function hash32(key: string): number {
  return createHash("md5").update(key, "utf8").digest().readUInt32BE(0);
}

export function hashModShard(key: string, shardCount: number): number {
  return hash32(key) % shardCount;
}

export function slotFor(key: string, slotCount: number): number {
  return hash32(key) % slotCount;
}

const isCount = (n: number) => Number.isInteger(n) && n > 0;
const isShard = (n: number) => Number.isInteger(n) && n >= 0;

export function initialAssignment(slotCount: number, shardCount: number): number[] {
  if (!isCount(slotCount) || !isCount(shardCount) || shardCount > slotCount) {
    throw new RangeError(`need positive integers with shardCount <= slotCount, got ${slotCount} slots, ${shardCount} shards`);
  }
  return Array.from({ length: slotCount }, (_, i) => i % shardCount);
}

function checkAssignment(assignment: readonly number[]): void {
  if (assignment.length === 0) throw new RangeError("the assignment has no slots");
  if (!assignment.every(isShard)) throw new RangeError("every slot's shard must be a non-negative integer");
}

export function planResharding(assignment: readonly number[], newShardCount: number): Move[] {
  checkAssignment(assignment);
  const slots = assignment.length;
  if (!isCount(newShardCount) || newShardCount > slots) {
    throw new RangeError(`newShardCount must be a positive integer <= ${slots}, got ${newShardCount}`);
  }
  const target = (shard: number) =>
    shard >= newShardCount ? 0 : Math.floor(slots / newShardCount) + (shard < slots % newShardCount ? 1 : 0);

  const owned = new Map<number, number[]>();
  for (let shard = 0; shard < newShardCount; shard++) owned.set(shard, []);
  assignment.forEach((shard, slot) => {
    const list = owned.get(shard) ?? [];
    list.push(slot);
    owned.set(shard, list);
  });
  const shards = [...owned.keys()].sort((a, b) => a - b);

  // Donors give up their highest-numbered slots (each list is already in ascending slot order).
  const pool: { slot: number; from: number }[] = [];
  for (const shard of shards) {
    const list = owned.get(shard)!;
    const surplus = list.length - target(shard);
    for (const slot of list.slice(list.length - Math.max(0, surplus))) pool.push({ slot, from: shard });
  }
  pool.sort((a, b) => a.slot - b.slot);

  const moves: Move[] = [];
  let next = 0;
  for (const shard of shards) {
    for (let need = target(shard) - owned.get(shard)!.length; need > 0; need--) {
      const { slot, from } = pool[next++];
      moves.push({ slot, from, to: shard });
    }
  }
  // Targets sum to the slot count, so the pool is used up exactly.
  return moves.sort((a, b) => a.slot - b.slot);
}

export class ShardRouter {
  readonly #owner: number[];
  readonly #moving = new Map<number, number>();

  constructor(assignment: readonly number[]) {
    checkAssignment(assignment);
    this.#owner = [...assignment];
  }

  #checkSlot(slot: number): void {
    if (!Number.isInteger(slot) || slot < 0 || slot >= this.#owner.length) {
      throw new RangeError(`slot must be an integer in [0, ${this.#owner.length}), got ${slot}`);
    }
  }

  ownerOf(slot: number): number {
    this.#checkSlot(slot);
    return this.#owner[slot];
  }

  readShard(key: string): number {
    // The old owner stays authoritative for reads until the copy is complete.
    return this.#owner[slotFor(key, this.#owner.length)];
  }

  writeShards(key: string): number[] {
    const slot = slotFor(key, this.#owner.length);
    const to = this.#moving.get(slot);
    return to === undefined ? [this.#owner[slot]] : [this.#owner[slot], to];
  }

  startMove(slot: number, to: number): void {
    this.#checkSlot(slot);
    if (!isShard(to)) throw new RangeError(`target shard must be a non-negative integer, got ${to}`);
    if (this.#moving.has(slot)) throw new Error(`slot ${slot} is already moving`);
    if (this.#owner[slot] === to) throw new Error(`slot ${slot} is already on shard ${to}`);
    this.#moving.set(slot, to);
  }

  finishMove(slot: number): void {
    this.#checkSlot(slot);
    const to = this.#moving.get(slot);
    if (to === undefined) throw new Error(`slot ${slot} is not moving`);
    this.#owner[slot] = to;
    this.#moving.delete(slot);
  }

  isMoving(slot: number): boolean {
    this.#checkSlot(slot);
    return this.#moving.has(slot);
  }
}
