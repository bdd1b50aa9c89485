import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRouter, type Router } from "../../exercises/http-apis/router.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

async function start(router: Router) {
  server = http.createServer((req, res) => router.handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Sends `rawPath` exactly as written (fetch would normalise or re-encode it). */
function rawRequest(base: string, method: string, rawPath: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: rawPath }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const json = (res: http.ServerResponse, body: unknown) => {
  res.setHeader("Content-Type", "application/json");
  res.end(JSON.stringify(body));
};

describe("createRouter", () => {
  it("dispatches by method and path and passes :params to the handler", async () => {
    const router = createRouter()
      .add("GET", "/users/:id", (_req, res, params) => json(res, { route: "get user", params }))
      .add("GET", "/users/:id/orders/:orderId", (_req, res, params) => json(res, { route: "get order", params }))
      .add("POST", "/users", (_req, res) => json(res, { route: "create user" }));
    const base = await start(router);

    const user = await fetch(`${base}/users/42`);
    expect(user.status).toBe(200);
    expect(await user.json()).toEqual({ route: "get user", params: { id: "42" } });
    const order = await fetch(`${base}/users/42/orders/7`);
    expect(await order.json()).toEqual({ route: "get order", params: { id: "42", orderId: "7" } });
    const created = await fetch(`${base}/users`, { method: "POST" });
    expect(await created.json()).toEqual({ route: "create user" });
  });

  it("ignores the query string when matching", async () => {
    const base = await start(createRouter().add("GET", "/search", (_req, res) => json(res, { ok: true })));
    const res = await fetch(`${base}/search?q=shoes&page=2`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("tries routes in the order they were added", async () => {
    const router = createRouter()
      .add("GET", "/users/me", (_req, res) => json(res, { route: "me" }))
      .add("GET", "/users/:id", (_req, res, params) => json(res, { route: "by id", id: params.id }));
    const base = await start(router);
    expect(await (await fetch(`${base}/users/me`)).json()).toEqual({ route: "me" });
    expect(await (await fetch(`${base}/users/9`)).json()).toEqual({ route: "by id", id: "9" });
  });

  it("answers 404 with a JSON error when no route matches the path", async () => {
    const base = await start(createRouter().add("GET", "/users/:id", (_req, res) => json(res, {})));
    for (const path of ["/nope", "/users", "/users/1/extra"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/json");
      expect(await res.json()).toEqual({ error: "Not Found" });
    }
  });

  it("answers 405 with an Allow header listing every method of the path, sorted, HEAD included with GET", async () => {
    const router = createRouter()
      .add("GET", "/items/:id", (_req, res) => json(res, {}))
      .add("PUT", "/items/:id", (_req, res) => json(res, {}))
      .add("DELETE", "/items/:itemId", (_req, res) => json(res, {}))
      .add("POST", "/items", (_req, res) => json(res, {}));
    const base = await start(router);
    const res = await fetch(`${base}/items/3`, { method: "PATCH" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("DELETE, GET, HEAD, PUT");
    expect(await res.json()).toEqual({ error: "Method Not Allowed" });
  });

  it("lists HEAD in Allow only where a GET route exists", async () => {
    const router = createRouter()
      .add("POST", "/uploads", (_req, res) => json(res, {}))
      .add("PUT", "/uploads", (_req, res) => json(res, {}));
    const base = await start(router);
    const res = await fetch(`${base}/uploads`, { method: "GET" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST, PUT");
  });

  it("answers HEAD with the GET handler's status and headers but no body", async () => {
    const router = createRouter().add("GET", "/report", (_req, res) => {
      res.setHeader("X-Report-Version", "3");
      json(res, { big: "report" });
    });
    const base = await start(router);
    const res = await fetch(`${base}/report`, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-report-version")).toBe("3");
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.text()).toBe("");
  });

  it("answers HEAD from the GET route even when another method's route for the path comes first", async () => {
    const router = createRouter()
      .add("POST", "/report", (_req, res) => {
        res.setHeader("X-From", "POST");
        res.end();
      })
      .add("GET", "/report", (_req, res) => {
        res.setHeader("X-From", "GET");
        res.end("report");
      });
    const base = await start(router);
    const res = await fetch(`${base}/report`, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-from")).toBe("GET");
  });

  it("prefers an explicit HEAD route over the GET handler", async () => {
    const router = createRouter()
      .add("GET", "/file", (_req, res) => json(res, { from: "GET" }))
      .add("HEAD", "/file", (_req, res) => {
        res.setHeader("X-From", "HEAD");
        res.end();
      });
    const base = await start(router);
    const res = await fetch(`${base}/file`, { method: "HEAD" });
    expect(res.headers.get("x-from")).toBe("HEAD");
  });

  it("treats a trailing slash as a different path", async () => {
    const base = await start(createRouter().add("GET", "/users", (_req, res) => json(res, { ok: true })));
    expect((await fetch(`${base}/users`)).status).toBe(200);
    expect((await fetch(`${base}/users/`)).status).toBe(404);
  });

  it("percent-decodes each segment after splitting, so an encoded slash stays inside its param", async () => {
    const router = createRouter()
      .add("GET", "/files/:name", (_req, res, params) => json(res, params))
      .add("GET", "/café", (_req, res) => json(res, { literal: true }));
    const base = await start(router);
    expect(await (await fetch(`${base}/files/summer%20photos`)).json()).toEqual({ name: "summer photos" });
    expect(await (await fetch(`${base}/files/a%2Fb`)).json()).toEqual({ name: "a/b" });
    expect(await (await fetch(`${base}/caf%C3%A9`)).json()).toEqual({ literal: true });
  });

  it("does not let a :param match an empty segment", async () => {
    const base = await start(createRouter().add("GET", "/users/:id/orders", (_req, res) => json(res, {})));
    const res = await rawRequest(base, "GET", "/users//orders");
    expect(res.status).toBe(404);
  });

  it("answers 400 for a malformed percent-encoding", async () => {
    const base = await start(createRouter().add("GET", "/files/:name", (_req, res) => json(res, {})));
    const res = await rawRequest(base, "GET", "/files/%E0%A4%A");
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ error: "Bad Request" });
  });

  it("answers 500 when a handler throws or rejects", async () => {
    const router = createRouter()
      .add("GET", "/sync", () => {
        throw new Error("boom");
      })
      .add("GET", "/async", async () => {
        await Promise.resolve();
        throw new Error("boom");
      });
    const base = await start(router);
    for (const path of ["/sync", "/async"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(500);
      expect(await res.json()).toEqual({ error: "Internal Server Error" });
    }
  });

  it("destroys the response when a handler fails after it has sent headers", async () => {
    const router = createRouter().add("GET", "/stream", async (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.write("first half…");
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error("lost the database halfway");
    });
    const base = await start(router);
    const res = await fetch(`${base}/stream`);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it("refuses a pattern that does not start with a slash", () => {
    const router = createRouter();
    expect(() => router.add("GET", "users/:id", () => {})).toThrow(Error);
  });
});
