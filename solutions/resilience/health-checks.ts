/**
 * Health checks — reference solution.
 */
import type { RequestListener, ServerResponse } from "node:http";

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

/** One check under its own deadline; never rejects. */
function runCheck({ check, timeoutMs }: HealthCheck): Promise<CheckResult> {
  const controller = new AbortController();
  return new Promise<CheckResult>((resolve) => {
    const timer = setTimeout(() => {
      controller.abort();
      resolve({ status: "fail", error: `timed out after ${timeoutMs} ms` });
    }, timeoutMs);
    const finish = (result: CheckResult) => {
      clearTimeout(timer);
      resolve(result); // a no-op if the timeout already resolved
    };
    let pending: Promise<void>;
    try {
      pending = check(controller.signal);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      () => finish({ status: "ok" }),
      (error: unknown) => finish({ status: "fail", error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export function createHealth({ checks, cacheTtlMs, now = Date.now }: HealthOptions): Health {
  if (!Number.isFinite(cacheTtlMs) || cacheTtlMs < 0) throw new RangeError(`cacheTtlMs must be a finite number >= 0, got ${cacheTtlMs}`);
  const names = new Set(checks.map((c) => c.name));
  if (names.size !== checks.length) throw new RangeError("check names must be unique");

  let cached: { report: HealthReport; at: number } | undefined;
  let running: Promise<HealthReport> | undefined;

  // Probes arrive from every load balancer and kubelet: cache the answer, and let concurrent
  // probes share one run, so checks never add load to the dependencies they watch.
  function readiness(): Promise<HealthReport> {
    if (cached && now() < cached.at + cacheTtlMs) return Promise.resolve(cached.report);
    running ??= Promise.all(checks.map(runCheck)).then((results) => {
      const report: HealthReport = {
        status: results.every((r) => r.status === "ok") ? "ok" : "fail",
        checks: Object.fromEntries(checks.map((c, i) => [c.name, results[i]])),
      };
      cached = { report, at: now() };
      running = undefined;
      return report;
    });
    return running;
  }

  const handler: RequestListener = (req, res) => {
    if (req.method === "GET" && req.url === "/livez") return json(res, 200, { status: "ok" });
    if (req.method === "GET" && req.url === "/readyz") {
      void readiness().then((report) => json(res, report.status === "ok" ? 200 : 503, report));
      return;
    }
    json(res, 404, { error: "Not Found" });
  };

  return { readiness, handler };
}
