import { describe, expect, it } from "vitest";
import { makeClock } from "../support/manual-clock.ts";
import {
  CircuitBreaker,
  CircuitOpenError,
  type CircuitBreakerOptions,
  type CircuitState,
} from "../../exercises/resilience/circuit-breaker.ts";

function setup(overrides: Partial<CircuitBreakerOptions> = {}) {
  const clock = makeClock(0);
  const transitions: string[] = [];
  const breaker = new CircuitBreaker({
    failureRateThreshold: 0.5,
    minimumCalls: 4,
    windowMs: 10_000,
    openMs: 5_000,
    halfOpenMaxCalls: 2,
    now: clock.now,
    onStateChange: (from: CircuitState, to: CircuitState) => transitions.push(`${from}→${to}`),
    ...overrides,
  });
  const ok = () => breaker.call(async () => "ok");
  const fail = () => breaker.call(async () => Promise.reject(new Error("dependency down"))).catch((e: unknown) => e);
  return { breaker, clock, transitions, ok, fail };
}

/** A call the test settles by hand. */
function pending(breaker: CircuitBreaker) {
  let resolve!: (v: string) => void;
  let reject!: (e: Error) => void;
  const result = breaker.call(() => new Promise<string>((res, rej) => ((resolve = res), (reject = rej))));
  result.catch(() => {});
  return { result, resolve, reject };
}

async function openIt(s: ReturnType<typeof setup>) {
  for (let i = 0; i < 4; i++) await s.fail();
  expect(s.breaker.state).toBe("open");
}

