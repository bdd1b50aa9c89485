import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hostileInputApp, type HostileInputOptions } from "../../exercises/http-apis/hostile-input.ts";

let server: http.Server | undefined;
let tmp: string | undefined;

afterEach(async () => {
  // Undo any pollution a wrong solution caused, so it cannot leak into other tests.
  for (const key of ["polluted", "isAdmin"]) delete (Object.prototype as Record<string, unknown>)[key];
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  tmp = undefined;
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/** tmp/public holds the served files; tmp/secret.txt and tmp/public-secrets/ sit outside it. */
function makeTree() {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-input-"));
  const publicDir = path.join(tmp, "public");
  fs.mkdirSync(path.join(publicDir, "css"), { recursive: true });
  fs.writeFileSync(path.join(publicDir, "hello.txt"), "hello, world");
  fs.writeFileSync(path.join(publicDir, "css", "site.css"), "body { margin: 0 }");
  fs.writeFileSync(path.join(publicDir, "two words.txt"), "spaced");
  fs.writeFileSync(path.join(tmp, "secret.txt"), "TOP SECRET");
  fs.mkdirSync(path.join(tmp, "public-secrets"));
  fs.writeFileSync(path.join(tmp, "public-secrets", "key.txt"), "TOP SECRET KEY");
  return { publicDir, secretPath: path.join(tmp, "secret.txt") };
}

interface Started {
  port: number;
  /** socket.bytesRead when each response finished, in order. */
  bytesReadAtFinish: number[];
  /** req.listenerCount("data") and req.isPaused() when each response finished, in order. */
  readingAtFinish: { dataListeners: number; paused: boolean }[];
  /** Resolves with the next request the server receives. */
  nextRequest: () => Promise<http.IncomingMessage>;
}

async function start(overrides: Partial<HostileInputOptions> = {}): Promise<Started & { publicDir: string; secretPath: string }> {
  const tree = makeTree();
  const app = hostileInputApp({ publicDir: tree.publicDir, bodyLimitBytes: 1024, settings: { theme: "light", notifications: { email: true, sms: false } }, ...overrides });
  const bytesReadAtFinish: number[] = [];
  const readingAtFinish: Started["readingAtFinish"] = [];
  const waiting: ((req: http.IncomingMessage) => void)[] = [];
  server = http.createServer((req, res) => {
    res.on("finish", () => {
      bytesReadAtFinish.push(req.socket.bytesRead);
      readingAtFinish.push({ dataListeners: req.listenerCount("data"), paused: req.isPaused() });
    });
    waiting.shift()?.(req);
    app(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const nextRequest = () => new Promise<http.IncomingMessage>((resolve) => waiting.push(resolve));
  return { ...tree, port: (server.address() as AddressInfo).port, bytesReadAtFinish, readingAtFinish, nextRequest };
}

const postSettings = (port: number, body: string, contentType = "application/json") =>
  fetch(`http://127.0.0.1:${port}/settings`, { method: "POST", headers: { "Content-Type": contentType }, body });

/** GET with the path sent byte for byte (fetch would resolve "..", "%2e%2e" and friends itself). */
function rawGet(port: number, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method: "GET", path: rawPath }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Streams up to `total` bytes of chunked JSON-ish body, respecting backpressure, until the server
 * answers. Resolves with the status and how many bytes the client had written by then.
 */
function streamBody(port: number, total: number, headers: Record<string, string> = {}): Promise<{ status: number; written: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/settings", headers: { "Content-Type": "application/json", ...headers } });
    req.on("response", (res) => {
      answered = true;
      const result = { status: res.statusCode ?? 0, written, connection: res.headers.connection };
      res.resume();
      res.on("end", () => {
        req.destroy();
        resolve(result);
      });
    });
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe("POST /settings", () => {
  it("deep-merges a JSON object into the settings and answers the result", async () => {
    const { port } = await start();
    const res = await postSettings(port, JSON.stringify({ theme: "dark", notifications: { sms: true } }), "application/json ; charset=utf-8");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ theme: "dark", notifications: { email: true, sms: true } });
    const again = await postSettings(port, JSON.stringify({ language: "nl" }));
    expect(await again.json()).toEqual({ theme: "dark", notifications: { email: true, sms: true }, language: "nl" });
  });

  it("works on its own copy of the initial settings, leaving the caller's object untouched", async () => {
    const initial = { theme: "light", notifications: { email: true } };
    const { port } = await start({ settings: initial });
    await postSettings(port, JSON.stringify({ theme: "dark", notifications: { email: false } }));
    expect(initial).toEqual({ theme: "light", notifications: { email: true } });
  });

  it("replaces arrays and scalars instead of merging into them", async () => {
    const { port } = await start({ settings: { tags: ["a", "b"], notifications: { email: true } } });
    const res = await postSettings(port, JSON.stringify({ tags: ["c"], notifications: "off" }));
    expect(await res.json()).toEqual({ tags: ["c"], notifications: "off" });
  });

  it("does not pollute Object.prototype through __proto__, at the top or nested", async () => {
    const { port } = await start();
    for (const body of ['{"__proto__": {"polluted": "yes"}}', '{"notifications": {"__proto__": {"polluted": "yes"}}}', '{"fresh": {"__proto__": {"isAdmin": true}}}']) {
      const res = await postSettings(port, body);
      expect(res.status, body).toBe(200);
      expect(({} as Record<string, unknown>).polluted, body).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin, body).toBeUndefined();
    }
  });

  it("does not pollute Object.prototype through constructor.prototype", async () => {
    const { port } = await start();
    const res = await postSettings(port, '{"constructor": {"prototype": {"polluted": "yes"}}, "theme": "dark"}');
    expect(res.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await res.json()).toEqual({ theme: "dark", notifications: { email: true, sms: false } });
  });

  it("drops __proto__, constructor and prototype keys at any depth and keeps the rest", async () => {
    const { port } = await start();
    const res = await postSettings(port, '{"a": {"prototype": 1, "b": {"constructor": 2, "c": 3}}, "__proto__": {"x": 1}}');
    const settings = await res.json();
    expect(settings).toEqual({ theme: "light", notifications: { email: true, sms: false }, a: { b: { c: 3 } } });
  });

  it("answers 415 for a non-JSON Content-Type and 400 for malformed JSON or a non-object", async () => {
    const { port } = await start();
    const form = await postSettings(port, "theme=dark", "application/x-www-form-urlencoded");
    expect(form.status).toBe(415);
    expect(form.headers.get("content-type")).toBe("application/json");
    expect(form.headers.get("connection")).toBe("close");
    const untyped = await fetch(`http://127.0.0.1:${port}/settings`, { method: "POST", body: new TextEncoder().encode("{}") });
    expect(untyped.status).toBe(415);
    for (const body of ['{"theme": ', "[1, 2]", '"dark"', "null"]) {
      const res = await postSettings(port, body);
      expect(res.status, body).toBe(400);
      expect(await res.json()).toEqual({ error: expect.any(String) });
    }
  });

  it("accepts a body of exactly bodyLimitBytes and refuses one byte more with 413", async () => {
    const { port } = await start({ bodyLimitBytes: 64 });
    const fits = JSON.stringify({ note: "x".repeat(64 - '{"note":""}'.length) });
    expect(Buffer.byteLength(fits)).toBe(64);
    expect((await postSettings(port, fits)).status).toBe(200);
    const tooBig = JSON.stringify({ note: "x".repeat(65 - '{"note":""}'.length) });
    const res = await postSettings(port, tooBig);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: expect.any(String) });
  });

  it("answers 413 from Content-Length alone, before the body arrives, and closes the connection", async () => {
    const { port } = await start();
    const result = await new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/settings", headers: { "Content-Type": "application/json", "Content-Length": "10000000" } });
      req.on("response", (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
        req.destroy();
      });
      req.on("error", reject);
      req.write('{"theme": "'); // …and never the other 9 999 989 bytes
    });
    expect(result).toEqual({ status: 413, connection: "close" });
  });

  it("answers 413 while a chunked body is still streaming, without reading the rest of it", async () => {
    const { port, bytesReadAtFinish, readingAtFinish } = await start();
    const result = await streamBody(port, 4 * 1024 * 1024);
    expect(result.status).toBe(413);
    expect(result.connection).toBe("close");
    // The server stopped at the limit: it had read a few chunks at most, not the 4 MiB on offer.
    expect(bytesReadAtFinish[0]).toBeLessThan(512 * 1024);
    // …and stopped listening: no 'data' listener left on the request, which is paused.
    expect(readingAtFinish[0]).toEqual({ dataListeners: 0, paused: true });
  });

  it("survives a client that hangs up in the middle of its body, and serves the next request", async () => {
    const { port, nextRequest } = await start();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => void unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const arrived = nextRequest();
      const client = http.request({ host: "127.0.0.1", port, method: "POST", path: "/settings", headers: { "Content-Type": "application/json" } });
      client.on("error", () => {});
      client.write('{"theme": ');
      const req = await arrived;
      const closed = new Promise<void>((resolve) => req.once("close", () => resolve()));
      client.destroy();
      await closed;
      // Let the app's handling of the request's 'error' run to its end.
      await new Promise<void>((resolve) => setImmediate(resolve));
      await new Promise<void>((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
      const res = await postSettings(port, JSON.stringify({ theme: "dark" }));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ theme: "dark", notifications: { email: true, sms: false } });
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});

describe("other requests", () => {
  it("answers 404 for any other method or path", async () => {
    const { port } = await start();
    expect((await fetch(`http://127.0.0.1:${port}/settings`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/static/hello.txt`, { method: "POST", body: "x" })).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/hello.txt`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/static-hello.txt`)).status).toBe(404);
  });
});

describe("GET /static/*", () => {
  it("serves files from the public directory, subdirectories and percent-encoded names included", async () => {
    const { port } = await start();
    const hello = await fetch(`http://127.0.0.1:${port}/static/hello.txt`);
    expect(hello.headers.get("content-type")).toBe("application/octet-stream");
    expect(await rawGet(port, "/static/hello.txt")).toEqual({ status: 200, body: "hello, world" });
    expect(await rawGet(port, "/static/css/site.css")).toEqual({ status: 200, body: "body { margin: 0 }" });
    expect(await rawGet(port, "/static/two%20words.txt")).toEqual({ status: 200, body: "spaced" });
    expect(await rawGet(port, "/static/css/../hello.txt")).toEqual({ status: 200, body: "hello, world" });
  });

  it("answers 404 for a missing file or a directory", async () => {
    const { port } = await start();
    expect((await rawGet(port, "/static/nope.txt")).status).toBe(404);
    expect((await rawGet(port, "/static/css")).status).toBe(404);
  });

  it("refuses ../ traversal out of the directory with 403, whatever the spelling", async () => {
    const { port } = await start();
    for (const rawPath of ["/static/../secret.txt", "/static/css/../../secret.txt", "/static/%2e%2e/secret.txt", "/static/%2E%2E%2Fsecret.txt", "/static/..%2fsecret.txt"]) {
      const res = await rawGet(port, rawPath);
      expect(res.status, rawPath).toBe(403);
      expect(res.body, rawPath).not.toContain("TOP SECRET");
    }
  });

  it("refuses an absolute path, encoded or doubled-slash, with 403", async () => {
    const { port, secretPath } = await start();
    // secretPath starts with "/", so the second one reads /static//tmp/…/secret.txt.
    for (const rawPath of [`/static/${encodeURIComponent(secretPath)}`, `/static/${secretPath}`]) {
      const res = await rawGet(port, rawPath);
      expect(res.status, rawPath).toBe(403);
      expect(res.body, rawPath).not.toContain("TOP SECRET");
    }
  });

  it("refuses a sibling directory that merely starts with the same name", async () => {
    const { port } = await start();
    const res = await rawGet(port, "/static/../public-secrets/key.txt");
    expect(res.status).toBe(403);
    expect(res.body).not.toContain("TOP SECRET");
  });

  it("answers 400 for a NUL byte or a malformed percent-encoding", async () => {
    const { port } = await start();
    expect((await rawGet(port, "/static/hello.txt%00.png")).status).toBe(400);
    expect((await rawGet(port, "/static/%E0%A4%A")).status).toBe(400);
  });
});
