import http from "node:http";
import net, { type AddressInfo, type Socket } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createGracefulServer, type GracefulServer } from "../../exercises/resilience/graceful-shutdown.ts";

let app: GracefulServer | undefined;
const agents: http.Agent[] = [];

beforeEach(() => {
  // Only the deadline's timer is faked: sockets and Node's own timers stay real.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});

afterEach(async () => {
  vi.useRealTimers();
  for (const agent of agents.splice(0)) agent.destroy();
  if (!app) return;
  const closing = app.server;
  app = undefined;
  closing.closeAllConnections();
  if (closing.listening) await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/** A server whose /slow requests wait until the test releases them. */
async function start(deadlineMs = 10_000) {
  const waiting: (() => void)[] = [];
  const handler: http.RequestListener = (req, res) => {
    if (req.url === "/slow") {
      waiting.push(() => res.end("slow done"));
      return;
    }
    if (req.url === "/stream") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.write("partial ");
      waiting.push(() => res.end("rest"));
      return;
    }
    res.end("hello");
  };
  app = createGracefulServer(handler, { deadlineMs });
  await new Promise<void>((resolve) => app!.server.listen(0, "127.0.0.1", resolve));
  const { port } = app.server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  agents.push(agent);
  const get = (path: string, via = agent) =>
    new Promise<{ status: number; body: string; connection?: string; contentType?: string; socket: Socket }>((resolve, reject) => {
      const req = http.get({ host: "127.0.0.1", port, path, agent: via }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body, connection: res.headers.connection, contentType: res.headers["content-type"], socket: req.socket! }));
      });
      req.on("error", reject);
    });
  const released = async () => {
    while (waiting.length === 0) await new Promise((resolve) => setImmediate(resolve));
    return waiting;
  };
  return { app, get, released, port };
}

function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T } = { settled: false };
  promise.then((value) => Object.assign(state, { settled: true, value }));
  return state;
}

/** Lets real I/O callbacks run (fake timers leave setImmediate alone). */
async function ioTurns(n = 10) {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe("createGracefulServer", () => {
  it("serves requests and answers /readyz with 200 while running", async () => {
    const { app, get } = await start();
    expect(app.ready).toBe(true);
    expect((await get("/")).body).toBe("hello");
    const ready = await get("/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body).toBe("ready");
    expect(ready.contentType).toBe("text/plain");
  });

  it("is not ready before the server listens", () => {
    app = createGracefulServer((_req, res) => res.end(), { deadlineMs: 1_000 });
    expect(app.ready).toBe(false);
  });

  it("passes requests other than GET /readyz to the handler", async () => {
    const handler: http.RequestListener = (req, res) => res.end(`handler saw ${req.method} ${req.url}`);
    app = createGracefulServer(handler, { deadlineMs: 1_000 });
    await new Promise<void>((resolve) => app!.server.listen(0, "127.0.0.1", resolve));
    const { port } = app.server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/readyz`, { method: "POST" });
    expect(await res.text()).toBe("handler saw POST /readyz");
  });

  it("turns readiness false the moment shutdown begins", async () => {
    const { app } = await start();
    const done = app.shutdown();
    expect(app.ready).toBe(false);
    await expect(done).resolves.toEqual({ forced: false });
  });

  it("answers /readyz with 503 once shutdown has begun", async () => {
    const { app, port } = await start();
    const socket = net.connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    let raw = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => (raw += chunk));
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.write("GET /readyz HTTP/1.1\r\nHost: localhost\r\n"); // headers not finished yet
    await ioTurns();
    const done = app.shutdown();
    socket.write("\r\n");
    await closed;
    expect(raw).toMatch(/^HTTP\/1\.1 503 /);
    expect(raw).toMatch(/\r\nconnection: close\r\n/i);
    expect(raw).toContain("shutting down");
    await expect(done).resolves.toEqual({ forced: false });
  });

  it("lets a request in flight finish, then resolves with forced: false", async () => {
    const { app, get, released } = await start();
    const slow = get("/slow");
    const waiting = await released();
    const shutdown = app.shutdown();
    const done = track(shutdown);
    await ioTurns();
    expect(done.settled).toBe(false);
    waiting[0]();
    expect((await slow).body).toBe("slow done");
    await expect(shutdown).resolves.toEqual({ forced: false });
  });

  it("refuses new connections once shutdown has begun", async () => {
    const { app, get, released } = await start();
    const slow = get("/slow");
    const waiting = await released();
    const done = app.shutdown();
    const other = new http.Agent();
    agents.push(other);
    await expect(get("/", other)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    waiting[0]();
    await slow;
    await done;
  });

  it("closes idle keep-alive connections at once instead of waiting for them", async () => {
    const { app, get } = await start();
    const first = await get("/");
    expect(first.connection).toBe("keep-alive");
    const clientClosed = new Promise<void>((resolve) => first.socket.once("close", () => resolve()));
    await expect(app.shutdown()).resolves.toEqual({ forced: false });
    await clientClosed;
  });

  it("sends Connection: close on a response in flight, so its keep-alive connection closes after it", async () => {
    const { app, get, released } = await start();
    await get("/"); // the connection is now a kept-alive one
    const slow = get("/slow");
    const waiting = await released();
    const done = app.shutdown();
    waiting[0]();
    const response = await slow;
    expect(response.body).toBe("slow done");
    expect(response.connection).toBe("close");
    await expect(done).resolves.toEqual({ forced: false });
  });

  it("leaves no timer pending after a clean shutdown", async () => {
    const { app, get, released } = await start();
    const slow = get("/slow");
    const waiting = await released();
    const done = app.shutdown();
    expect(vi.getTimerCount()).toBe(1);
    waiting[0]();
    await slow;
    await done;
    expect(vi.getTimerCount()).toBe(0);
  });

  it("force-closes the connections still open at the deadline and resolves with forced: true", async () => {
    const { app, get, released } = await start(5_000);
    const hung = get("/slow");
    hung.catch(() => {});
    await released();
    const shutdown = app.shutdown();
    const done = track(shutdown);
    await vi.advanceTimersByTimeAsync(4_999);
    await ioTurns();
    expect(done.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(hung).rejects.toThrow(); // the client's socket was cut
    await expect(shutdown).resolves.toEqual({ forced: true });
    expect(app.server.listening).toBe(false);
  });

  it("copes with a response whose headers were already sent, and the deadline still ends it", async () => {
    const { app, get, released } = await start(1_000);
    const streaming = get("/stream");
    streaming.catch(() => {});
    await released();
    const shutdown = app.shutdown();
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(shutdown).resolves.toEqual({ forced: true });
  });

  it("returns the same promise when shutdown is called twice", async () => {
    const { app } = await start();
    const first = app.shutdown();
    expect(app.shutdown()).toBe(first);
    await first;
  });

  it("rejects a deadlineMs that is not a positive finite number", () => {
    const handler: http.RequestListener = (_req, res) => res.end();
    expect(() => createGracefulServer(handler, { deadlineMs: 0 })).toThrow(RangeError);
    expect(() => createGracefulServer(handler, { deadlineMs: -1 })).toThrow(RangeError);
    expect(() => createGracefulServer(handler, { deadlineMs: Number.NaN })).toThrow(RangeError);
  });
});
