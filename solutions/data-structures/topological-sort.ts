/**
 * Topological sort — reference solution.
 *
 * Depth-first search with three states: absent from `state` (not visited), "visiting" (on the
 * current path) and "done" (already in the order). Meeting a "visiting" package means the path
 * has looped back on itself, and the path from that package onward is the cycle.
 * (A resolver facing arbitrarily deep chains would use an explicit stack instead of recursion.)
 */
export class CycleError extends Error {
  override readonly name = "CycleError";
  readonly cycle: string[];

  constructor(cycle: string[]) {
    super(`dependency cycle: ${cycle.join(" -> ")}`);
    this.cycle = cycle;
  }
}

export class UnknownDependencyError extends Error {
  override readonly name = "UnknownDependencyError";

  readonly dependent: string;
  readonly dependency: string;

  constructor(dependent: string, dependency: string) {
    super(`${dependent} depends on unknown package ${dependency}`);
    this.dependent = dependent;
    this.dependency = dependency;
  }
}

export function installOrder(packages: Record<string, readonly string[]>): string[] {
  const names = Object.keys(packages).sort();
  for (const name of names) {
    for (const dep of packages[name]) {
      if (!Object.hasOwn(packages, dep)) throw new UnknownDependencyError(name, dep);
    }
  }

  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];

  const visit = (name: string): void => {
    const seen = state.get(name);
    if (seen === "done") return;
    if (seen === "visiting") {
      throw new CycleError([...path.slice(path.indexOf(name)), name]);
    }
    state.set(name, "visiting");
    path.push(name);
    for (const dep of packages[name]) visit(dep);
    path.pop();
    state.set(name, "done");
    order.push(name);
  };

  for (const name of names) visit(name);
  return order;
}
