import type http from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createObservabilityServer, type ObservabilityServerOptions } from "../../exercises/observability/metrics-endpoint.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/** A stand-in for perf_hooks' IntervalHistogram: the test sets the p99 (in nanoseconds). */
function fakeDelay(p99Ns = 2_000_000) {
  const fake = {
    p99Ns,
    asked: [] as number[],
    resets: 0,
    percentile(p: number) {
      fake.asked.push(p);
      return fake.p99Ns;
    },
    reset() {
      fake.resets++;
      fake.p99Ns = 0; // like the real histogram: emptied
    },
  };
  return fake;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Waits, turn by turn of the event loop, until the condition holds (no wall-clock sleeping). */
async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

const APP_METRICS = "# HELP jobs_total Jobs run.\n# TYPE jobs_total counter\njobs_total 7\n";

async function start(overrides: Partial<ObservabilityServerOptions> = {}) {
  const clock = { t: 0 };
  const delay = fakeDelay();
  let collects = 0;
  const options: ObservabilityServerOptions = {
    collect: async () => {
      collects++;
      return APP_METRICS;
    },
    cacheTtlMs: 5_000,
    maxDelayMs: 100,
    now: () => clock.t,
    delay,
    ...overrides,
  };
  server = createObservabilityServer(options);
  let requests = 0;
  server.on("request", () => requests++);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, method = "GET") => {
    const res = await fetch(base + path, { method });
    return { status: res.status, type: res.headers.get("content-type"), body: await res.text() };
  };
  return { get, clock, delay, collects: () => collects, requests: () => requests };
}

