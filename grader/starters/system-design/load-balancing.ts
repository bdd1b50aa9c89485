/**
 * Load balancing
 *
 * What you build
 *   Four ways for a load balancer to choose a backend for each request: round-robin, smooth
 *   weighted round-robin, least-connections, and the power of two random choices.
 *
 * Why it matters
 *   Every horizontally scaled service sits behind a balancer (nginx, HAProxy, Envoy, a cloud load
 *   balancer), and the choice of algorithm decides whether one slow or small server becomes the
 *   hot spot. nginx's default is smooth weighted round-robin; `least_conn` and `random two` are
 *   its options for requests of uneven cost, and "two random choices" gets most of the benefit of
 *   least-connections while looking at only two servers.
 *
 * Your task
 *   Backends are named by string ids. Every constructor throws a `RangeError` when the list is
 *   empty or holds the same id twice.
 *
 *   1. `class RoundRobin` — `constructor(ids: string[])`; `next(): string` returns the ids in
 *      list order, starting with the first, and wraps around.
 *
 *   2. `class SmoothWeightedRoundRobin` — `constructor(backends: { id: string; weight: number }[])`;
 *      a weight must be a positive integer, else `RangeError`. `next(): string` works as nginx's
 *      round-robin does. Each backend keeps a `current` score, starting at 0. On each pick:
 *        - add each backend's `weight` to its `current`;
 *        - choose the backend with the highest `current` (on a tie, the one earliest in the list);
 *        - subtract the total of all weights from the chosen backend's `current`.
 *      Over every run of `total` consecutive picks from the start, each backend is chosen exactly
 *      `weight` times, and the picks are interleaved instead of bunched: weights a=5, b=1, c=1
 *      give `a a b a c a a`, not `a a a a a b c`.
 *
 *   3. `class LeastConnections` — `constructor(ids: string[])`.
 *      - `acquire(): string` picks the backend with the fewest requests in flight (on a tie, the
 *        one earliest in the list) and counts one more request in flight on it.
 *      - `release(id: string): void` counts one request fewer on `id`. It throws an `Error` when
 *        `id` is not a backend or has no request in flight (a release without an acquire).
 *      - `inFlight(id: string): number` — requests in flight on `id` (`Error` for an unknown id).
 *
 *   4. `class PowerOfTwoChoices` — `constructor(ids: string[], random: () => number)`; `random`
 *      returns numbers in [0, 1), like `Math.random` (the tests pass a seeded generator).
 *      It has the same `acquire`, `release` and `inFlight` as `LeastConnections`; only `acquire`
 *      chooses differently, sampling two DISTINCT backends with exactly two calls to `random`:
 *        - `i = Math.floor(random() * n)`;
 *        - `j = Math.floor(random() * (n - 1))`, then `j = j + 1` when `j >= i`;
 *        - pick whichever of backends `i` and `j` (list positions) has fewer requests in flight;
 *          on a tie, backend `i`.
 *      With a single backend, `acquire` returns it without calling `random`.
 *
 *   The tests also check the spread of load over thousands of requests: round-robin never gives
 *   one backend more than one request above another, and two choices keeps the busiest backend
 *   far closer to the average than picking one backend at random.
 *
 * Example
 *   const rr = new RoundRobin(["a", "b", "c"]);
 *   rr.next(); rr.next(); rr.next(); rr.next();   // "a", "b", "c", "a"
 *
 *   const wrr = new SmoothWeightedRoundRobin([{ id: "a", weight: 5 }, { id: "b", weight: 1 }, { id: "c", weight: 1 }]);
 *   // seven next() calls: "a", "a", "b", "a", "c", "a", "a"
 *
 *   const lc = new LeastConnections(["a", "b"]);
 *   lc.acquire();   // "a"  (tie → first)
 *   lc.acquire();   // "b"
 *   lc.release("a");
 *   lc.acquire();   // "a"  (0 in flight, b has 1)
 */

export interface WeightedBackend {
  id: string;
  weight: number;
}

export class RoundRobin {
  constructor(ids: string[]) {
    void ids;
    throw new Error("not implemented");
  }

  next(): string {
    throw new Error("not implemented");
  }
}

export class SmoothWeightedRoundRobin {
  constructor(backends: WeightedBackend[]) {
    void backends;
    throw new Error("not implemented");
  }

  next(): string {
    throw new Error("not implemented");
  }
}

export class LeastConnections {
  constructor(ids: string[]) {
    void ids;
    throw new Error("not implemented");
  }

  acquire(): string {
    throw new Error("not implemented");
  }

  release(id: string): void {
    void id;
    throw new Error("not implemented");
  }

  inFlight(id: string): number {
    void id;
    throw new Error("not implemented");
  }
}

export class PowerOfTwoChoices {
  constructor(ids: string[], random: () => number) {
    void ids;
    void random;
    throw new Error("not implemented");
  }

  acquire(): string {
    throw new Error("not implemented");
  }

  release(id: string): void {
    void id;
    throw new Error("not implemented");
  }

  inFlight(id: string): number {
    void id;
    throw new Error("not implemented");
  }
}
