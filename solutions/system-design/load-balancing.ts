/**
 * Load balancing — reference solution.
 *
 * In a real balancer these counters live per worker process (nginx keeps them in shared memory
 * when a `zone` is configured), and "in flight" is decremented when the upstream response ends.
 */

export interface WeightedBackend {
  id: string;
  weight: number;
}

function checkIds(ids: readonly string[]): void {
  if (ids.length === 0) throw new RangeError("at least one backend is required");
  if (new Set(ids).size !== ids.length) throw new RangeError("backend ids must be unique");
}

export class RoundRobin {
  readonly #ids: string[];
  #next = 0;

  constructor(ids: string[]) {
    checkIds(ids);
    this.#ids = [...ids];
  }

  next(): string {
    const id = this.#ids[this.#next];
    this.#next = (this.#next + 1) % this.#ids.length;
    return id;
  }
}

export class SmoothWeightedRoundRobin {
  readonly #backends: { id: string; weight: number; current: number }[];
  readonly #total: number;

  constructor(backends: WeightedBackend[]) {
    checkIds(backends.map((b) => b.id));
    for (const { id, weight } of backends) {
      if (!Number.isInteger(weight) || weight <= 0) {
        throw new RangeError(`weight of ${id} must be a positive integer, got ${weight}`);
      }
    }
    this.#backends = backends.map(({ id, weight }) => ({ id, weight, current: 0 }));
    this.#total = backends.reduce((sum, b) => sum + b.weight, 0);
  }

  next(): string {
    let best = this.#backends[0];
    for (const backend of this.#backends) {
      backend.current += backend.weight;
      // Strictly greater: on a tie the earlier backend keeps the pick, as in nginx.
      if (backend.current > best.current) best = backend;
    }
    // The scores always sum to 0 after a pick, so no score grows without bound.
    best.current -= this.#total;
    return best.id;
  }
}

/** Shared in-flight bookkeeping for the two balancers that look at load. */
class InFlight {
  readonly ids: string[];
  readonly counts: number[];
  readonly #index = new Map<string, number>();

  constructor(ids: string[]) {
    checkIds(ids);
    this.ids = [...ids];
    this.counts = ids.map(() => 0);
    ids.forEach((id, i) => this.#index.set(id, i));
  }

  indexOf(id: string): number {
    const i = this.#index.get(id);
    if (i === undefined) throw new Error(`unknown backend ${id}`);
    return i;
  }

  take(i: number): string {
    this.counts[i] += 1;
    return this.ids[i];
  }

  release(id: string): void {
    const i = this.indexOf(id);
    if (this.counts[i] === 0) throw new Error(`backend ${id} has no request in flight`);
    this.counts[i] -= 1;
  }
}

export class LeastConnections {
  readonly #state: InFlight;

  constructor(ids: string[]) {
    this.#state = new InFlight(ids);
  }

  acquire(): string {
    // O(n) per pick; a balancer with thousands of backends would keep a heap instead.
    const { counts } = this.#state;
    let best = 0;
    for (let i = 1; i < counts.length; i++) {
      if (counts[i] < counts[best]) best = i;
    }
    return this.#state.take(best);
  }

  release(id: string): void {
    this.#state.release(id);
  }

  inFlight(id: string): number {
    return this.#state.counts[this.#state.indexOf(id)];
  }
}

export class PowerOfTwoChoices {
  readonly #state: InFlight;
  readonly #random: () => number;

  constructor(ids: string[], random: () => number) {
    this.#state = new InFlight(ids);
    this.#random = random;
  }

  acquire(): string {
    const n = this.#state.ids.length;
    if (n === 1) return this.#state.take(0);
    const i = Math.floor(this.#random() * n);
    // Draw from the other n - 1 positions so the two choices are always distinct.
    let j = Math.floor(this.#random() * (n - 1));
    if (j >= i) j += 1;
    const { counts } = this.#state;
    return this.#state.take(counts[j] < counts[i] ? j : i);
  }

  release(id: string): void {
    this.#state.release(id);
  }

  inFlight(id: string): number {
    return this.#state.counts[this.#state.indexOf(id)];
  }
}
