import { describe, expect, it } from "vitest";
import { makeClock } from "../support/manual-clock.ts";
import { DEFAULT_RULES, createBurnRateMonitor, type AlertRule } from "../../exercises/observability/slo-burn-rate.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Feeds `perMinute` requests each minute for `minutes` minutes, `badPerMinute` of them failing. */
function traffic(monitor: { record(ok: boolean, count?: number): void }, clock: { now(): number; set(ms: number): void }, minutes: number, perMinute: number, badPerMinute: number) {
  for (let i = 0; i < minutes; i++) {
    monitor.record(true, perMinute - badPerMinute);
    if (badPerMinute > 0) monitor.record(false, badPerMinute);
    clock.set(clock.now() + MINUTE);
  }
}

const severities = (rules: AlertRule[]) => rules.map((r) => `${r.severity} ${r.longWindowMs / HOUR}h/${r.shortWindowMs / MINUTE}m ×${r.burnRate}`);

describe("createBurnRateMonitor", () => {
  it("measures burn rate as the error ratio divided by the error budget", () => {
    const clock = makeClock(0);
    const monitor = createBurnRateMonitor({ objective: 0.75, now: clock.now });
    monitor.record(true, 3);
    monitor.record(false);
    expect(monitor.burnRate(5 * MINUTE)).toBe(1); // 1 of 4 failed, budget 25 %: spending exactly on pace
    monitor.record(false, 4);
    expect(monitor.burnRate(5 * MINUTE)).toBe(2.5); // 5 of 8 = 62.5 % against 25 %
  });

  it("reports burn rate 1 for a 99.9 % objective with 1 failure in 1 000", () => {
    const clock = makeClock(0);
    const monitor = createBurnRateMonitor({ objective: 0.999, now: clock.now });
    monitor.record(true, 999);
    monitor.record(false, 1);
    expect(monitor.burnRate(HOUR)).toBeCloseTo(1, 9);
  });

  it("reports 0 for a window with no requests", () => {
    const clock = makeClock(0);
    const monitor = createBurnRateMonitor({ objective: 0.999, now: clock.now });
    expect(monitor.burnRate(HOUR)).toBe(0);
    expect(monitor.firing()).toEqual([]);
  });

  it("counts a window as its last window/bucketMs buckets, the current partial bucket included", () => {
    const clock = makeClock(0);
    const monitor = createBurnRateMonitor({ objective: 0.75, now: clock.now });
    monitor.record(false); // bucket 0: [0, 60 000)
    clock.set(4 * MINUTE + 59_999); // bucket 4
    monitor.record(true);
    expect(monitor.burnRate(5 * MINUTE)).toBe(2); // buckets 0–4: 1 bad of 2
    clock.set(5 * MINUTE); // bucket 5: the window is now buckets 1–5
    expect(monitor.burnRate(5 * MINUTE)).toBe(0);
    expect(monitor.burnRate(6 * MINUTE)).toBe(2);
  });

  it("does not count buckets after the current one, if the clock steps back", () => {
    const clock = makeClock(10 * MINUTE);
    const monitor = createBurnRateMonitor({ objective: 0.75, now: clock.now });
    monitor.record(false);
    clock.set(9 * MINUTE);
    monitor.record(true);
    expect(monitor.burnRate(5 * MINUTE)).toBe(0);
  });

  it("ships the SRE workbook's recommended rules for a 30-day SLO", () => {
    expect(DEFAULT_RULES).toEqual([
      { severity: "page", longWindowMs: HOUR, shortWindowMs: 5 * MINUTE, burnRate: 14.4 },
      { severity: "page", longWindowMs: 6 * HOUR, shortWindowMs: 30 * MINUTE, burnRate: 6 },
      { severity: "ticket", longWindowMs: 3 * DAY, shortWindowMs: 6 * HOUR, burnRate: 1 },
    ]);
  });

  it("pages on a sharp outage: 2 minutes of total failure after 3 good days fires only the 1 h / 5 m rule", () => {
    const clock = makeClock(0);
    const monitor = createBurnRateMonitor({ objective: 0.999, now: clock.now });
    traffic(monitor, clock, 3 * 24 * 60, 1_000, 0);
    traffic(monitor, clock, 2, 1_000, 1_000);
    clock.set(clock.now() - 1); // still inside the last failing minute
    expect(severities(monitor.firing())).toEqual(["page 1h/5m ×14.4"]);
  });

  it("stops paging once the short window is clean, even while the long window is still burning", () => {
    const clock = makeClock(0);
    const monitor = createBurnRateMonitor({ objective: 0.999, now: clock.now });
    traffic(monitor, clock, 3 * 24 * 60, 1_000, 0);
    traffic(monitor, clock, 2, 1_000, 1_000);
    traffic(monitor, clock, 6, 1_000, 0);
    clock.set(clock.now() - 1);
    expect(monitor.burnRate(HOUR)).toBeGreaterThan(14.4);
    expect(monitor.burnRate(5 * MINUTE)).toBe(0);
    expect(monitor.firing()).toEqual([]);
  });

  it("pages on a slower burn: 6 hours at 1 % errors fires only the 6 h / 30 m rule", () => {
    const clock = makeClock(0);
    const monitor = createBurnRateMonitor({ objective: 0.999, now: clock.now });
    traffic(monitor, clock, 3 * 24 * 60, 1_000, 0);
    traffic(monitor, clock, 6 * 60, 1_000, 10);
    clock.set(clock.now() - 1);
    expect(monitor.burnRate(HOUR)).toBeCloseTo(10, 6);
    expect(severities(monitor.firing())).toEqual(["page 6h/30m ×6"]);
  });

  it("opens a ticket for a steady small overspend: 3 days at 0.15 % errors fires only the 3 d / 6 h rule", () => {
    const clock = makeClock(0);
    const monitor = createBurnRateMonitor({ objective: 0.999, now: clock.now });
    traffic(monitor, clock, 3 * 24 * 60, 2_000, 3);
    clock.set(clock.now() - 1);
    expect(severities(monitor.firing())).toEqual(["ticket 72h/360m ×1"]);
  });

  it("fires only when both windows burn strictly faster than the rule's rate", () => {
    const clock = makeClock(0);
    const rule: AlertRule = { severity: "page", longWindowMs: 10 * MINUTE, shortWindowMs: MINUTE, burnRate: 2 };
    const monitor = createBurnRateMonitor({ objective: 0.75, now: clock.now, rules: [rule] });
    monitor.record(true, 1);
    monitor.record(false, 1); // burn 2 in both windows: not above 2
    expect(monitor.firing()).toEqual([]);
    monitor.record(false, 1); // 2 of 3 bad: burn 8/3 in both
    expect(monitor.firing()).toEqual([rule]);
    clock.set(MINUTE); // the short window (one bucket) is now empty
    expect(monitor.firing()).toEqual([]);
  });

  it("does not fire when only one of the two windows is above the rate and the other is exactly at it", () => {
    const rule: AlertRule = { severity: "page", longWindowMs: 2 * MINUTE, shortWindowMs: MINUTE, burnRate: 2 };
    const longAtRate = makeClock(0);
    const a = createBurnRateMonitor({ objective: 0.75, now: longAtRate.now, rules: [rule] });
    a.record(true, 3);
    a.record(false, 1);
    longAtRate.set(MINUTE);
    a.record(true, 1);
    a.record(false, 3);
    expect([a.burnRate(2 * MINUTE), a.burnRate(MINUTE)]).toEqual([2, 3]);
    expect(a.firing()).toEqual([]);

    const shortAtRate = makeClock(0);
    const b = createBurnRateMonitor({ objective: 0.75, now: shortAtRate.now, rules: [rule] });
    b.record(false, 4);
    shortAtRate.set(MINUTE);
    b.record(true, 2);
    b.record(false, 2);
    expect([b.burnRate(2 * MINUTE), b.burnRate(MINUTE)]).toEqual([3, 2]);
    expect(b.firing()).toEqual([]);
  });

  it("keeps the oldest bucket that is still inside the longest window", () => {
    const clock = makeClock(0);
    const rule: AlertRule = { severity: "page", longWindowMs: 3 * MINUTE, shortWindowMs: MINUTE, burnRate: 2 };
    const monitor = createBurnRateMonitor({ objective: 0.75, now: clock.now, rules: [rule] });
    monitor.record(false);
    clock.set(MINUTE);
    monitor.record(true);
    clock.set(2 * MINUTE);
    monitor.record(true);
    expect(monitor.burnRate(3 * MINUTE)).toBeCloseTo(4 / 3, 9); // 1 bad of 3, against 25 %
    expect(monitor.retainedBuckets()).toBe(3);
    clock.set(3 * MINUTE);
    monitor.record(true);
    expect(monitor.retainedBuckets()).toBe(3);
    expect(monitor.burnRate(3 * MINUTE)).toBe(0);
  });

  it("keeps memory bounded by the longest window, not by how long it runs", () => {
    const clock = makeClock(0);
    const monitor = createBurnRateMonitor({ objective: 0.999, now: clock.now });
    traffic(monitor, clock, 5 * 24 * 60, 100, 1);
    expect(monitor.retainedBuckets()).toBeLessThanOrEqual(3 * 24 * 60);
    expect(monitor.retainedBuckets()).toBeGreaterThanOrEqual(3 * 24 * 60 - 1);
    expect(monitor.burnRate(3 * DAY)).toBeCloseTo(10, 6);
  });

  it("rejects an objective outside (0, 1) and windows that are not multiples of the bucket", () => {
    const clock = makeClock(0);
    expect(() => createBurnRateMonitor({ objective: 1, now: clock.now })).toThrow(RangeError);
    expect(() => createBurnRateMonitor({ objective: 0, now: clock.now })).toThrow(RangeError);
    expect(() => createBurnRateMonitor({ objective: 99.9, now: clock.now })).toThrow(RangeError);
    expect(() =>
      createBurnRateMonitor({ objective: 0.99, now: clock.now, rules: [{ severity: "page", longWindowMs: 90_000, shortWindowMs: MINUTE, burnRate: 2 }] }),
    ).toThrow(RangeError);
    const monitor = createBurnRateMonitor({ objective: 0.99, now: clock.now });
    expect(() => monitor.burnRate(30_000)).toThrow(RangeError);
    expect(() => monitor.burnRate(0)).toThrow(RangeError);
    expect(() => monitor.burnRate(-MINUTE)).toThrow(RangeError);
  });

  it("rejects a bucketMs that is not a positive integer and a count that is not a non-negative integer", () => {
    const clock = makeClock(0);
    for (const bucketMs of [0, -60_000, 1.5]) {
      expect(() => createBurnRateMonitor({ objective: 0.99, now: clock.now, bucketMs, rules: [] }), String(bucketMs)).toThrow(RangeError);
    }
    const monitor = createBurnRateMonitor({ objective: 0.99, now: clock.now });
    expect(() => monitor.record(true, -1)).toThrow(RangeError);
    expect(() => monitor.record(false, 1.5)).toThrow(RangeError);
    monitor.record(true, 0);
    expect(monitor.burnRate(MINUTE)).toBe(0);
  });
});
