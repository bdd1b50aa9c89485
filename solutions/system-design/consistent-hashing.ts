/**
 * Consistent hashing — reference solution.
 *
 * The ring is a sorted array of points. Adding or removing a node re-sorts it (O(P log P) for P
 * points), which is fine because membership changes are rare next to lookups; lookups are a
 * binary search. MD5 is used for its spread, not for security.
 */
import { createHash } from "node:crypto";

export function hash32(s: string): number {
  return createHash("md5").update(s, "utf8").digest().readUInt32BE(0);
}

export interface HashRingOptions {
  vnodes?: number;
}

interface Point {
  position: number;
  node: string;
}

export class HashRing {
  readonly #vnodes: number;
  readonly #nodes = new Set<string>();
  #points: Point[] = [];

  constructor({ vnodes = 100 }: HashRingOptions = {}) {
    if (!Number.isInteger(vnodes) || vnodes <= 0) {
      throw new RangeError(`vnodes must be a positive integer, got ${vnodes}`);
    }
    this.#vnodes = vnodes;
  }

  addNode(node: string): void {
    if (this.#nodes.has(node)) throw new Error(`node ${node} is already on the ring`);
    this.#nodes.add(node);
    for (let i = 0; i < this.#vnodes; i++) {
      this.#points.push({ position: hash32(`${node}#${i}`), node });
    }
    // Sorting by (position, node) makes the ring independent of the order nodes joined.
    this.#points.sort((a, b) => a.position - b.position || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  }

  removeNode(node: string): void {
    if (!this.#nodes.delete(node)) throw new Error(`node ${node} is not on the ring`);
    this.#points = this.#points.filter((p) => p.node !== node);
  }

  getNode(key: string): string {
    const points = this.#points;
    if (points.length === 0) throw new Error("the ring has no nodes");
    const h = hash32(key);
    // Lower bound: the first point with position >= h.
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (points[mid].position < h) lo = mid + 1;
      else hi = mid;
    }
    // Past the last point: wrap around to the first.
    return points[lo === points.length ? 0 : lo].node;
  }

  nodes(): string[] {
    return [...this.#nodes].sort();
  }
}
