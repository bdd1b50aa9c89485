/**
 * /metrics and /health that never block — reference solution.
 *
 * Health is answered from numbers already in memory; the expensive collection behind /metrics is
 * cached and shared by concurrent scrapes, so neither a slow collector nor a burst of scrapes can
 * make the health check (what a load balancer or Kubernetes probes) time out.
 */
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";

/** The part of perf_hooks' IntervalHistogram this server uses. Values are in nanoseconds. */
export interface DelayHistogram {
  percentile(p: number): number;
  reset(): void;
}

export interface ObservabilityServerOptions {
  collect: () => Promise<string>;
  cacheTtlMs: number;
  maxDelayMs: number;
  delayWindowMs?: number;
  now?: () => number;
  delay?: DelayHistogram;
}


export function createObservabilityServer(options: ObservabilityServerOptions): http.Server {
  const { collect, cacheTtlMs, maxDelayMs, delayWindowMs = 60_000, now = Date.now } = options;
  let delay = options.delay;
  let stopMonitor = () => {};
  if (!delay) {
    const monitor = monitorEventLoopDelay({ resolution: 10 });
    monitor.enable();
    stopMonitor = () => monitor.disable(); // its timer would otherwise outlive the server
    delay = monitor;
  }
  const histogram = delay;

  let windowStart = now();
  /** p99 event-loop delay in ms, over the window since the last reset. */
  const p99Ms = () => {
    const value = histogram.percentile(99) / 1e6;
    if (now() - windowStart >= delayWindowMs) {
      histogram.reset();
      windowStart = now();
    }
    return value;
  };

  let cached: { text: string; at: number } | undefined;
  let inFlight: Promise<string> | undefined;
  const appMetrics = (): Promise<string> => {
    if (cached && now() - cached.at < cacheTtlMs) return Promise.resolve(cached.text);
    inFlight ??= collect()
      .then((text) => {
        cached = { text, at: now() };
        return text;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && path === "/health") {
      const eventLoopDelayMs = p99Ms();
      json(res, eventLoopDelayMs > maxDelayMs ? 503 : 200, { status: eventLoopDelayMs > maxDelayMs ? "degraded" : "ok", eventLoopDelayMs });
      return;
    }
    if (req.method === "GET" && path === "/metrics") {
      appMetrics().then(
        (text) => {
          const gauge = [
            "# HELP nodejs_eventloop_delay_p99_seconds Event loop delay, 99th percentile.",
            "# TYPE nodejs_eventloop_delay_p99_seconds gauge",
            `nodejs_eventloop_delay_p99_seconds ${p99Ms() / 1000}`,
            "",
          ].join("\n");
          res.writeHead(200, { "content-type": "text/plain; version=0.0.4; charset=utf-8" });
          res.end(text + gauge);
        },
        () => json(res, 500, { error: "metrics collection failed" }),
      );
      return;
    }
    json(res, 404, { error: "not found" });
  });
  server.on("close", stopMonitor);
  return server;
}
