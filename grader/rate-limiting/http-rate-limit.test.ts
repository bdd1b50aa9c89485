import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { rateLimit, type RateLimitOptions } from "../../exercises/rate-limiting/http-rate-limit.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/**
 * Starts a server on 127.0.0.1 that runs the middleware, then answers 200 "ok" when next() is called.
 * Every test client connects from 127.0.0.1, so a request may carry X-Test-Remote-Address to make its
 * socket report another remote address (as a client on another machine would), before the middleware runs.
 */
async function start(options: RateLimitOptions) {
  const middleware = rateLimit(options);
  const served = { count: 0 };
  server = http.createServer((req, res) => {
    const pretend = req.headers["x-test-remote-address"];
    if (typeof pretend === "string") {
      Object.defineProperty(req.socket, "remoteAddress", { value: pretend, configurable: true });
    }
    middleware(req, res, () => {
      served.count++;
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const get = (headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}/`, { headers });
  return { get, served };
}

describe("rateLimit", () => {
  it("passes an allowed request to next() and sets the RateLimit headers", async () => {
    const { get, served } = await start({ limit: 3, windowMs: 60_000, now: () => 0 });
    const res = await get();
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
    expect(served.count).toBe(1);
    expect(res.headers.get("ratelimit-limit")).toBe("3");
    expect(res.headers.get("ratelimit-remaining")).toBe("2");
    expect(res.headers.get("ratelimit-reset")).toBe("60");
  });

  it("counts RateLimit-Remaining down with each request", async () => {
    const { get } = await start({ limit: 3, windowMs: 60_000, now: () => 0 });
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await get();
      await res.text();
      remaining.push(res.headers.get("ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);
  });

  it("answers 429 with Retry-After and a JSON body once the limit is reached, without calling next()", async () => {
    const clock = { t: 0 };
    const { get, served } = await start({ limit: 2, windowMs: 60_000, now: () => clock.t });
    await (await get()).text();
    await (await get()).text();
    clock.t = 1_500;
    const res = await get();
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("59");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ error: "Too Many Requests", retryAfter: 59 });
    expect(res.headers.get("ratelimit-limit")).toBe("2");
    expect(res.headers.get("ratelimit-remaining")).toBe("0");
    expect(res.headers.get("ratelimit-reset")).toBe("59");
    expect(served.count).toBe(2);
  });

  it("rounds Retry-After and RateLimit-Reset up to whole seconds", async () => {
    const clock = { t: 9_999 };
    const { get } = await start({ limit: 1, windowMs: 10_000, now: () => clock.t });
    const first = await get();
    await first.text();
    expect(first.headers.get("ratelimit-reset")).toBe("1"); // 1 ms left is still 1 second, not 0
    clock.t = 10_001; // next window, 9 999 ms left
    await (await get()).text();
    const denied = await get();
    expect(denied.status).toBe(429);
    expect(denied.headers.get("retry-after")).toBe("10");
    expect(await denied.json()).toEqual({ error: "Too Many Requests", retryAfter: 10 });
  });

  it("starts a fresh count when the clock enters the next window", async () => {
    const clock = { t: 0 };
    const { get } = await start({ limit: 1, windowMs: 60_000, now: () => clock.t });
    await (await get()).text();
    clock.t = 59_999;
    const denied = await get();
    await denied.text();
    expect(denied.status).toBe(429);
    clock.t = 60_000;
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("ratelimit-remaining")).toBe("0");
    expect(res.headers.get("ratelimit-reset")).toBe("60");
  });

  it("does not count denied requests against the next window", async () => {
    const clock = { t: 0 };
    const { get } = await start({ limit: 2, windowMs: 1_000, now: () => clock.t });
    for (let i = 0; i < 5; i++) await (await get()).text();
    clock.t = 1_000;
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("ratelimit-remaining")).toBe("1");
  });

  it("limits each client separately, as named by the key function", async () => {
    const { get } = await start({
      limit: 1,
      windowMs: 60_000,
      now: () => 0,
      key: (req) => String(req.headers["x-api-key"]),
    });
    const alice = await get({ "x-api-key": "alice" });
    await alice.text();
    const aliceAgain = await get({ "x-api-key": "alice" });
    await aliceAgain.text();
    const bob = await get({ "x-api-key": "bob" });
    await bob.text();
    expect(alice.status).toBe(200);
    expect(aliceAgain.status).toBe(429);
    expect(bob.status).toBe(200);
  });

  it("keys clients by remote address by default", async () => {
    const { get } = await start({ limit: 1, windowMs: 60_000, now: () => 0 });
    const first = await get({ "x-api-key": "alice" });
    await first.text();
    const second = await get({ "x-api-key": "bob" }); // same address 127.0.0.1, so same client
    await second.text();
    expect(first.status).toBe(200);
    expect(second.status).toBe(429);
  });

  it("gives two different remote addresses separate limits by default", async () => {
    const { get } = await start({ limit: 1, windowMs: 60_000, now: () => 0 });
    const first = await get({ "x-test-remote-address": "203.0.113.7" });
    await first.text();
    const again = await get({ "x-test-remote-address": "203.0.113.7" });
    await again.text();
    const other = await get({ "x-test-remote-address": "198.51.100.23" });
    await other.text();
    expect(first.status).toBe(200);
    expect(again.status).toBe(429);
    expect(other.status).toBe(200);
    expect(other.headers.get("ratelimit-remaining")).toBe("0");
  });

  it("rejects a limit or windowMs that is not a positive integer", () => {
    expect(() => rateLimit({ limit: 0, windowMs: 1_000 })).toThrow(RangeError);
    expect(() => rateLimit({ limit: 2.5, windowMs: 1_000 })).toThrow(RangeError);
    expect(() => rateLimit({ limit: 1, windowMs: 0 })).toThrow(RangeError);
    expect(() => rateLimit({ limit: 1, windowMs: -5 })).toThrow(RangeError);
  });
});
