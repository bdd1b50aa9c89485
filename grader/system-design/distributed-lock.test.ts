import { describe, expect, it } from "vitest";
import { FencedStorage, LockService, StaleTokenError, type Lease } from "../../exercises/system-design/distributed-lock.ts";
import { makeClock } from "../support/manual-clock.ts";

function granted(lease: Lease | null): Lease {
  expect(lease, "acquire should have granted a lease").not.toBeNull();
  return lease as Lease;
}

describe("LockService", () => {
  it("grants a lease with token 1 and an expiry ttlMs from now", () => {
    const clock = makeClock(1_000);
    const locks = new LockService({ ttlMs: 10_000, now: clock.now });
    expect(locks.acquire("report", "client-1")).toEqual({
      resource: "report",
      owner: "client-1",
      token: 1,
      expiresAt: 11_000,
    });
    expect(locks.holder("report")).toBe("client-1");
  });

  it("refuses a second acquire while the lease is live, even by the same owner", () => {
    const clock = makeClock(0);
    const locks = new LockService({ ttlMs: 10_000, now: clock.now });
    granted(locks.acquire("report", "client-1"));
    expect(locks.acquire("report", "client-2")).toBeNull();
    expect(locks.acquire("report", "client-1")).toBeNull();
    clock.set(9_999);
    expect(locks.acquire("report", "client-2")).toBeNull();
    expect(locks.holder("report")).toBe("client-1");
  });

  it("lets another client acquire once the lease expires, with a higher token", () => {
    const clock = makeClock(0);
    const locks = new LockService({ ttlMs: 10_000, now: clock.now });
    const a = granted(locks.acquire("report", "client-1"));
    clock.set(10_000); // expiresAt: expired from this instant
    expect(locks.holder("report")).toBeUndefined();
    const b = granted(locks.acquire("report", "client-2"));
    expect(b.token).toBe(2);
    expect(b.token).toBeGreaterThan(a.token);
    expect(b.expiresAt).toBe(20_000);
    expect(locks.holder("report")).toBe("client-2");
  });

  it("draws tokens from one counter shared by all resources", () => {
    const clock = makeClock(0);
    const locks = new LockService({ ttlMs: 1_000, now: clock.now });
    expect(granted(locks.acquire("a", "x")).token).toBe(1);
    expect(granted(locks.acquire("b", "x")).token).toBe(2);
    expect(locks.acquire("a", "y")).toBeNull(); // a refused acquire uses no token
    const c = granted(locks.acquire("c", "y"));
    expect(c.token).toBe(3);
    locks.release(c);
    expect(granted(locks.acquire("c", "z")).token).toBe(4);
  });

  it("renews a live lease with the same token and a new expiry", () => {
    const clock = makeClock(0);
    const locks = new LockService({ ttlMs: 10_000, now: clock.now });
    const a = granted(locks.acquire("report", "client-1"));
    clock.set(8_000);
    const renewed = locks.renew(a);
    expect(renewed).toEqual({ resource: "report", owner: "client-1", token: 1, expiresAt: 18_000 });
    clock.set(15_000); // past the first expiry, before the renewed one
    expect(locks.acquire("report", "client-2")).toBeNull();
    expect(locks.holder("report")).toBe("client-1");
    // The lease object from acquire still identifies the lease (same token), so it renews too.
    expect(locks.renew(a)?.expiresAt).toBe(25_000);
  });

  it("refuses to renew an expired or superseded lease", () => {
    const clock = makeClock(0);
    const locks = new LockService({ ttlMs: 10_000, now: clock.now });
    const a = granted(locks.acquire("report", "client-1"));
    clock.set(10_000);
    expect(locks.renew(a)).toBeNull(); // expired, even though nobody else took it yet
    expect(locks.holder("report")).toBeUndefined();
    const b = granted(locks.acquire("report", "client-2"));
    expect(locks.renew(a)).toBeNull();
    expect(locks.renew({ ...a, token: 99 })).toBeNull();
    expect(locks.holder("report")).toBe("client-2");
    expect(locks.renew(b)?.token).toBe(b.token);
  });

  it("releases only for the current holder, so a paused client cannot free the next holder's lock", () => {
    const clock = makeClock(0);
    const locks = new LockService({ ttlMs: 10_000, now: clock.now });
    const a = granted(locks.acquire("report", "client-1"));
    clock.set(12_000);
    const b = granted(locks.acquire("report", "client-2"));
    expect(locks.release(a)).toBe(false);
    expect(locks.holder("report")).toBe("client-2");
    expect(locks.acquire("report", "client-3")).toBeNull();
    expect(locks.release(b)).toBe(true);
    expect(locks.holder("report")).toBeUndefined();
    expect(locks.release(b)).toBe(false);
    expect(granted(locks.acquire("report", "client-3")).token).toBe(3);
  });

  it("tells leases apart by token: an old lease of the same owner cannot release or renew the new one", () => {
    const clock = makeClock(0);
    const locks = new LockService({ ttlMs: 10_000, now: clock.now });
    const first = granted(locks.acquire("report", "client-1"));
    clock.set(10_000);
    const second = granted(locks.acquire("report", "client-1"));
    expect(second.token).toBe(2);
    expect(locks.release(first)).toBe(false);
    expect(locks.renew(first)).toBeNull();
    expect(locks.holder("report")).toBe("client-1");
    expect(locks.acquire("report", "client-2")).toBeNull();
    expect(locks.release(second)).toBe(true);
  });

  it("rejects a ttlMs that is not a positive finite number", () => {
    const now = () => 0;
    expect(() => new LockService({ ttlMs: 0, now })).toThrow(RangeError);
    expect(() => new LockService({ ttlMs: -5, now })).toThrow(RangeError);
    expect(() => new LockService({ ttlMs: Number.NaN, now })).toThrow(RangeError);
    expect(() => new LockService({ ttlMs: Number.POSITIVE_INFINITY, now })).toThrow(RangeError);
  });
});

describe("FencedStorage", () => {
  it("accepts writes with equal or higher tokens and returns the latest value", () => {
    const storage = new FencedStorage();
    expect(storage.read("report")).toBeUndefined();
    storage.write("report", "v1", 5);
    storage.write("report", "v2", 5);
    expect(storage.read("report")).toBe("v2");
    storage.write("report", "v3", 7);
    expect(storage.read("report")).toBe("v3");
  });

  it("rejects a write with a lower token than one already accepted, and keeps the value", () => {
    const storage = new FencedStorage();
    storage.write("report", "new", 34);
    expect(() => storage.write("report", "old", 33)).toThrow(StaleTokenError);
    expect(storage.read("report")).toBe("new");
    // The check is per key.
    storage.write("other", "fine", 1);
    expect(storage.read("other")).toBe("fine");
  });

  it("fences off the client that paused past its lease (Kleppmann's GC-pause scenario)", () => {
    const clock = makeClock(0);
    const locks = new LockService({ ttlMs: 10_000, now: clock.now });
    const storage = new FencedStorage();
    const a = granted(locks.acquire("report", "client-1"));
    // client-1 stops the world for 15 s; its lease runs out meanwhile.
    clock.set(15_000);
    const b = granted(locks.acquire("report", "client-2"));
    storage.write("report", "from client-2", b.token);
    // client-1 wakes up, still believing it holds the lock.
    let error: unknown;
    try {
      storage.write("report", "from client-1", a.token);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StaleTokenError);
    expect((error as Error).name).toBe("StaleTokenError");
    expect(storage.read("report")).toBe("from client-2");
    expect(locks.release(a)).toBe(false);
    expect(locks.holder("report")).toBe("client-2");
  });
});