describe("CircuitBreaker", () => {
  it("passes values and errors through while closed", async () => {
    const { breaker } = setup();
    expect(breaker.state).toBe("closed");
    await expect(breaker.call(async () => 42)).resolves.toBe(42);
    const boom = new Error("boom");
    await expect(breaker.call(async () => Promise.reject(boom))).rejects.toBe(boom);
    expect(breaker.state).toBe("closed");
  });

  it("opens once the failure rate reaches the threshold over at least minimumCalls calls", async () => {
    const s = setup();
    await s.fail();
    await s.ok();
    await s.fail();
    expect(s.breaker.state).toBe("closed"); // 2 of 3 failed, but fewer than minimumCalls
    await s.ok();
    expect(s.breaker.state).toBe("open"); // 2 of 4 = 0.5: a success can tip it once the minimum is reached
    expect(s.transitions).toEqual(["closed→open"]);
  });

  it("stays closed while the failure rate is below the threshold", async () => {
    const s = setup();
    await s.fail();
    for (let i = 0; i < 3; i++) await s.ok();
    await s.fail();
    expect(s.breaker.state).toBe("closed"); // 2 of 5 = 0.4
    expect(s.transitions).toEqual([]);
  });

  it("never opens on fewer than minimumCalls outcomes, even if all of them failed", async () => {
    const s = setup({ minimumCalls: 5 });
    for (let i = 0; i < 4; i++) await s.fail();
    expect(s.breaker.state).toBe("closed");
    await s.fail();
    expect(s.breaker.state).toBe("open");
  });

  it("counts only outcomes recorded within the last windowMs", async () => {
    const late = setup();
    for (let i = 0; i < 3; i++) await late.fail();
    late.clock.set(10_000); // the three failures at t=0 have left the window
    await late.fail();
    expect(late.breaker.state).toBe("closed");

    const inTime = setup();
    for (let i = 0; i < 3; i++) await inTime.fail();
    inTime.clock.set(9_999);
    await inTime.fail();
    expect(inTime.breaker.state).toBe("open");
  });

  it("fails fast with CircuitOpenError while open, without calling fn", async () => {
    const s = setup();
    await openIt(s);
    let called = false;
    const rejection = s.breaker.call(async () => (called = true));
    await expect(rejection).rejects.toBeInstanceOf(CircuitOpenError);
    await expect(rejection).rejects.toMatchObject({ name: "CircuitOpenError" });
    expect(called).toBe(false);
  });

  it("turns half-open once openMs has passed, and reports the change once", async () => {
    const s = setup();
    s.clock.set(1_000);
    await openIt(s);
    s.clock.set(5_999);
    expect(s.breaker.state).toBe("open");
    await expect(s.ok()).rejects.toBeInstanceOf(CircuitOpenError);
    s.clock.set(6_000);
    expect(s.breaker.state).toBe("half-open");
    expect(s.breaker.state).toBe("half-open");
    expect(s.transitions).toEqual(["closed→open", "open→half-open"]);
  });

  it("lets only halfOpenMaxCalls trial calls through while half-open", async () => {
    const s = setup({ halfOpenMaxCalls: 2 });
    await openIt(s);
    s.clock.set(5_000);
    const first = pending(s.breaker);
    const second = pending(s.breaker);
    let thirdRan = false;
    await expect(s.breaker.call(async () => (thirdRan = true))).rejects.toBeInstanceOf(CircuitOpenError);
    expect(thirdRan).toBe(false);
    first.resolve("a");
    second.resolve("b");
    await expect(first.result).resolves.toBe("a");
    await expect(second.result).resolves.toBe("b");
  });

  it("closes after halfOpenMaxCalls successful trials, with a fresh window", async () => {
    const s = setup({ halfOpenMaxCalls: 2 });
    await openIt(s);
    s.clock.set(5_000);
    await s.ok();
    expect(s.breaker.state).toBe("half-open");
    await s.ok();
    expect(s.breaker.state).toBe("closed");
    expect(s.transitions).toEqual(["closed→open", "open→half-open", "half-open→closed"]);
    for (let i = 0; i < 3; i++) await s.fail(); // the old failures are gone: 3 < minimumCalls
    expect(s.breaker.state).toBe("closed");
  });

  it("opens again when a trial fails, for a fresh openMs from that moment", async () => {
    const s = setup({ halfOpenMaxCalls: 2 });
    await openIt(s);
    s.clock.set(5_000);
    await s.ok();
    s.clock.set(5_500);
    await s.fail();
    expect(s.breaker.state).toBe("open");
    s.clock.set(10_499);
    expect(s.breaker.state).toBe("open");
    s.clock.set(10_500);
    expect(s.breaker.state).toBe("half-open");
    expect(s.transitions).toEqual(["closed→open", "open→half-open", "half-open→open", "open→half-open"]);
  });

  it("ignores the outcome of a call let through before the state changed", async () => {
    const s = setup({ halfOpenMaxCalls: 1 });
    const straggler = pending(s.breaker); // admitted while closed
    await openIt(s);
    s.clock.set(5_000);
    expect(s.breaker.state).toBe("half-open");
    straggler.reject(new Error("late failure"));
    await expect(straggler.result).rejects.toThrow("late failure");
    expect(s.breaker.state).toBe("half-open"); // not counted as a failed trial
    await s.ok();
    expect(s.breaker.state).toBe("closed");
  });

  it("counts a synchronous throw as a failure and passes it on as a rejection", async () => {
    const s = setup({ minimumCalls: 1, failureRateThreshold: 1 });
    const boom = new TypeError("sync boom");
    await expect(
      s.breaker.call(() => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(s.breaker.state).toBe("open");
  });

  it("works without an onStateChange callback", async () => {
    const clock = makeClock(0);
    const breaker = new CircuitBreaker({ failureRateThreshold: 1, minimumCalls: 1, windowMs: 1_000, openMs: 1_000, halfOpenMaxCalls: 1, now: clock.now });
    await expect(breaker.call(async () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(breaker.state).toBe("open");
    clock.set(1_000);
    expect(breaker.state).toBe("half-open");
    await expect(breaker.call(async () => "back")).resolves.toBe("back");
    expect(breaker.state).toBe("closed");
  });

  it("rejects invalid options with RangeError", () => {
    const base: CircuitBreakerOptions = { failureRateThreshold: 0.5, minimumCalls: 4, windowMs: 1_000, openMs: 1_000, halfOpenMaxCalls: 1, now: () => 0 };
    expect(() => new CircuitBreaker({ ...base, failureRateThreshold: 0 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ ...base, failureRateThreshold: 1.5 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ ...base, minimumCalls: 0 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ ...base, minimumCalls: 2.5 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ ...base, halfOpenMaxCalls: 0 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ ...base, windowMs: 0 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ ...base, openMs: -1 })).toThrow(RangeError);
    expect(() => new CircuitBreaker({ ...base, openMs: 0 })).toThrow(RangeError);
    expect(new CircuitBreaker({ ...base, failureRateThreshold: 1 }).state).toBe("closed");
  });

  it("keeps an exact window over 20 000 calls", async () => {
    const s = setup({ minimumCalls: 100, failureRateThreshold: 0.5, windowMs: 1_000 });
    // 1 call per ms, one failure in three: the rate stays near 0.33 and the breaker stays closed
    for (let i = 0; i < 20_000; i++) {
      s.clock.set(i);
      if (i % 3 === 0) await s.fail();
      else await s.ok();
    }
    expect(s.breaker.state).toBe("closed");
    // 500 failures in a row take the last 1 000 ms to ≥ 0.5
    for (let i = 20_000; i < 20_500; i++) {
      s.clock.set(i);
      await s.fail();
      if (s.breaker.state === "open") break;
    }
    expect(s.breaker.state).toBe("open");
    expect(s.transitions).toEqual(["closed→open"]);
  });
});
