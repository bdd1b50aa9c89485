import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  ShardRouter,
  hash32,
  hashModShard,
  initialAssignment,
  planResharding,
  slotFor,
  type Move,
} from "../../exercises/system-design/sharding.ts";

const md5prefix = (s: string) => createHash("md5").update(s).digest().readUInt32BE(0);
const keys = (n: number) => Array.from({ length: n }, (_, i) => `order:${i}`);

function apply(assignment: readonly number[], moves: Move[]): number[] {
  const next = [...assignment];
  for (const { slot, to } of moves) next[slot] = to;
  return next;
}

function counts(assignment: readonly number[]): number[] {
  const out: number[] = [];
  for (const shard of assignment) out[shard] = (out[shard] ?? 0) + 1;
  return Array.from(out, (c) => c ?? 0);
}

/** Finds a key whose slot is `slot`. */
function keyInSlot(slot: number, slotCount: number): string {
  for (let i = 0; ; i++) if (md5prefix(`k${i}`) % slotCount === slot) return `k${i}`;
}

describe("routing by hash", () => {
  it("hashes with the MD5 prefix and maps keys to slots and shards by modulo", () => {
    expect(hash32("")).toBe(0xd41d8cd9);
    for (const key of ["order:1", "user:42", "naïve"]) {
      expect(hash32(key)).toBe(md5prefix(key));
      expect(slotFor(key, 1024)).toBe(md5prefix(key) % 1024);
      expect(hashModShard(key, 5)).toBe(md5prefix(key) % 5);
    }
  });

  it("assigns slot i to shard i % shardCount", () => {
    expect(initialAssignment(8, 3)).toEqual([0, 1, 2, 0, 1, 2, 0, 1]);
    expect(initialAssignment(4, 4)).toEqual([0, 1, 2, 3]);
    expect(initialAssignment(5, 1)).toEqual([0, 0, 0, 0, 0]);
  });

  it("shows why hash mod N is a bad resharding scheme: 4 → 5 shards moves about 80% of keys", () => {
    const all = keys(20_000);
    const moved = all.filter((k) => hashModShard(k, 4) !== hashModShard(k, 5)).length;
    expect(moved / all.length).toBeGreaterThan(0.75);
  });
});