describe("createObservabilityServer", () => {
  it("answers /health with 200 ok and the p99 event-loop delay in milliseconds", async () => {
    const { get, delay } = await start();
    const res = await get("/health");
    expect(res.status).toBe(200);
    expect(res.type).toBe("application/json");
    expect(JSON.parse(res.body)).toEqual({ status: "ok", eventLoopDelayMs: 2 });
    expect(delay.asked).toContain(99);
  });

  it("answers /health with 503 degraded once p99 delay exceeds maxDelayMs, and ok at exactly the limit", async () => {
    const { get, delay } = await start({ maxDelayMs: 100 });
    delay.p99Ns = 100_000_000;
    const atLimit = await get("/health");
    expect(atLimit.status).toBe(200);
    expect(JSON.parse(atLimit.body)).toEqual({ status: "ok", eventLoopDelayMs: 100 });
    delay.p99Ns = 250_000_000;
    const res = await get("/health");
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body)).toEqual({ status: "degraded", eventLoopDelayMs: 250 });
  });

  it("serves /metrics as the collected text followed by the event-loop delay gauge in seconds", async () => {
    const { get, delay } = await start();
    delay.p99Ns = 12_500_000;
    const res = await get("/metrics");
    expect(res.status).toBe(200);
    expect(res.type).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(res.body).toBe(
      APP_METRICS +
        "# HELP nodejs_eventloop_delay_p99_seconds Event loop delay, 99th percentile.\n" +
        "# TYPE nodejs_eventloop_delay_p99_seconds gauge\n" +
        "nodejs_eventloop_delay_p99_seconds 0.0125\n",
    );
  });

  it("collects at most once per cacheTtlMs, but reads the delay gauge fresh on every scrape", async () => {
    const { get, clock, delay, collects } = await start({ cacheTtlMs: 5_000 });
    clock.t = 10_000;
    await get("/metrics");
    clock.t = 14_999;
    delay.p99Ns = 3_000_000;
    const cachedScrape = await get("/metrics");
    expect(collects()).toBe(1);
    expect(cachedScrape.body).toContain("nodejs_eventloop_delay_p99_seconds 0.003\n");
    clock.t = 15_000;
    await get("/metrics");
    expect(collects()).toBe(2);
  });

  it("shares one in-flight collection between concurrent scrapes", async () => {
    const pending = deferred<string>();
    let collects = 0;
    const { get, requests } = await start({
      collect: () => {
        collects++;
        return pending.promise;
      },
    });
    const scrapes = Promise.all([get("/metrics"), get("/metrics"), get("/metrics")]);
    await until(() => requests() === 3);
    pending.resolve("slow_metric 1\n");
    const results = await scrapes;
    expect(collects).toBe(1);
    for (const res of results) expect(res.body.startsWith("slow_metric 1\n")).toBe(true);
  });

  it("answers /health while a collection is still running, without ever calling collect", async () => {
    const pending = deferred<string>();
    let collects = 0;
    const { get } = await start({
      collect: () => {
        collects++;
        return pending.promise;
      },
    });
    const scrape = get("/metrics");
    await until(() => collects === 1);
    const health = await get("/health");
    expect(health.status).toBe(200);
    expect(collects).toBe(1);
    pending.resolve("m 1\n");
    expect((await scrape).status).toBe(200);
    await get("/health");
    expect(collects).toBe(1);
  });

  it("answers 500 when collection fails, and tries again on the next scrape instead of caching the failure", async () => {
    let attempt = 0;
    const { get } = await start({
      collect: async () => {
        attempt++;
        if (attempt === 1) throw new Error("registry exploded");
        return "recovered 1\n";
      },
    });
    const failed = await get("/metrics");
    expect(failed.status).toBe(500);
    expect(failed.type).toBe("application/json");
    expect(JSON.parse(failed.body).error).toEqual(expect.any(String));
    expect(JSON.parse(failed.body).error).not.toBe("");
    const next = await get("/metrics");
    expect(next.status).toBe(200);
    expect(next.body.startsWith("recovered 1\n")).toBe(true);
  });

  it("resets the delay histogram once delayWindowMs has passed, after reading it", async () => {
    const { get, clock, delay } = await start({ delayWindowMs: 60_000 });
    delay.p99Ns = 500_000_000;
    expect((await get("/health")).status).toBe(503);
    clock.t = 59_999;
    await get("/health");
    expect(delay.resets).toBe(0);
    clock.t = 60_000;
    const lastOfWindow = await get("/health");
    expect(JSON.parse(lastOfWindow.body).eventLoopDelayMs).toBe(500); // read before the reset
    expect(delay.resets).toBe(1);
    delay.p99Ns = 1_000_000; // the new window has seen 1 ms
    expect((await get("/health")).status).toBe(200);
    clock.t = 119_999;
    await get("/health");
    expect(delay.resets).toBe(1);
    clock.t = 120_000;
    await get("/health");
    expect(delay.resets).toBe(2);
  });

  it("answers 404 with a JSON error for any other path or method", async () => {
    const { get, collects } = await start();
    const root = await get("/");
    expect(root.status).toBe(404);
    expect(JSON.parse(root.body).error).toEqual(expect.any(String));
    expect(JSON.parse(root.body).error).not.toBe("");
    expect((await get("/metrics/extra")).status).toBe(404);
    expect((await get("/metrics", "POST")).status).toBe(404);
    expect((await get("/health", "DELETE")).status).toBe(404);
    expect(collects()).toBe(0);
  });

  it("ignores the query string when routing", async () => {
    const { get } = await start();
    expect((await get("/health?probe=liveness")).status).toBe(200);
    expect((await get("/metrics?x=1")).status).toBe(200);
  });

  it("measures the real event loop with perf_hooks when no histogram is given", async () => {
    const { get } = await start({ delay: undefined, now: Date.now, maxDelayMs: 60 });
    const first = await get("/health");
    expect(JSON.parse(first.body).eventLoopDelayMs).toEqual(expect.any(Number));
    const stall = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // a synchronous stall: nothing else can run
      }
    };
    // The monitor measures each sample against the previous one, so make sure it has taken one.
    stall(30);
    await new Promise((resolve) => setTimeout(resolve, 0));
    stall(150);
    // The monitor records the stall on its next sample; give it a few turns of the loop to run.
    let stalled = await get("/health");
    for (let turn = 0; turn < 20 && stalled.status !== 503; turn++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      stalled = await get("/health");
    }
    expect(stalled.status).toBe(503);
    expect(JSON.parse(stalled.body).eventLoopDelayMs).toBeGreaterThan(60);
  });

  it("disables the perf_hooks monitor it created when the server closes", async () => {
    // Watch the real monitor's methods (they live on its prototype) without replacing them.
    const prototype = Object.getPrototypeOf(monitorEventLoopDelay()) as { enable(): boolean; disable(): boolean };
    const enable = vi.spyOn(prototype, "enable");
    const disable = vi.spyOn(prototype, "disable");
    try {
      const { get } = await start({ delay: undefined, now: Date.now });
      await get("/health");
      expect(enable, "enable() on the monitor the server created").toHaveBeenCalledTimes(1);
      expect(disable).not.toHaveBeenCalled();
      const closing = server!;
      server = undefined;
      closing.closeAllConnections();
      await new Promise<void>((resolve) => closing.close(() => resolve()));
      expect(disable, "disable() once the server has emitted 'close'").toHaveBeenCalledTimes(1);
      expect(disable.mock.contexts[0]).toBe(enable.mock.contexts[0]);
    } finally {
      enable.mockRestore();
      disable.mockRestore();
    }
  });
});
