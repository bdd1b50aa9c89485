import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HashRing, hash32 } from "../../exercises/system-design/consistent-hashing.ts";

const KEYS = 40_000;
const keys = (n: number) => Array.from({ length: n }, (_, i) => `user:${i}`);

/** The header's hash, computed independently of the learner's. */
function md5prefix(s: string): number {
  return createHash("md5").update(s).digest().readUInt32BE(0);
}

/** A slow, obviously correct owner: scan every point (position, node) for the first >= h. */
function bruteForceOwners(nodes: string[], vnodes: number, keys: string[]): string[] {
  const points = nodes
    .flatMap((node) => Array.from({ length: vnodes }, (_, i) => ({ position: md5prefix(`${node}#${i}`), node })))
    .sort((a, b) => a.position - b.position || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  return keys.map((key) => {
    const h = md5prefix(key);
    return (points.find((p) => p.position >= h) ?? points[0]).node;
  });
}

function ringOf(nodes: string[], vnodes?: number): HashRing {
  const ring = new HashRing(vnodes === undefined ? {} : { vnodes });
  for (const node of nodes) ring.addNode(node);
  return ring;
}

describe("hash32", () => {
  it("is the first 4 bytes of MD5 as an unsigned big-endian integer", () => {
    expect(hash32("")).toBe(0xd41d8cd9);
    expect(hash32("cache-a#0")).toBe(md5prefix("cache-a#0"));
    expect(hash32("user:42")).toBe(md5prefix("user:42"));
    expect(hash32("naïve ☃")).toBe(md5prefix("naïve ☃"));
  });
});

describe("HashRing", () => {
  it("sends every key to the single node of a one-node ring", () => {
    const ring = ringOf(["only"]);
    for (const key of keys(100)) expect(ring.getNode(key)).toBe("only");
    expect(ring.nodes()).toEqual(["only"]);
  });

  it("maps each key to the first point clockwise from its hash, wrapping past the top", () => {
    const nodes = ["cache-a", "cache-b", "cache-c"];
    const ring = ringOf(nodes, 5);
    const all = keys(2000);
    expect(all.map((key) => ring.getNode(key))).toEqual(bruteForceOwners(nodes, 5, all));
  });

  it("gives a key whose hash equals a point's position to that point's node (>=, not >)", () => {
    const nodes = ["n1", "n2", "n3", "n4"];
    const ring = ringOf(nodes, 50);
    // The key "n3#7" hashes exactly onto n3's 8th point.
    const labels = nodes.flatMap((node) => Array.from({ length: 50 }, (_, i) => `${node}#${i}`));
    const wrong = labels.filter((label) => ring.getNode(label) !== label.split("#")[0]);
    expect(wrong).toEqual([]);
  });

  it("puts the node whose name sorts first ahead when two points share a position", () => {
    // Found by search: the only points of these two nodes collide.
    const [first, second] = ["node-57628", "node-82234"];
    expect(md5prefix(`${first}#0`)).toBe(md5prefix(`${second}#0`));
    for (const order of [[first, second], [second, first]]) {
      const ring = ringOf(order, 1);
      expect(keys(50).map((key) => ring.getNode(key)), `added as ${order.join(", ")}`).toEqual(Array(50).fill(first));
    }
  });

  it("uses 100 vnodes per node by default", () => {
    const nodes = ["n1", "n2", "n3", "n4"];
    const ring = ringOf(nodes);
    const all = keys(2000);
    expect(all.map((key) => ring.getNode(key))).toEqual(bruteForceOwners(nodes, 100, all));
  });

  it("gives the same answer whatever order the nodes joined in", () => {
    const a = ringOf(["n1", "n2", "n3", "n4"], 50);
    const b = ringOf(["n4", "n2", "n1", "n3"], 50);
    const all = keys(5000);
    expect(all.map((key) => b.getNode(key))).toEqual(all.map((key) => a.getNode(key)));
    expect(b.nodes()).toEqual(["n1", "n2", "n3", "n4"]);
  });

  it("moves about 1/5 of 40 000 keys when a fifth node joins, all of them to the new node", () => {
    const ring = ringOf(["n1", "n2", "n3", "n4"], 200);
    const all = keys(KEYS);
    const before = all.map((k) => ring.getNode(k));
    ring.addNode("n5");
    let moved = 0;
    const toOldNodes: string[] = [];
    for (let i = 0; i < all.length; i++) {
      const now = ring.getNode(all[i]);
      if (now !== before[i]) {
        moved++;
        if (now !== "n5" && toOldNodes.length < 5) toOldNodes.push(`${all[i]}: ${before[i]} → ${now}`);
      }
    }
    expect(toOldNodes, "keys that moved between old nodes").toEqual([]);
    expect(moved / KEYS).toBeGreaterThan(0.15);
    expect(moved / KEYS).toBeLessThan(0.25);
  });

  it("moves only the removed node's keys when a node leaves", () => {
    const ring = ringOf(["n1", "n2", "n3", "n4", "n5"], 200);
    const all = keys(20_000);
    const before = all.map((k) => ring.getNode(k));
    ring.removeNode("n3");
    expect(ring.nodes()).toEqual(["n1", "n2", "n4", "n5"]);
    const wrong: string[] = [];
    for (let i = 0; i < all.length; i++) {
      const now = ring.getNode(all[i]);
      const ok = before[i] === "n3" ? now !== "n3" : now === before[i];
      if (!ok && wrong.length < 5) wrong.push(`${all[i]}: ${before[i]} → ${now}`);
    }
    expect(wrong, "keys that moved although their node stayed (or stayed on the removed node)").toEqual([]);
  });

  it("restores the old mapping when a node joins and then leaves again", () => {
    const ring = ringOf(["n1", "n2", "n3"], 100);
    const all = keys(10_000);
    const before = all.map((k) => ring.getNode(k));
    ring.addNode("n4");
    ring.removeNode("n4");
    expect(all.map((k) => ring.getNode(k))).toEqual(before);
  });

  it("keeps every node within 1.25× its fair share of 30 000 keys with 200 vnodes", () => {
    const nodes = Array.from({ length: 10 }, (_, i) => `node-${i}`);
    const ring = ringOf(nodes, 200);
    const counts = new Map<string, number>();
    for (const key of keys(30_000)) {
      const node = ring.getNode(key);
      counts.set(node, (counts.get(node) ?? 0) + 1);
    }
    const fair = 30_000 / nodes.length;
    expect(counts.size).toBe(10);
    expect(Math.max(...counts.values()) / fair).toBeLessThanOrEqual(1.25);
    expect(Math.min(...counts.values()) / fair).toBeGreaterThanOrEqual(0.75);
  });

  it("is badly unbalanced with one point per node — the reason for virtual nodes", () => {
    const nodes = Array.from({ length: 10 }, (_, i) => `node-${i}`);
    const ring = ringOf(nodes, 1);
    const counts = new Map<string, number>();
    for (const key of keys(20_000)) {
      const node = ring.getNode(key);
      counts.set(node, (counts.get(node) ?? 0) + 1);
    }
    expect(Math.max(...counts.values()) / (20_000 / nodes.length)).toBeGreaterThan(1.5);
  });

  it("rejects a duplicate node, removing an absent node, a lookup on an empty ring and bad vnodes", () => {
    const ring = new HashRing();
    expect(() => ring.getNode("k")).toThrow(Error);
    expect(() => ring.getNode("k"), "an empty ring must be checked, not crash").not.toThrow(TypeError);
    ring.addNode("a");
    expect(() => ring.addNode("a")).toThrow(Error);
    expect(() => ring.removeNode("b")).toThrow(Error);
    ring.removeNode("a");
    expect(() => ring.getNode("k")).toThrow(Error);
    expect(() => ring.getNode("k")).not.toThrow(TypeError);
    expect(ring.nodes()).toEqual([]);
    expect(() => new HashRing({ vnodes: 0 })).toThrow(RangeError);
    expect(() => new HashRing({ vnodes: 2.5 })).toThrow(RangeError);
    expect(() => new HashRing({ vnodes: -1 })).toThrow(RangeError);
  });

  it("looks up 20 000 keys on a 20 000-point ring quickly (binary search, not a scan)", () => {
    const ring = ringOf(Array.from({ length: 20 }, (_, i) => `big-${i}`), 1000);
    const seen = new Set<string>();
    for (const key of keys(20_000)) seen.add(ring.getNode(key));
    expect(seen.size).toBe(20);
  });
});
