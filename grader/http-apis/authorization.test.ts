import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ordersApi, type Order, type User } from "../../exercises/http-apis/authorization.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

function fixtures() {
  const sessions = new Map<string, User>([
    ["tok-alice", { id: "alice", role: "customer" }],
    ["tok-bob", { id: "bob", role: "customer" }],
    ["tok-sam", { id: "sam", role: "support" }],
    ["tok-ada", { id: "ada", role: "admin" }],
  ]);
  const orders = new Map<string, Order>([
    ["o-1", { id: "o-1", ownerId: "alice", total: 120 }],
    ["o-2", { id: "o-2", ownerId: "bob", total: 75 }],
    ["o-3", { id: "o-3", ownerId: "alice", total: 9 }],
  ]);
  return { sessions, orders };
}

async function start() {
  const { sessions, orders } = fixtures();
  server = http.createServer(ordersApi({ sessions, orders }));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const call = async (method: string, path: string, token?: string, authorization = token && `Bearer ${token}`) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: authorization ? { Authorization: authorization } : {} });
    const text = await res.text();
    return { status: res.status, text, body: text ? JSON.parse(text) : undefined, wwwAuthenticate: res.headers.get("www-authenticate"), contentType: res.headers.get("content-type") };
  };
  return { call, orders };
}

describe("ordersApi", () => {
  it("lets a customer read their own order", async () => {
    const { call } = await start();
    const res = await call("GET", "/orders/o-1", "tok-alice");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: "o-1", ownerId: "alice", total: 120 });
  });

  it("lists only the caller's own orders, and every order for staff", async () => {
    const { call } = await start();
    expect((await call("GET", "/orders", "tok-alice")).body).toEqual({
      orders: [
        { id: "o-1", ownerId: "alice", total: 120 },
        { id: "o-3", ownerId: "alice", total: 9 },
      ],
    });
    expect((await call("GET", "/orders", "tok-bob")).body.orders.map((o: Order) => o.id)).toEqual(["o-2"]);
    expect((await call("GET", "/orders", "tok-sam")).body.orders.map((o: Order) => o.id)).toEqual(["o-1", "o-2", "o-3"]);
  });

  it("answers 401 with a Bearer challenge and no error code when there are no credentials", async () => {
    const { call } = await start();
    for (const authorization of [undefined, "Basic YWxpY2U6cGFzcw==", "Bearer", "NotBearer tok-alice", "Bearer tok-alice extra"]) {
      const res = await call("GET", "/orders/o-1", undefined, authorization);
      expect(res.status, String(authorization)).toBe(401);
      expect(res.wwwAuthenticate).toBe('Bearer realm="orders"');
      expect(res.body).toEqual({ error: "Unauthorized" });
    }
  });

  it("answers 401 with error=\"invalid_token\" for a token no session has", async () => {
    const { call } = await start();
    const res = await call("GET", "/orders/o-1", "tok-stolen-and-revoked");
    expect(res.status).toBe(401);
    expect(res.wwwAuthenticate).toBe('Bearer realm="orders", error="invalid_token"');
    expect(res.body).toEqual({ error: "Unauthorized" });
    expect(res.contentType).toBe("application/json");
  });

  it("authenticates before anything else, even on unknown paths", async () => {
    const { call } = await start();
    expect((await call("GET", "/admin/secrets")).status).toBe(401);
    expect((await call("GET", "/admin/secrets", "tok-alice")).status).toBe(404);
  });

  it("answers 404 for other paths and methods, and never mistakes them for /orders routes", async () => {
    const { call, orders } = await start();
    const notFound = await call("GET", "/customers", "tok-ada");
    expect(notFound.status).toBe(404);
    expect(notFound.body).toEqual({ error: "Not Found" });
    expect(notFound.contentType).toBe("application/json");
    expect((await call("DELETE", "/orders", "tok-ada")).status).toBe(404);
    expect((await call("GET", "/orders/o-1/extra", "tok-alice")).status).toBe(404);
    expect((await call("PUT", "/orders/o-1", "tok-ada")).status).toBe(404);
    expect((await call("DELETE", "/archive/o-1", "tok-ada")).status).toBe(404);
    expect(orders.has("o-1")).toBe(true);
  });

  it("matches the Bearer scheme case-insensitively", async () => {
    const { call } = await start();
    expect((await call("GET", "/orders/o-1", undefined, "bearer tok-alice")).status).toBe(200);
    expect((await call("GET", "/orders/o-1", undefined, "BEARER tok-alice")).status).toBe(200);
    expect((await call("GET", "/orders/o-1", undefined, "Bearer   tok-alice")).status).toBe(200);
  });

  it("answers another customer's order exactly like a missing one: 404, same body (no IDOR)", async () => {
    const { call } = await start();
    const someoneElses = await call("GET", "/orders/o-2", "tok-alice");
    const missing = await call("GET", "/orders/o-999", "tok-alice");
    expect(someoneElses.status).toBe(404);
    expect(someoneElses.text).toBe(missing.text);
    expect(someoneElses.text).not.toContain("bob");
  });

  it("lets support staff read any order", async () => {
    const { call } = await start();
    expect((await call("GET", "/orders/o-2", "tok-sam")).body).toEqual({ id: "o-2", ownerId: "bob", total: 75 });
    expect((await call("GET", "/orders/o-1", "tok-ada")).status).toBe(200);
  });

  it("answers 403, not 401, when an authenticated user's role may not delete — even their own order", async () => {
    const { call, orders } = await start();
    for (const token of ["tok-alice", "tok-sam"]) {
      const res = await call("DELETE", "/orders/o-1", token);
      expect(res.status, token).toBe(403);
      expect(res.body).toEqual({ error: "Forbidden" });
      expect(res.wwwAuthenticate).toBeNull();
    }
    expect(orders.has("o-1")).toBe(true);
  });

  it("checks the role before the order, so a 403 does not reveal whether an order exists", async () => {
    const { call } = await start();
    const existing = await call("DELETE", "/orders/o-2", "tok-alice");
    const missing = await call("DELETE", "/orders/o-999", "tok-alice");
    expect(existing.status).toBe(403);
    expect(missing.status).toBe(403);
    expect(missing.text).toBe(existing.text);
  });

  it("lets an admin delete an order (204, no body, no Content-Type), and answers 404 for one that does not exist", async () => {
    const { call, orders } = await start();
    const res = await call("DELETE", "/orders/o-2", "tok-ada");
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect(res.contentType).toBeNull();
    expect(orders.has("o-2")).toBe(false);
    expect((await call("DELETE", "/orders/o-2", "tok-ada")).status).toBe(404);
    expect((await call("GET", "/orders/o-2", "tok-bob")).status).toBe(404);
  });
});
