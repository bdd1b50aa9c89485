/**
 * Sharding and resharding
 *
 * What you build
 *   Key-to-shard routing through a fixed number of hash slots, a resharding plan that moves as
 *   few slots as possible from N shards to M, and a router that keeps reads and writes correct
 *   while a slot is being moved.
 *
 * Why it matters
 *   `hash(key) % shards` is the obvious way to shard, and going from 4 shards to 5 moves about
 *   4 keys in 5. Redis Cluster instead hashes every key into one of 16 384 fixed slots and
 *   assigns slots to nodes, so resharding moves whole slots, only as many as balance needs.
 *   During a move the data exists on two shards, and the router decides which one is the truth.
 *
 * Your task
 *   `hash32(key)` is the first 4 bytes of the MD5 digest of `key` (UTF-8) as an unsigned 32-bit
 *   big-endian integer (as in the consistent-hashing kata; `createHash("md5")` from `node:crypto`).
 *
 *   1. `hashModShard(key, shardCount)` — `hash32(key) % shardCount`: the naive scheme, kept to
 *      compare with.
 *   2. `slotFor(key, slotCount)` — `hash32(key) % slotCount`.
 *   3. `initialAssignment(slotCount, shardCount): number[]` — entry i is the shard owning slot i:
 *      `i % shardCount`. Both arguments positive integers with shardCount <= slotCount, else
 *      `RangeError`.
 *   4. `planResharding(assignment, newShardCount): Move[]`, where
 *      `Move = { slot, from, to }`. `assignment` is as above (S slots; every entry a
 *      non-negative integer); `newShardCount` (M) is a positive integer <= S; otherwise
 *      `RangeError`. The new shards are 0 … M − 1. The plan:
 *      - Target slot counts: shard s < M gets `floor(S / M)`, plus one more when `s < S % M`;
 *        any shard s >= M gets 0 (it is being retired).
 *      - Every shard owning more than its target gives up its surplus: its highest-numbered
 *        slots. Pool all given-up slots and sort them by slot number.
 *      - Shards below target, in ascending shard id, each take the next slots from the pool
 *        until they reach their target.
 *      - Return the moves sorted by slot number. Nothing else moves, so the plan is as small as
 *        these targets allow: Σ max(0, count − target) moves. Already balanced → `[]`.
 *      `assignment` itself is not modified.
 *   5. `class ShardRouter` — `constructor(assignment)` (copies it; `RangeError` as in 4).
 *      - `ownerOf(slot): number` — the shard that owns `slot` now (`RangeError` when `slot` is
 *        not an index of the assignment).
 *      - `readShard(key): number` and `writeShards(key): number[]` for the key's slot
 *        (`slotFor(key, S)`): normally the owner, and `[owner]`.
 *      - `startMove(slot, to)` — the slot is now being copied from its owner to shard `to`.
 *        While it moves, reads go to the OLD shard (it still holds every row; the copy may be
 *        incomplete) and writes go to both, `[old, to]`, so that neither misses one.
 *        `Error` when the slot is already moving or `to` is its owner; `RangeError` for a bad
 *        slot or a `to` that is not a non-negative integer.
 *      - `finishMove(slot)` — the copy is complete: `to` becomes the owner, and reads and writes
 *        go to it alone. `Error` when the slot is not moving.
 *      - `isMoving(slot): boolean`.
 *
 * Example
 *   const a = initialAssignment(8, 3);        // [0, 1, 2, 0, 1, 2, 0, 1]
 *   planResharding(a, 4);
 *   // targets 2, 2, 2, 2: shard 0 gives slot 6, shard 1 gives slot 7, new shard 3 takes both
 *   // → [{ slot: 6, from: 0, to: 3 }, { slot: 7, from: 1, to: 3 }]
 *   const router = new ShardRouter(a);
 *   router.startMove(6, 3);
 *   // for a key in slot 6: readShard → 0, writeShards → [0, 3]
 *   router.finishMove(6);
 *   // readShard → 3, writeShards → [3]
 */

export interface Move {
  slot: number;
  from: number;
  to: number;
}

export function hash32(key: string): number {
  void key;
  throw new Error("not implemented");
}

export function hashModShard(key: string, shardCount: number): number {
  void key;
  void shardCount;
  throw new Error("not implemented");
}

export function slotFor(key: string, slotCount: number): number {
  void key;
  void slotCount;
  throw new Error("not implemented");
}

export function initialAssignment(slotCount: number, shardCount: number): number[] {
  void slotCount;
  void shardCount;
  throw new Error("not implemented");
}

export function planResharding(assignment: readonly number[], newShardCount: number): Move[] {
  void assignment;
  void newShardCount;
  throw new Error("not implemented");
}

export class ShardRouter {
  constructor(assignment: readonly number[]) {
    void assignment;
    throw new Error("not implemented");
  }

  ownerOf(slot: number): number {
    void slot;
    throw new Error("not implemented");
  }

  readShard(key: string): number {
    void key;
    throw new Error("not implemented");
  }

  writeShards(key: string): number[] {
    void key;
    throw new Error("not implemented");
  }

  startMove(slot: number, to: number): void {
    void slot;
    void to;
    throw new Error("not implemented");
  }

  finishMove(slot: number): void {
    void slot;
    throw new Error("not implemented");
  }

  isMoving(slot: number): boolean {
    void slot;
    throw new Error("not implemented");
  }
}
