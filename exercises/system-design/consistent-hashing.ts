/**
 * Consistent hashing
 *
 * What you build
 *   A hash ring with virtual nodes: it maps any key to one of a changing set of nodes so that
 *   adding or removing a node moves only the keys that must move.
 *
 * Why it matters
 *   With `hash(key) % n`, going from 4 cache servers to 5 sends about 4 in 5 keys to a different
 *   server, and a cache cluster that loses most of its hits at once can overload the database
 *   behind it. Consistent hashing (Karger et al., 1997) moves only about 1/n of the keys.
 *   Cassandra places data on such a ring, with several virtual nodes per server (its
 *   `num_tokens` setting) to even out the load and spread a joining server's work.
 *
 * Your task
 *   The hash: `hash32(s)` is the first 4 bytes of the MD5 digest of `s` (UTF-8), read as an
 *   unsigned 32-bit big-endian integer — a number in [0, 2^32). Use `createHash("md5")` from
 *   `node:crypto`. Example: `hash32("")` is `0xd41d8cd9` (MD5 of "" is d41d8cd98f00b204…).
 *
 *   `class HashRing`:
 *   - `constructor({ vnodes = 100 } = {})` — how many points each node places on the ring; a
 *     positive integer, else `RangeError`.
 *   - `addNode(node: string): void` — node `node` places `vnodes` points on the ring, at
 *     `hash32(`${node}#${i}`)` for i = 0 … vnodes − 1 (e.g. "cache-a#0", "cache-a#1", …).
 *     Throws an `Error` if the node is already on the ring.
 *   - `removeNode(node: string): void` — takes all of the node's points off the ring. Throws an
 *     `Error` if the node is not on the ring.
 *   - `getNode(key: string): string` — the owner of `key`: walk clockwise from `hash32(key)` to
 *     the first point at a position >= `hash32(key)`, wrapping past 2^32 − 1 to the lowest point,
 *     and return that point's node. If two points share a position, the one whose node name
 *     sorts first (`<` on strings) comes first. Throws an `Error` when the ring has no nodes —
 *     one you throw on purpose, not the `TypeError` of reading a point that is not there.
 *   - `nodes(): string[]` — the nodes on the ring, sorted.
 *   The result depends only on the set of nodes and `vnodes`, never on the order they were added.
 *
 *   The tests look up tens of thousands of keys on rings of up to 20 000 points, so `getNode`
 *   must be a binary search over the sorted points (O(log points)), not a scan of every point;
 *   keep the points sorted when nodes come and go. They check that when a fifth node joins,
 *   about 1/5 of 40 000 keys move and every moved key moves to the new node; that removing a
 *   node moves only that node's keys; and that with 200 vnodes for each of 10 nodes, every node
 *   gets between 0.75 × and 1.25 × its fair share of keys.
 *
 * Example
 *   const ring = new HashRing({ vnodes: 100 });
 *   ring.addNode("cache-a"); ring.addNode("cache-b"); ring.addNode("cache-c");
 *   ring.getNode("user:42");     // one of "cache-a" | "cache-b" | "cache-c", the same every time
 *   ring.addNode("cache-d");
 *   ring.getNode("user:42");     // unchanged, or "cache-d" — never another old node
 */

export function hash32(s: string): number {
  void s;
  throw new Error("not implemented");
}

export interface HashRingOptions {
  vnodes?: number;
}

export class HashRing {
  constructor(options: HashRingOptions = {}) {
    void options;
    throw new Error("not implemented");
  }

  addNode(node: string): void {
    void node;
    throw new Error("not implemented");
  }

  removeNode(node: string): void {
    void node;
    throw new Error("not implemented");
  }

  getNode(key: string): string {
    void key;
    throw new Error("not implemented");
  }

  nodes(): string[] {
    throw new Error("not implemented");
  }
}
