import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeClock } from "../support/manual-clock.ts";
import { createHealth, type HealthCheck, type HealthOptions } from "../../exercises/resilience/health-checks.ts";

let server: http.Server | undefined;

afterEach(async () => {
  vi.useRealTimers();
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

async function serve(options: HealthOptions) {
  const health = createHealth(options);
  server = http.createServer(health.handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { health, get: (path: string) => fetch(`http://127.0.0.1:${port}${path}`) };
}

/** A check that counts its runs and passes or fails as told. */
function counted(name: string, outcome: "ok" | Error = "ok", timeoutMs = 1_000) {
  const runs = { count: 0 };
  const check: HealthCheck = {
    name,
    timeoutMs,
    check: async () => {
      runs.count++;
      if (outcome !== "ok") throw outcome;
    },
  };
  return { check, runs };
}

describe("createHealth", () => {
  it("answers /readyz with 200 and every check's status when all pass", async () => {
    const db = counted("db");
    const cache = counted("cache");
    const { get } = await serve({ checks: [db.check, cache.check], cacheTtlMs: 0 });
    const res = await get("/readyz");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ status: "ok", checks: { db: { status: "ok" }, cache: { status: "ok" } } });
  });

  it("answers /readyz with 503 and the failing check's error message", async () => {
    const db = counted("db");
    const cache = counted("cache", new Error("ECONNREFUSED 127.0.0.1:6379"));
    const { get } = await serve({ checks: [db.check, cache.check], cacheTtlMs: 0 });
    const res = await get("/readyz");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: "fail",
      checks: { db: { status: "ok" }, cache: { status: "fail", error: "ECONNREFUSED 127.0.0.1:6379" } },
    });
  });

  it("answers /livez with 200 without running any check", async () => {
    const db = counted("db", new Error("down"));
    const { get } = await serve({ checks: [db.check], cacheTtlMs: 0 });
    const res = await get("/livez");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ status: "ok" });
    expect(db.runs.count).toBe(0);
  });

  it("answers any other path with 404", async () => {
    const { get } = await serve({ checks: [], cacheTtlMs: 0 });
    const res = await get("/health");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "Not Found" });
    for (const path of ["/livez", "/readyz"]) {
      const post = await fetch(res.url.replace("/health", path), { method: "POST" });
      expect(post.status, `POST ${path}`).toBe(404);
      await post.text();
    }
  });

  it("is ready when there are no checks", async () => {
    await expect(createHealth({ checks: [], cacheTtlMs: 0 }).readiness()).resolves.toEqual({ status: "ok", checks: {} });
  });

  it("starts every check before any of them finishes", async () => {
    const started: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = (name: string): HealthCheck => ({
      name,
      timeoutMs: 1_000,
      check: async () => {
        started.push(name);
        await gate;
      },
    });
    const report = createHealth({ checks: [slow("a"), slow("b"), slow("c")], cacheTtlMs: 0 }).readiness();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(started).toEqual(["a", "b", "c"]);
    release();
    expect((await report).status).toBe("ok");
  });

  it("fails a check that outlives its own timeout, aborts its signal, and does not wait for it", async () => {
    vi.useFakeTimers();
    let seen: AbortSignal | undefined;
    const hung: HealthCheck = { name: "db", timeoutMs: 50, check: (signal) => ((seen = signal), new Promise<void>(() => {})) };
    const fast = counted("cache", "ok", 500);
    const state: { report?: unknown } = {};
    void createHealth({ checks: [hung, fast.check], cacheTtlMs: 0 })
      .readiness()
      .then((report) => (state.report = report));
    await vi.advanceTimersByTimeAsync(49);
    expect(state.report).toBeUndefined();
    expect(seen?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.report).toEqual({
      status: "fail",
      checks: { db: { status: "fail", error: "timed out after 50 ms" }, cache: { status: "ok" } },
    });
    expect(seen?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("clears the timeouts of checks that finish in time", async () => {
    vi.useFakeTimers();
    const a = counted("a", "ok", 5_000);
    const b = counted("b", new Error("nope"), 5_000);
    await createHealth({ checks: [a.check, b.check], cacheTtlMs: 0 }).readiness();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("counts a check that throws synchronously as failed", async () => {
    const broken: HealthCheck = {
      name: "queue",
      timeoutMs: 100,
      check: () => {
        throw new TypeError("client not configured");
      },
    };
    await expect(createHealth({ checks: [broken], cacheTtlMs: 0 }).readiness()).resolves.toEqual({
      status: "fail",
      checks: { queue: { status: "fail", error: "client not configured" } },
    });
  });

  it("reuses a report for cacheTtlMs without running the checks again", async () => {
    const clock = makeClock(1_000);
    const db = counted("db");
    const health = createHealth({ checks: [db.check], cacheTtlMs: 5_000, now: clock.now });
    await health.readiness();
    clock.set(5_999);
    await expect(health.readiness()).resolves.toEqual({ status: "ok", checks: { db: { status: "ok" } } });
    expect(db.runs.count).toBe(1);
    clock.set(6_000);
    await health.readiness();
    expect(db.runs.count).toBe(2);
  });

  it("shares one run between readiness calls made while it is in progress", async () => {
    let release!: () => void;
    const runs = { count: 0 };
    const gated: HealthCheck = {
      name: "db",
      timeoutMs: 1_000,
      check: () => {
        runs.count++;
        return new Promise<void>((resolve) => (release = resolve));
      },
    };
    const health = createHealth({ checks: [gated], cacheTtlMs: 0 });
    const reports = [health.readiness(), health.readiness(), health.readiness()];
    release();
    const [first, ...rest] = await Promise.all(reports);
    expect(rest).toEqual([first, first]);
    expect(runs.count).toBe(1);
  });

  it("rejects duplicate check names or an invalid cacheTtlMs with RangeError", () => {
    const a = counted("db").check;
    expect(() => createHealth({ checks: [a, counted("db").check], cacheTtlMs: 0 })).toThrow(RangeError);
    expect(() => createHealth({ checks: [a], cacheTtlMs: -1 })).toThrow(RangeError);
    expect(() => createHealth({ checks: [a], cacheTtlMs: Number.NaN })).toThrow(RangeError);
    expect(() => createHealth({ checks: [a], cacheTtlMs: Infinity })).toThrow(RangeError);
  });
});
