/**
 * Health checks: liveness and readiness
 *
 * What you build
 *   `createHealth({ checks, cacheTtlMs })`: a readiness check that probes every dependency at
 *   once, each under its own timeout, caches the verdict briefly, and serves it as JSON on
 *   `GET /readyz` — next to a `GET /livez` that never touches a dependency.
 *
 * Why it matters
 *   Orchestrators and load balancers decide from these endpoints what to do with an instance.
 *   In Kubernetes a failing liveness probe gets the container restarted, while a failing
 *   readiness probe takes the pod out of its Service's endpoints until it recovers. Mixing them
 *   up is a classic outage: a liveness probe that checks the database restarts every pod the
 *   moment the database blips, which cannot fix the database. Readiness is where dependencies
 *   belong, and it must answer fast (a hung dependency must not hang the probe), report which
 *   dependency is failing, and not hammer those dependencies with every probe.
 *
 * Your task
 *   `createHealth({ checks, cacheTtlMs, now? })` returns `{ readiness, handler }`.
 *   - `checks`: `{ name, timeoutMs, check(signal) }[]`; `check` resolves when the dependency is
 *     healthy and rejects (or throws) when it is not. Names must be unique and `cacheTtlMs` a
 *     finite number >= 0, else `createHealth` throws a `RangeError`. `now` defaults to `Date.now`.
 *   - `readiness(): Promise<HealthReport>` runs every check at the same time (start them all
 *     before awaiting any) and resolves — never rejects — with
 *     `{ status, checks: { [name]: { status, error? } } }`:
 *     - a check that resolves within its `timeoutMs`: `{ status: "ok" }` (no `error` key);
 *     - a check that rejects or throws: `{ status: "fail", error: <the error's message> }`;
 *     - a check still running after its own `timeoutMs`: `{ status: "fail", error:
 *       "timed out after <timeoutMs> ms" }`, and the `signal` passed to that check is aborted;
 *       `readiness` does not wait for it any longer.
 *     The overall `status` is "ok" when every check is ok (also when there are no checks),
 *     else "fail". Once it has resolved, no timer of it is left pending (use `setTimeout` /
 *     `clearTimeout`; the suite fakes them).
 *   - Caching: a report is reused, without running any check, while now() < (the time it
 *     resolved) + `cacheTtlMs`. Calls made while a run is in progress share that run.
 *   - `handler` is a `node:http` request listener. Every response is JSON
 *     (`Content-Type: application/json`):
 *     - `GET /livez` → 200 `{ "status": "ok" }`, without running any check;
 *     - `GET /readyz` → the report from `readiness()`, with 200 when its status is "ok" and 503
 *       otherwise;
 *     - anything else → 404 `{ "error": "Not Found" }`.
 *
 * Example
 *   const health = createHealth({
 *     cacheTtlMs: 1_000,
 *     checks: [
 *       { name: "db", timeoutMs: 500, check: (signal) => pool.query("select 1", { signal }) },
 *       { name: "cache", timeoutMs: 200, check: () => redis.ping() },
 *     ],
 *   });
 *   http.createServer(health.handler).listen(9000);
 *   // GET /readyz → 503 {"status":"fail","checks":{"db":{"status":"ok"},
 *   //                   "cache":{"status":"fail","error":"timed out after 200 ms"}}}
 */
import type { RequestListener } from "node:http";

export interface HealthCheck {
  name: string;
  timeoutMs: number;
  check: (signal: AbortSignal) => Promise<void>;
}

export interface CheckResult {
  status: "ok" | "fail";
  error?: string;
}

export interface HealthReport {
  status: "ok" | "fail";
  checks: Record<string, CheckResult>;
}

export interface HealthOptions {
  checks: HealthCheck[];
  cacheTtlMs: number;
  now?: () => number;
}

export interface Health {
  readiness(): Promise<HealthReport>;
  handler: RequestListener;
}

export function createHealth(options: HealthOptions): Health {
  void options;
  throw new Error("not implemented");
}
