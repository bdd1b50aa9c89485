/**
 * /metrics and /health that never block
 *
 * What you build
 *   A `node:http` server with a Prometheus `/metrics` endpoint and a `/health` check that reports
 *   "degraded" when the event loop is lagging.
 *
 * Why it matters
 *   A Node process whose event loop is blocked still accepts connections but answers everything
 *   late; its CPU graph can look fine. Event-loop delay (what `perf_hooks.monitorEventLoopDelay`
 *   measures) is the signal that shows it, and a health check built on it lets a load balancer
 *   route around a struggling instance. The endpoints themselves must be cheap: Prometheus scrapes
 *   every few seconds, and a health probe that waits behind a slow metrics collection fails and
 *   gets a healthy pod restarted.
 *
 * Your task
 *   Implement `createObservabilityServer(options)`, returning an `http.Server` (not yet
 *   listening). Options:
 *   - `collect()` — the expensive part: resolves to the application's metrics, text ending in `\n`.
 *   - `cacheTtlMs` — reuse a successful collection for this long.
 *   - `maxDelayMs` — the p99 event-loop delay above which health is degraded.
 *   - `delayWindowMs` — default 60 000; see resetting below.
 *   - `now` — a clock in ms (default `Date.now`).
 *   - `delay` — a histogram `{ percentile(p), reset() }` of event-loop delay in NANOSECONDS. When
 *     absent, create one with `monitorEventLoopDelay({ resolution: 10 })` from `node:perf_hooks`,
 *     call its `enable()`, and `disable()` it when the server emits `'close'`.
 *
 *   Routes (path without query string, method GET):
 *   - `/health` → the p99 delay in ms, `eventLoopDelayMs = delay.percentile(99) / 1e6`. If it is
 *     greater than `maxDelayMs`: `503` with `{"status":"degraded","eventLoopDelayMs":<ms>}`;
 *     otherwise `200` with `{"status":"ok","eventLoopDelayMs":<ms>}`; `Content-Type:
 *     application/json`. Health never calls `collect()` and never waits for one in progress.
 *   - `/metrics` → `200`, `Content-Type: text/plain; version=0.0.4; charset=utf-8` (the
 *     Prometheus text format), body = the collected text followed by
 *     ```
 *     # HELP nodejs_eventloop_delay_p99_seconds Event loop delay, 99th percentile.
 *     # TYPE nodejs_eventloop_delay_p99_seconds gauge
 *     nodejs_eventloop_delay_p99_seconds <p99 in seconds, i.e. eventLoopDelayMs / 1000>
 *     ```
 *     (each line ending in `\n`). The gauge is read fresh on every scrape. The collected text is
 *     cached: a collection that finished at time T serves every scrape while `now() − T <
 *     cacheTtlMs`. Concurrent scrapes while a collection is running share it: `collect()` is
 *     never running twice at once. If `collect()` rejects, answer `500` with a JSON body
 *     `{"error": "<a non-empty message>"}`, and cache nothing, so the next scrape tries again.
 *   - anything else (another path, or another method) → `404` with a JSON body
 *     `{"error": "<a non-empty message>"}`.
 *
 *   Resetting: the delay window starts when the server is created. Each time you read the p99
 *   (for either route), read it first; then, if `now() − windowStart >= delayWindowMs`, call
 *   `delay.reset()` and start a new window at `now()`. So one stall cannot keep an instance
 *   degraded forever, and no reading ever comes from a nearly empty histogram.
 *
 * Example
 *   const server = createObservabilityServer({ collect: () => registry.expose(), cacheTtlMs: 5_000, maxDelayMs: 200 });
 *   server.listen(9464);
 *   // GET /health  → 200 {"status":"ok","eventLoopDelayMs":10.4}
 *   // a 300 ms synchronous loop later … → 503 {"status":"degraded","eventLoopDelayMs":301.9}
 *   // GET /metrics → "# HELP jobs_total …\njobs_total 7\n# HELP nodejs_eventloop_delay_p99_seconds …"
 */
import http from "node:http";

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
  void options;
  void http;
  throw new Error("not implemented");
}