describe("planResharding", () => {
  it("grows 3 → 4 shards by moving each donor's highest slots to the new shard", () => {
    const before = initialAssignment(8, 3);
    expect(planResharding(before, 4)).toEqual([
      { slot: 6, from: 0, to: 3 },
      { slot: 7, from: 1, to: 3 },
    ]);
    expect(before).toEqual([0, 1, 2, 0, 1, 2, 0, 1]);
  });

  it("shrinks 4 → 3 shards by emptying the retired shard into the lowest shards first", () => {
    // Targets 3, 3, 2; shard 3 (target 0) gives slots 3 and 7; shard 0 takes 3, shard 1 takes 7.
    expect(planResharding(initialAssignment(8, 4), 3)).toEqual([
      { slot: 3, from: 3, to: 0 },
      { slot: 7, from: 3, to: 1 },
    ]);
  });

  it("returns no moves for an already balanced assignment", () => {
    expect(planResharding(initialAssignment(1024, 4), 4)).toEqual([]);
    expect(planResharding(initialAssignment(10, 3), 3)).toEqual([]);
  });

  it("rebalances a skewed assignment, giving the extra slot to the lowest shard id", () => {
    // Shard 0 owns 5 of 7 slots; targets for 3 shards are 3, 2, 2.
    const skewed = [0, 0, 1, 0, 0, 2, 0];
    const moves = planResharding(skewed, 3);
    expect(moves).toEqual([
      { slot: 4, from: 0, to: 1 },
      { slot: 6, from: 0, to: 2 },
    ]);
    expect(counts(apply(skewed, moves))).toEqual([3, 2, 2]);
  });

  it("pools the given-up slots in slot order, so the lowest receiver takes the lowest slots", () => {
    // Targets 2, 2, 2, 2. Shard 0 gives its highest slots 6 and 7, shard 1 gives 2 and 3.
    // Sorted pool 2, 3, 6, 7: shard 2 takes 2 and 3, shard 3 takes 6 and 7.
    expect(planResharding([1, 1, 1, 1, 0, 0, 0, 0], 4)).toEqual([
      { slot: 2, from: 1, to: 2 },
      { slot: 3, from: 1, to: 2 },
      { slot: 6, from: 0, to: 3 },
      { slot: 7, from: 0, to: 3 },
    ]);
  });

  it("accepts as many shards as slots, one slot each", () => {
    expect(planResharding([0, 0, 0], 3)).toEqual([
      { slot: 1, from: 0, to: 1 },
      { slot: 2, from: 0, to: 2 },
    ]);
  });

  it("moves only surplus slots: 1024 slots, 4 → 5 shards is 204 moves, all to shard 4", () => {
    const before = initialAssignment(1024, 4);
    const moves = planResharding(before, 5);
    // Targets: 1024 = 5 · 204 + 4 → 205, 205, 205, 205, 204. Each old shard has 256, gives 51.
    expect(moves).toHaveLength(204);
    expect(moves.every((m) => m.to === 4 && before[m.slot] === m.from)).toBe(true);
    expect(moves.map((m) => m.slot)).toEqual([...moves.map((m) => m.slot)].sort((a, b) => a - b));
    expect(counts(apply(before, moves))).toEqual([205, 205, 205, 205, 204]);
  });

  it("moves about 1/5 of 40 000 keys when growing 4 → 5 shards, versus 80% for hash mod N", () => {
    const before = initialAssignment(1024, 4);
    const after = apply(before, planResharding(before, 5));
    const all = keys(40_000);
    let moved = 0;
    for (const key of all) {
      const slot = slotFor(key, 1024);
      if (before[slot] !== after[slot]) moved++;
    }
    expect(moved / all.length).toBeGreaterThan(0.17);
    expect(moved / all.length).toBeLessThan(0.23);
  });

  it("balances 16 384 slots from 7 shards to 3 and from 3 to 11", () => {
    const seven = initialAssignment(16_384, 7);
    const three = apply(seven, planResharding(seven, 3));
    expect(counts(three)).toEqual([5462, 5461, 5461]);
    const eleven = apply(three, planResharding(three, 11));
    const c = counts(eleven);
    expect(c).toHaveLength(11);
    expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1);
    // Only what the old shards had above their new target moved.
    expect(planResharding(three, 11)).toHaveLength(16_384 - 3 * 1490);
  });

  it("rejects an empty or invalid assignment and a shard count that is not in 1..slots", () => {
    expect(() => planResharding([], 2)).toThrow(RangeError);
    expect(() => planResharding([0, -1], 2)).toThrow(RangeError);
    expect(() => planResharding([0, 1.5], 2)).toThrow(RangeError);
    expect(() => planResharding([0, 1], 0)).toThrow(RangeError);
    expect(() => planResharding([0, 1], 3)).toThrow(RangeError);
    expect(() => planResharding([0, 1], 1.5)).toThrow(RangeError);
    expect(() => initialAssignment(0, 1)).toThrow(RangeError);
    expect(() => initialAssignment(4, 0)).toThrow(RangeError);
    expect(() => initialAssignment(4, 5)).toThrow(RangeError);
  });
});

