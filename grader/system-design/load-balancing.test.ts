import { describe, expect, it } from "vitest";
import {
  LeastConnections,
  PowerOfTwoChoices,
  RoundRobin,
  SmoothWeightedRoundRobin,
} from "../../exercises/system-design/load-balancing.ts";

/** mulberry32: a small seeded generator, so every run draws the same "random" numbers. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ids(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `s${i}`);
}

function countPicks(picks: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of picks) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

describe("RoundRobin", () => {
  it("returns the backends in list order and wraps around", () => {
    const rr = new RoundRobin(["a", "b", "c"]);
    const picks = Array.from({ length: 7 }, () => rr.next());
    expect(picks).toEqual(["a", "b", "c", "a", "b", "c", "a"]);
  });

  it("spreads 10 000 requests so no backend gets more than one request above another", () => {
    const rr = new RoundRobin(ids(7));
    const counts = countPicks(Array.from({ length: 10_000 }, () => rr.next()));
    const values = [...counts.values()];
    expect(counts.size).toBe(7);
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1);
  });
});

describe("SmoothWeightedRoundRobin", () => {
  it("interleaves picks as nginx does: weights 5, 1, 1 give a a b a c a a", () => {
    const wrr = new SmoothWeightedRoundRobin([
      { id: "a", weight: 5 },
      { id: "b", weight: 1 },
      { id: "c", weight: 1 },
    ]);
    const picks = Array.from({ length: 14 }, () => wrr.next());
    expect(picks).toEqual(["a", "a", "b", "a", "c", "a", "a", "a", "a", "b", "a", "c", "a", "a"]);
  });

  it("breaks ties in favour of the backend earliest in the list", () => {
    const wrr = new SmoothWeightedRoundRobin([
      { id: "x", weight: 2 },
      { id: "y", weight: 2 },
      { id: "z", weight: 1 },
    ]);
    expect(Array.from({ length: 5 }, () => wrr.next())).toEqual(["x", "y", "z", "x", "y"]);
  });

  it("gives each backend exactly `weight` picks in every block of `total` picks", () => {
    const weights = [
      { id: "big", weight: 4 },
      { id: "mid", weight: 3 },
      { id: "small", weight: 2 },
      { id: "tiny", weight: 1 },
    ];
    const wrr = new SmoothWeightedRoundRobin(weights);
    for (let block = 0; block < 100; block++) {
      const counts = countPicks(Array.from({ length: 10 }, () => wrr.next()));
      for (const { id, weight } of weights) expect(counts.get(id), `block ${block}, backend ${id}`).toBe(weight);
    }
  });

  it("never sends a heavy backend a long burst: weights 3, 1 give a a b a, at most 3 in a row", () => {
    const wrr = new SmoothWeightedRoundRobin([
      { id: "a", weight: 3 },
      { id: "b", weight: 1 },
    ]);
    expect(Array.from({ length: 8 }, () => wrr.next())).toEqual(["a", "a", "b", "a", "a", "a", "b", "a"]);
  });
});

describe("LeastConnections", () => {
  it("sends each request to the backend with the fewest in flight, the first on a tie", () => {
    const lc = new LeastConnections(["a", "b", "c"]);
    expect([lc.acquire(), lc.acquire(), lc.acquire(), lc.acquire()]).toEqual(["a", "b", "c", "a"]);
    expect(lc.inFlight("a")).toBe(2);
    lc.release("b");
    expect(lc.inFlight("b")).toBe(0);
    expect(lc.acquire()).toBe("b");
  });

  it("routes around a backend whose requests are slow to finish", () => {
    const lc = new LeastConnections(["slow", "fast1", "fast2"]);
    // "slow" never finishes a request; the fast ones finish each request before the next arrives.
    const picks: string[] = [];
    for (let i = 0; i < 300; i++) {
      const id = lc.acquire();
      picks.push(id);
      if (id !== "slow") lc.release(id);
    }
    expect(lc.inFlight("slow")).toBe(1);
    expect(countPicks(picks).get("slow")).toBe(1);
  });

  it("rejects releasing an unknown backend or one with nothing in flight", () => {
    const lc = new LeastConnections(["a", "b"]);
    expect(() => lc.release("a")).toThrow(Error);
    expect(() => lc.release("nope")).toThrow(Error);
    expect(() => lc.inFlight("nope")).toThrow(Error);
    lc.acquire();
    lc.release("a");
    expect(() => lc.release("a")).toThrow(Error);
    expect(lc.inFlight("a")).toBe(0);
  });
});

describe("PowerOfTwoChoices", () => {
  it("draws two distinct backends with two calls to random and takes the less loaded", () => {
    const draws = [0.1, 0.6, 0.1, 0.1, 0.9, 0.0];
    let calls = 0;
    const random = () => draws[calls++];
    const p2c = new PowerOfTwoChoices(["a", "b", "c", "d"], random);
    // i = floor(0.1·4) = 0, j = floor(0.6·3) = 1 → 1 ≥ 0 so j = 2: a and c both idle → a (i).
    expect(p2c.acquire()).toBe("a");
    expect(calls).toBe(2);
    // i = 0 (a, 1 in flight), j = floor(0.1·3) = 0 → j = 1 (b, idle) → b.
    expect(p2c.acquire()).toBe("b");
    // i = floor(0.9·4) = 3 (d), j = 0 (a, 1 in flight) → d.
    expect(p2c.acquire()).toBe("d");
    expect(calls).toBe(6);
    expect(p2c.inFlight("a")).toBe(1);
    expect(p2c.inFlight("c")).toBe(0);
  });

  it("draws j from the other n − 1 positions: below i it stays, from i up it skips i", () => {
    const draws = [0.5, 0.9, 0.5, 0.0, 0.5, 0.9, 0.75, 0.5];
    let calls = 0;
    const p2c = new PowerOfTwoChoices(["a", "b", "c", "d"], () => draws[calls++]);
    // i = floor(0.5·4) = 2 (c), j = floor(0.9·3) = 2 → 3 (d): both idle → c.
    expect(p2c.acquire()).toBe("c");
    // i = 2 (c, busy), j = floor(0·3) = 0, below i so it stays (a, idle) → a.
    expect(p2c.acquire()).toBe("a");
    // i = 2 (c, busy), j = 2 → 3 (d, idle) → d.
    expect(p2c.acquire()).toBe("d");
    // i = floor(0.75·4) = 3 (d, busy), j = floor(0.5·3) = 1 (b, idle) → b.
    expect(p2c.acquire()).toBe("b");
    expect(calls).toBe(8);
    expect(["a", "b", "c", "d"].map((id) => p2c.inFlight(id))).toEqual([1, 1, 1, 1]);
  });

  it("with random() always 0 compares the first two backends, so two backends stay even", () => {
    const p2c = new PowerOfTwoChoices(["a", "b"], () => 0);
    expect([p2c.acquire(), p2c.acquire(), p2c.acquire(), p2c.acquire()]).toEqual(["a", "b", "a", "b"]);
  });

  it("returns the only backend without calling random", () => {
    let calls = 0;
    const p2c = new PowerOfTwoChoices(["solo"], () => {
      calls++;
      return 0.5;
    });
    expect(p2c.acquire()).toBe("solo");
    expect(p2c.acquire()).toBe("solo");
    expect(calls).toBe(0);
    expect(p2c.inFlight("solo")).toBe(2);
  });

  it("releases like LeastConnections and rejects a release with nothing in flight", () => {
    const p2c = new PowerOfTwoChoices(["a", "b", "c"], seeded(1));
    const id = p2c.acquire();
    expect(p2c.inFlight(id)).toBe(1);
    p2c.release(id);
    expect(p2c.inFlight(id)).toBe(0);
    expect(() => p2c.release(id)).toThrow(Error);
    expect(() => p2c.release("nope")).toThrow(Error);
  });

  it("keeps the busiest of 1000 backends far below random placement's, over 1000 requests", () => {
    // Balls into bins: one random choice gives a maximum load of about log n / log log n;
    // the better of two gives about log log n / log 2 (Azar, Broder, Karlin & Upfal).
    const n = 1000;
    const p2c = new PowerOfTwoChoices(ids(n), seeded(42));
    const p2cCounts = countPicks(Array.from({ length: n }, () => p2c.acquire()));
    const random = seeded(42);
    const randomCounts = countPicks(Array.from({ length: n }, () => `s${Math.floor(random() * n)}`));
    const p2cMax = Math.max(...p2cCounts.values());
    const randomMax = Math.max(...randomCounts.values());
    expect(p2cMax).toBeLessThanOrEqual(3);
    expect(randomMax).toBeGreaterThanOrEqual(5);
    expect(p2cMax).toBeLessThan(randomMax);
  });

  it("keeps max in-flight within 1.5× the mean under steady churn, unlike random placement", () => {
    // 20 backends, 200 requests in flight (mean 10); each step one request ends and one arrives.
    const n = 20;
    const churn = seeded(7);
    const p2c = new PowerOfTwoChoices(ids(n), seeded(99));
    const inFlight: string[] = [];
    const randomPick = seeded(99);
    const randomLoad = new Array<number>(n).fill(0);
    const randomInFlight: number[] = [];
    let p2cWorst = 0;
    let randomWorst = 0;
    for (let step = 0; step < 20_000; step++) {
      inFlight.push(p2c.acquire());
      const r = Math.floor(randomPick() * n);
      randomLoad[r] += 1;
      randomInFlight.push(r);
      if (inFlight.length > 200) {
        const k = Math.floor(churn() * inFlight.length);
        p2c.release(inFlight[k]);
        inFlight[k] = inFlight[inFlight.length - 1];
        inFlight.pop();
        randomLoad[randomInFlight[k]] -= 1;
        randomInFlight[k] = randomInFlight[randomInFlight.length - 1];
        randomInFlight.pop();
      }
      if (step >= 1000) {
        p2cWorst = Math.max(p2cWorst, ...ids(n).map((id) => p2c.inFlight(id)));
        randomWorst = Math.max(randomWorst, ...randomLoad);
      }
    }
    expect(p2cWorst).toBeLessThanOrEqual(15);
    expect(randomWorst).toBeGreaterThan(20);
  });
});

describe("constructor checks", () => {
  it("rejects an empty list, duplicate ids and weights that are not positive integers", () => {
    expect(() => new RoundRobin([])).toThrow(RangeError);
    expect(() => new RoundRobin(["a", "a"])).toThrow(RangeError);
    expect(() => new LeastConnections([])).toThrow(RangeError);
    expect(() => new LeastConnections(["a", "b", "a"])).toThrow(RangeError);
    expect(() => new PowerOfTwoChoices([], Math.random)).toThrow(RangeError);
    expect(() => new PowerOfTwoChoices(["x", "x"], Math.random)).toThrow(RangeError);
    expect(() => new SmoothWeightedRoundRobin([])).toThrow(RangeError);
    expect(() => new SmoothWeightedRoundRobin([{ id: "a", weight: 1 }, { id: "a", weight: 2 }])).toThrow(RangeError);
    expect(() => new SmoothWeightedRoundRobin([{ id: "a", weight: 0 }])).toThrow(RangeError);
    expect(() => new SmoothWeightedRoundRobin([{ id: "a", weight: 1.5 }])).toThrow(RangeError);
    expect(() => new SmoothWeightedRoundRobin([{ id: "a", weight: -1 }])).toThrow(RangeError);
  });
});
