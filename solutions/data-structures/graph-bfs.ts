/**
 * Graph BFS — reference solution.
 *
 * The queue is an array read through a moving index rather than `shift()`, which may copy the
 * whole array on every call. Each node is marked when it is first discovered (not when it is
 * dequeued), so it enters the queue once and the first discovery fixes its shortest distance.
 */
export type Graph = Readonly<Record<string, readonly string[]>>;

// `Object.hasOwn` guards against names such as "constructor" that a plain object inherits.
const neighbours = (graph: Graph, node: string): readonly string[] =>
  Object.hasOwn(graph, node) ? graph[node] : [];

export function shortestPath(graph: Graph, start: string, goal: string): string[] | null {
  const parent = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node === goal) {
      const path: string[] = [];
      for (let at: string | null = goal; at !== null; at = parent.get(at)!) path.push(at);
      return path.reverse();
    }
    for (const next of neighbours(graph, node)) {
      if (!parent.has(next)) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

export function distancesFrom(graph: Graph, source: string): Map<string, number> {
  const distance = new Map<string, number>([[source, 0]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    const d = distance.get(node)!;
    for (const next of neighbours(graph, node)) {
      if (!distance.has(next)) {
        distance.set(next, d + 1);
        queue.push(next);
      }
    }
  }
  return distance;
}
