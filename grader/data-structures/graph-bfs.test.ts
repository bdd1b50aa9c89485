import { describe, expect, it } from "vitest";
import { distancesFrom, shortestPath, type Graph } from "../../exercises/data-structures/graph-bfs.ts";

describe("shortestPath", () => {
  it("returns the path with the fewest edges, not the first one listed", () => {
    const graph: Graph = {
      a: ["b", "x"],
      b: ["c"],
      c: ["d"],
      d: ["goal"],
      x: ["goal"],
    };
    expect(shortestPath(graph, "a", "goal")).toEqual(["a", "x", "goal"]);
    expect(shortestPath(graph, "b", "goal")).toEqual(["b", "c", "d", "goal"]);
  });

  it("returns [start] when start and goal are the same node", () => {
    const graph: Graph = { a: ["b"], b: ["a"] };
    expect(shortestPath(graph, "a", "a")).toEqual(["a"]);
    expect(shortestPath({}, "lonely", "lonely")).toEqual(["lonely"]);
  });

  it("returns null when the goal cannot be reached, following edges in their direction only", () => {
    const graph: Graph = { a: ["b"], b: [], c: ["a"] };
    expect(shortestPath(graph, "a", "c")).toBeNull();
    expect(shortestPath(graph, "b", "a")).toBeNull();
    expect(shortestPath(graph, "c", "b")).toEqual(["c", "a", "b"]);
    expect(shortestPath(graph, "a", "nowhere")).toBeNull();
  });

  it("breaks ties between equally short paths by neighbour order", () => {
    expect(shortestPath({ a: ["b", "c"], b: ["d"], c: ["d"] }, "a", "d")).toEqual(["a", "b", "d"]);
    expect(shortestPath({ a: ["c", "b"], b: ["d"], c: ["d"] }, "a", "d")).toEqual(["a", "c", "d"]);
    // Three paths of 3 edges: c is discovered through a before b gets to it, and g through c before d.
    const graph: Graph = { s: ["a", "b"], a: ["c"], b: ["d", "c"], c: ["g"], d: ["g"] };
    expect(shortestPath(graph, "s", "g")).toEqual(["s", "a", "c", "g"]);
  });

  it("terminates on cycles and self-loops", () => {
    const graph: Graph = { a: ["a", "b"], b: ["c", "a"], c: ["b", "c"] };
    expect(shortestPath(graph, "a", "c")).toEqual(["a", "b", "c"]);
    expect(shortestPath(graph, "c", "a")).toEqual(["c", "b", "a"]);
    expect(shortestPath(graph, "a", "z")).toBeNull();
  });

  it("treats a node that only appears in a list, or nowhere, as a node without outgoing edges", () => {
    const graph: Graph = { a: ["leaf"] };
    expect(shortestPath(graph, "a", "leaf")).toEqual(["a", "leaf"]);
    expect(shortestPath(graph, "leaf", "a")).toBeNull();
    expect(shortestPath(graph, "ghost", "a")).toBeNull();
  });
});

describe("distancesFrom", () => {
  it("gives the edge count to every reachable node, with the source at 0", () => {
    const graph: Graph = { a: ["b", "c"], b: ["d"], c: ["d"], d: ["e"], e: ["a"], island: ["a"] };
    expect(distancesFrom(graph, "a")).toEqual(
      new Map([
        ["a", 0],
        ["b", 1],
        ["c", 1],
        ["d", 2],
        ["e", 3],
      ]),
    );
  });

  it("leaves out unreachable nodes and handles a source with no edges", () => {
    const graph: Graph = { a: ["b"], b: [], c: ["a"] };
    const distances = distancesFrom(graph, "b");
    expect(distances).toEqual(new Map([["b", 0]]));
    expect(distances.has("c")).toBe(false);
    expect(distancesFrom(graph, "ghost")).toEqual(new Map([["ghost", 0]]));
  });
});

describe("scale", () => {
  it("walks a 100 000-node chain in linear time, without copying a path per node", { timeout: 5_000 }, () => {
    const n = 100_000;
    const graph: Record<string, string[]> = {};
    for (let i = 0; i < n; i++) graph[`n${i}`] = i + 1 < n ? [`n${i + 1}`] : [];
    const path = shortestPath(graph, "n0", `n${n - 1}`);
    expect(path).toHaveLength(n);
    expect(path?.[n / 2]).toBe(`n${n / 2}`);
    expect(distancesFrom(graph, "n0").get(`n${n - 1}`)).toBe(n - 1);
  });
});
