import { describe, expect, it } from "vitest";
import {
  CycleError,
  UnknownDependencyError,
  installOrder,
} from "../../exercises/data-structures/topological-sort.ts";

/** Runs `fn`, expects it to throw an instance of `type`, and returns the error for inspection. */
function caught<E extends Error>(type: new (...args: never[]) => E, fn: () => unknown): E {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(type);
  return error as E;
}

describe("installOrder", () => {
  it("installs each dependency before the package that needs it", () => {
    expect(installOrder({ app: ["lib"], lib: ["core"], core: [] })).toEqual(["core", "lib", "app"]);
  });

  it("walks packages alphabetically and dependencies in listed order, depth first", () => {
    expect(installOrder({ app: ["web", "db"], web: ["http"], db: [], http: [] })).toEqual([
      "http",
      "web",
      "db",
      "app",
    ]);
    expect(installOrder({ zeta: [], beta: ["zeta"], alpha: [], gamma: ["alpha"] })).toEqual([
      "alpha",
      "zeta",
      "beta",
      "gamma",
    ]);
  });

  it("lists a shared or repeated dependency only once", () => {
    const order = installOrder({
      app: ["auth", "api", "auth"],
      auth: ["crypto"],
      api: ["crypto", "json"],
      crypto: [],
      json: [],
    });
    expect(order).toEqual(["crypto", "json", "api", "auth", "app"]);
  });

  it("returns an empty order for no packages", () => {
    expect(installOrder({})).toEqual([]);
  });

  it("throws a CycleError that names a two-package cycle", () => {
    const error = caught(CycleError, () => installOrder({ a: ["b"], b: ["a"] }));
    expect(error.cycle).toEqual(["a", "b", "a"]);
    expect(error.message).toContain("a -> b -> a");
  });

  it("reports a package that depends on itself as a cycle of one", () => {
    const error = caught(CycleError, () => installOrder({ a: [], b: ["b"] }));
    expect(error.cycle).toEqual(["b", "b"]);
  });

  it("names only the packages on the cycle, starting where the walk first reached it", () => {
    const error = caught(CycleError, () =>
      installOrder({ app: ["b"], b: ["c"], c: ["d"], d: ["b"], other: [] }),
    );
    expect(error.cycle).toEqual(["b", "c", "d", "b"]);
  });

  it("throws an UnknownDependencyError naming the package and its missing dependency", () => {
    const error = caught(UnknownDependencyError, () => installOrder({ app: ["lib"], lib: ["left-pad"] }));
    expect(error.dependent).toBe("lib");
    expect(error.dependency).toBe("left-pad");
  });

  it("checks for unknown dependencies before looking for cycles", () => {
    const error = caught(UnknownDependencyError, () => installOrder({ a: ["b"], b: ["a"], c: ["ghost"] }));
    expect(error.dependency).toBe("ghost");
  });

  it("resolves 50 000 packages with 150 000 dependencies in linear time", { timeout: 5_000 }, () => {
    // 50 layers of 1 000 packages; each package depends on 3 packages of the layer below.
    const layers = 50;
    const width = 1_000;
    const packages: Record<string, string[]> = {};
    for (let layer = 0; layer < layers; layer++) {
      for (let i = 0; i < width; i++) {
        packages[`p${layer}-${i}`] =
          layer === 0 ? [] : [0, 1, 2].map((k) => `p${layer - 1}-${(i * 7 + k * 331) % width}`);
      }
    }
    const order = installOrder(packages);
    expect(order).toHaveLength(layers * width);
    const position = new Map(order.map((name, index) => [name, index]));
    expect(position.size).toBe(layers * width);
    let misplaced = 0;
    for (const [name, deps] of Object.entries(packages)) {
      for (const dep of deps) if (position.get(dep)! > position.get(name)!) misplaced++;
    }
    expect(misplaced).toBe(0);
    expect(order[0]).toBe("p0-0");
  });
});