describe("ShardRouter", () => {
  it("routes reads and writes to the slot's owner when nothing is moving", () => {
    const router = new ShardRouter(initialAssignment(8, 3));
    const key = keyInSlot(6, 8);
    expect(router.ownerOf(6)).toBe(0);
    expect(router.readShard(key)).toBe(0);
    expect(router.writeShards(key)).toEqual([0]);
    expect(router.isMoving(6)).toBe(false);
  });

  it("reads from the old shard and writes to both while a slot moves, then switches to the new", () => {
    const router = new ShardRouter(initialAssignment(8, 3));
    const moving = keyInSlot(6, 8);
    const other = keyInSlot(3, 8);
    router.startMove(6, 3);
    expect(router.isMoving(6)).toBe(true);
    expect(router.readShard(moving)).toBe(0);
    expect(router.writeShards(moving)).toEqual([0, 3]);
    expect(router.ownerOf(6)).toBe(0);
    expect(router.writeShards(other)).toEqual([0]);
    router.finishMove(6);
    expect(router.isMoving(6)).toBe(false);
    expect(router.ownerOf(6)).toBe(3);
    expect(router.readShard(moving)).toBe(3);
    expect(router.writeShards(moving)).toEqual([3]);
    expect(router.readShard(other)).toBe(0);
  });

  it("does not change when the assignment it was built from is modified", () => {
    const assignment = initialAssignment(8, 3);
    const router = new ShardRouter(assignment);
    assignment[6] = 2;
    expect(router.ownerOf(6)).toBe(0);
  });

  it("accepts the first and the last slot", () => {
    const router = new ShardRouter(initialAssignment(8, 3));
    expect(router.ownerOf(0)).toBe(0);
    expect(router.ownerOf(7)).toBe(1);
    router.startMove(0, 2);
    expect(router.isMoving(0)).toBe(true);
    router.finishMove(0);
    expect(router.ownerOf(0)).toBe(2);
  });

  it("loses no write during a live migration that follows the plan", () => {
    const slots = 64;
    const before = initialAssignment(slots, 3);
    const router = new ShardRouter(before);
    const shards = Array.from({ length: 4 }, () => new Map<string, string>());
    const write = (key: string, value: string) => {
      for (const s of router.writeShards(key)) shards[s].set(key, value);
    };
    const read = (key: string) => shards[router.readShard(key)].get(key);
    const all = keys(2000);
    const expected = new Map<string, string>();
    for (const key of all) {
      write(key, "v1");
      expected.set(key, "v1");
    }

    for (const { slot, from, to } of planResharding(before, 4)) {
      router.startMove(slot, to);
      const rows = [...shards[from]].filter(([key]) => slotFor(key, slots) === slot);
      // Copy half the rows; reads must still see every row (from the old shard).
      const half = Math.floor(rows.length / 2);
      for (const [key, value] of rows.slice(0, half)) shards[to].set(key, value);
      for (const [key] of rows) expect(read(key), `${key} mid-copy`).toBe(expected.get(key));
      // Live writes arrive during the copy, then the copy finishes without overwriting them.
      for (const [key] of rows) {
        write(key, `v2-${key}`);
        expected.set(key, `v2-${key}`);
      }
      for (const [key, value] of rows.slice(half)) if (!shards[to].has(key)) shards[to].set(key, value);
      for (const [key] of rows) expect(read(key), `${key} after live write`).toBe(expected.get(key));
      router.finishMove(slot);
      for (const [key] of rows) shards[from].delete(key);
    }
    const wrong = all.filter((key) => read(key) !== expected.get(key));
    expect(wrong, "keys whose latest write is lost or stale after the migration").toEqual([]);
    expect(shards[3].size).toBeGreaterThan(0);
  });

  it("rejects a second move of a moving slot, a move to its owner, and finishing an idle slot", () => {
    const router = new ShardRouter(initialAssignment(8, 3));
    expect(() => router.startMove(6, 0)).toThrow(Error);
    expect(() => router.finishMove(6)).toThrow(Error);
    router.startMove(6, 3);
    expect(() => router.startMove(6, 2)).toThrow(Error);
    expect(() => router.startMove(8, 1)).toThrow(RangeError);
    expect(() => router.startMove(-1, 1)).toThrow(RangeError);
    expect(() => router.startMove(5, -1)).toThrow(RangeError);
    expect(() => router.startMove(5, 1.5)).toThrow(RangeError);
    expect(() => router.ownerOf(8)).toThrow(RangeError);
    expect(() => new ShardRouter([])).toThrow(RangeError);
    expect(() => new ShardRouter([0, -2])).toThrow(RangeError);
    expect(router.ownerOf(6)).toBe(0);
  });
});
