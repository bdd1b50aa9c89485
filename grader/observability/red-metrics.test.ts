import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRedMetrics, type RedMetricsOptions } from "../../exercises/observability/red-metrics.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/**
 * A server behind the middleware. The handler answers with the status in `x-status` (default 200)
 * after moving the test clock forward by `x-cost-ms`, on a later turn of the event loop: the
 * response finishes well after next() has returned.
 */
async function start(options: Omit<RedMetricsOptions, "now"> = {}) {
  const clock = { t: 1_000_000 };
  const metrics = createRedMetrics({ ...options, now: () => clock.t });
  server = http.createServer((req, res) => {
    metrics.middleware(req, res, () => {
      setImmediate(() => {
        clock.t += Number(req.headers["x-cost-ms"] ?? 0);
        res.statusCode = Number(req.headers["x-status"] ?? 200);
        res.end("done");
      });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const call = async (path: string, init: { method?: string; status?: number; costMs?: number } = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: init.method ?? "GET",
      headers: { "x-status": String(init.status ?? 200), "x-cost-ms": String(init.costMs ?? 0) },
    });
    await res.text();
    return res.status;
  };
  /** node:http's client, for the methods fetch refuses to send (TRACE). */
  const raw = (path: string, method: string) =>
    new Promise<number>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path, method }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.end();
    });
  return { metrics, call, raw };
}

describe("createRedMetrics", () => {
  it("records a request under its method, route template and status code", async () => {
    const { metrics, call } = await start({ routes: ["/users/:id"] });
    await call("/users/42");
    expect(metrics.series()).toEqual([
      {
        attributes: { "http.request.method": "GET", "http.route": "/users/:id", "http.response.status_code": 200 },
        count: 1,
        durationSecondsSum: 0,
        durationSecondsMax: 0,
      },
    ]);
  });

  it("measures duration in seconds with the injected clock, up to the moment the response finishes", async () => {
    const { metrics, call } = await start({ routes: ["/slow"] });
    await call("/slow", { costMs: 250 });
    await call("/slow", { costMs: 1_500 });
    const [series] = metrics.series();
    expect(series.count).toBe(2);
    expect(series.durationSecondsSum).toBeCloseTo(1.75, 9);
    expect(series.durationSecondsMax).toBeCloseTo(1.5, 9);
  });

  it("keeps one series per method, route and status, in the order each was first recorded", async () => {
    const { metrics, call } = await start({ routes: ["/users/:id", "/users"] });
    await call("/users/1");
    await call("/users/2");
    await call("/users", { method: "POST", status: 201 });
    await call("/users/3", { status: 404 });
    expect(metrics.series().map((s) => [s.attributes["http.request.method"], s.attributes["http.route"], s.attributes["http.response.status_code"], s.count])).toEqual([
      ["GET", "/users/:id", 200, 2],
      ["POST", "/users", 201, 1],
      ["GET", "/users/:id", 404, 1],
    ]);
  });

  it("counts 5xx responses as errors and 4xx responses as not", async () => {
    const { metrics, call } = await start({ routes: ["/x"] });
    await call("/x");
    await call("/x", { status: 404 });
    await call("/x", { status: 500 });
    await call("/x", { status: 503 });
    await call("/x", { status: 499 });
    expect(metrics.totals()).toEqual({ requests: 5, errors: 2 });
  });

  it("ignores the query string when matching a route", async () => {
    const { metrics, call } = await start({ routes: ["/search"] });
    await call("/search?q=shoes&page=2");
    expect(metrics.series()[0].attributes["http.route"]).toBe("/search");
  });

  it("matches a :param to exactly one non-empty path segment, and the first matching template wins", async () => {
    const { metrics, call } = await start({ routes: ["/users/me", "/users/:id", "/users/:id/orders"] });
    await call("/users/me");
    await call("/users/7");
    await call("/users/7/orders");
    await call("/users/", { status: 404 }); // an empty segment is not an :id
    expect(metrics.series().map((s) => s.attributes["http.route"])).toEqual(["/users/me", "/users/:id", "/users/:id/orders", undefined]);
  });

  it("leaves http.route out for a path that matches no template, instead of recording the raw path", async () => {
    const { metrics, call } = await start({ routes: ["/users/:id"] });
    await call("/users/7/secret", { status: 404 });
    await call("/other", { status: 404 });
    const series = metrics.series();
    expect(series).toHaveLength(1);
    expect(series[0].attributes).toStrictEqual({ "http.request.method": "GET", "http.response.status_code": 404 });
    expect(Object.keys(series[0].attributes)).not.toContain("http.route");
    expect(series[0].count).toBe(2);
  });

  it("records a method outside RFC 9110 and PATCH as _OTHER", async () => {
    const { metrics, call, raw } = await start({ routes: ["/doc"] });
    for (const method of ["GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "PROPFIND"]) await call("/doc", { method });
    await raw("/doc", "TRACE");
    expect(metrics.series().map((s) => s.attributes["http.request.method"])).toEqual([
      "GET",
      "HEAD",
      "POST",
      "PUT",
      "DELETE",
      "OPTIONS",
      "PATCH",
      "_OTHER",
      "TRACE",
    ]);
  });

  it("starts with no series and zero totals", () => {
    const metrics = createRedMetrics({ routes: ["/x"], now: () => 0 });
    expect(metrics.series()).toEqual([]);
    expect(metrics.totals()).toEqual({ requests: 0, errors: 0 });
  });

  it("returns snapshots that do not change the recorded metrics when modified", async () => {
    const { metrics, call } = await start({ routes: ["/x"] });
    await call("/x");
    const snapshot = metrics.series();
    snapshot[0].count = 99;
    snapshot[0].attributes["http.response.status_code"] = 500;
    expect(metrics.series()[0].count).toBe(1);
    expect(metrics.series()[0].attributes["http.response.status_code"]).toBe(200);
  });
});
