import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { makeClock } from "../support/manual-clock.ts";
import { idempotent, type Handler, type IncomingRequest, type StoredResponse } from "../../exercises/resilience/idempotency-keys.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/** An order endpoint that counts its calls; `gate`, when set, holds each call until released. */
function orders() {
  const calls: IncomingRequest[] = [];
  const state: { gate?: Promise<void>; fail?: boolean } = {};
  const handler: Handler = async (request) => {
    calls.push(request);
    if (state.gate) await state.gate;
    if (state.fail) throw new Error("database unavailable");
    const id = calls.length;
    return {
      status: 201,
      headers: { "content-type": "application/json", location: `/orders/${id}` },
      body: JSON.stringify({ id, received: request.body }),
    } satisfies StoredResponse;
  };
  return { handler, calls, state };
}

async function start(handler: Handler, ttlMs = 60_000, now?: () => number) {
  server = http.createServer(idempotent(handler, { ttlMs, now }));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return (body: string, key?: string, { method = "POST", path = "/orders" } = {}) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: key === undefined ? {} : { "idempotency-key": key },
      body: method === "GET" ? undefined : body,
    });
}

describe("idempotent", () => {
  it("runs the handler for a new key and sends its response", async () => {
    const shop = orders();
    const post = await start(shop.handler);
    const res = await post('{"sku":"apple"}', '"k1"');
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe("/orders/1");
    expect(await res.json()).toEqual({ id: 1, received: '{"sku":"apple"}' });
    expect(res.headers.get("idempotent-replayed")).toBeNull();
    expect(shop.calls).toHaveLength(1);
    expect(shop.calls[0]).toEqual({ method: "POST", url: "/orders", body: '{"sku":"apple"}' });
  });

  it("replays the stored status, headers and body for a retry with the same key, without running the handler", async () => {
    const shop = orders();
    const post = await start(shop.handler);
    const first = await post('{"sku":"apple"}', '"k1"');
    const firstBody = await first.text();
    const retry = await post('{"sku":"apple"}', '"k1"');
    expect(retry.status).toBe(201);
    expect(retry.headers.get("location")).toBe("/orders/1");
    expect(retry.headers.get("content-type")).toBe("application/json");
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.text()).toBe(firstBody);
    expect(shop.calls).toHaveLength(1);
  });

  it("treats different keys as different requests", async () => {
    const shop = orders();
    const post = await start(shop.handler);
    expect(await (await post("{}", '"k1"')).json()).toMatchObject({ id: 1 });
    expect(await (await post("{}", '"k2"')).json()).toMatchObject({ id: 2 });
    expect(shop.calls).toHaveLength(2);
  });

  it("accepts the key quoted, as the draft specifies, or bare, as the same key", async () => {
    const shop = orders();
    const post = await start(shop.handler);
    await (await post("{}", '"8e03978e"')).text();
    const bare = await post("{}", " 8e03978e ");
    await bare.text();
    expect(bare.headers.get("idempotent-replayed")).toBe("true");
    expect(shop.calls).toHaveLength(1);
  });

  it("strips only a pair of surrounding quotes", async () => {
    const shop = orders();
    const post = await start(shop.handler);
    await (await post("{}", "abc")).text();
    for (const key of ['_abc"', '"abc_', '"abc', 'abc"', '"']) {
      const res = await post("{}", key);
      expect(res.status, `Idempotency-Key: ${key}`).toBe(201);
      expect(res.headers.get("idempotent-replayed"), `Idempotency-Key: ${key} is a key of its own`).toBeNull();
      await res.text();
    }
    expect(shop.calls).toHaveLength(6);
  });

  it("answers 400 to a POST without a key, or with an empty one, without running the handler", async () => {
    const shop = orders();
    const post = await start(shop.handler);
    for (const key of [undefined, '""', "  "]) {
      const res = await post("{}", key);
      expect(res.status, `Idempotency-Key: ${JSON.stringify(key)}`).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(await res.json()).toHaveProperty("error");
    }
    expect(shop.calls).toHaveLength(0);
  });

  it("answers 409 to a duplicate that arrives while the first request is still running", async () => {
    const shop = orders();
    let release!: () => void;
    shop.state.gate = new Promise<void>((resolve) => (release = resolve));
    const post = await start(shop.handler);
    const first = post("{}", '"k1"');
    while (shop.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));

    const duplicate = await post("{}", '"k1"');
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toHaveProperty("error");
    expect(shop.calls).toHaveLength(1);

    release();
    expect((await first).status).toBe(201);
    const retry = await post("{}", '"k1"');
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(shop.calls).toHaveLength(1);
  });

  it("answers 422 when a key is reused with a different body or path", async () => {
    const shop = orders();
    const post = await start(shop.handler);
    await (await post('{"sku":"apple"}', '"k1"')).text();
    const otherBody = await post('{"sku":"pear"}', '"k1"');
    expect(otherBody.status).toBe(422);
    expect(await otherBody.json()).toHaveProperty("error");
    const otherPath = await post('{"sku":"apple"}', '"k1"', { path: "/refunds" });
    expect(otherPath.status).toBe(422);
    await otherPath.text();
    expect(shop.calls).toHaveLength(1);
  });

  it("answers 422, not 409, to a different body while the first request is still running", async () => {
    const shop = orders();
    let release!: () => void;
    shop.state.gate = new Promise<void>((resolve) => (release = resolve));
    const post = await start(shop.handler);
    const first = post('{"sku":"apple"}', '"k1"');
    while (shop.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const misuse = await post('{"sku":"pear"}', '"k1"');
    expect(misuse.status).toBe(422);
    await misuse.text();
    release();
    await (await first).text();
  });

  it("does not store a failure: answers 500 and runs the handler again on retry", async () => {
    const shop = orders();
    shop.state.fail = true;
    const post = await start(shop.handler);
    const failed = await post("{}", '"k1"');
    expect(failed.status).toBe(500);
    expect(await failed.json()).toHaveProperty("error");
    shop.state.fail = false;
    const retry = await post("{}", '"k1"');
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBeNull();
    await retry.text();
    expect(shop.calls).toHaveLength(2);
  });

  it("forgets a stored response ttlMs after it was stored", async () => {
    const shop = orders();
    const clock = makeClock(1_000);
    const post = await start(shop.handler, 10_000, clock.now);
    await (await post("{}", '"k1"')).text();
    clock.set(10_999);
    const replay = await post("{}", '"k1"');
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    await replay.text();
    clock.set(11_000);
    const fresh = await post('{"different":"body"}', '"k1"'); // expired: a new key, not a misuse
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get("idempotent-replayed")).toBeNull();
    await fresh.text();
    expect(shop.calls).toHaveLength(2);
  });

  it("passes requests other than POST straight to the handler, keyed or not", async () => {
    const shop = orders();
    const post = await start(shop.handler);
    for (let i = 0; i < 2; i++) {
      const res = await post("", '"k1"', { method: "GET", path: "/orders/1" });
      expect(res.status).toBe(201);
      expect(res.headers.get("idempotent-replayed")).toBeNull();
      await res.text();
    }
    expect(shop.calls.map((c) => c.method)).toEqual(["GET", "GET"]);
  });

  it("answers 500 when the handler fails on a request other than POST", async () => {
    const shop = orders();
    shop.state.fail = true;
    const post = await start(shop.handler);
    const res = await post("", undefined, { method: "GET", path: "/orders/1" });
    expect(res.status).toBe(500);
    expect(await res.json()).toHaveProperty("error");
  });

  it("rejects a ttlMs that is not a positive finite number", () => {
    const shop = orders();
    expect(() => idempotent(shop.handler, { ttlMs: 0 })).toThrow(RangeError);
    expect(() => idempotent(shop.handler, { ttlMs: -1 })).toThrow(RangeError);
    expect(() => idempotent(shop.handler, { ttlMs: Infinity })).toThrow(RangeError);
  });
});
