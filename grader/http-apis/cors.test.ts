import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cors, type CorsOptions } from "../../exercises/http-apis/cors.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

const APP = "https://app.example.com";
const ADMIN = "https://admin.example.com";

function options(overrides: Partial<CorsOptions> = {}): CorsOptions {
  return { origins: [APP, ADMIN], methods: ["GET", "POST", "DELETE"], allowedHeaders: ["Content-Type", "Authorization"], ...overrides };
}

/** Runs the middleware in front of a handler that answers 200 "handled"; `before` plays an outer middleware. */
async function start(opts: CorsOptions, before?: (res: http.ServerResponse) => void) {
  const middleware = cors(opts);
  const handled = { count: 0 };
  server = http.createServer((req, res) => {
    before?.(res);
    middleware(req, res, () => {
      handled.count++;
      res.end("handled");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const send = async (method: string, headers: Record<string, string>) => {
    const res = await fetch(`http://127.0.0.1:${port}/api/orders`, { method, headers });
    return { status: res.status, headers: res.headers, body: await res.text() };
  };
  return { send, handled };
}

const corsHeaders = (headers: Headers) => [...headers.keys()].filter((name) => name.startsWith("access-control-"));

const preflight = (origin: string, method: string, requestHeaders?: string) => ({
  Origin: origin,
  "Access-Control-Request-Method": method,
  ...(requestHeaders === undefined ? {} : { "Access-Control-Request-Headers": requestHeaders }),
});

describe("cors", () => {
  it("echoes an allowed origin on an actual request and lets the handler answer", async () => {
    const { send, handled } = await start(options());
    const res = await send("GET", { Origin: APP });
    expect(res.status).toBe(200);
    expect(res.body).toBe("handled");
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
    expect(res.headers.get("vary")).toBe("Origin");
    expect(res.headers.get("access-control-expose-headers")).toBeNull();
    expect(handled.count).toBe(1);
  });

  it("answers a preflight with 204, the allowed methods and headers and max-age, without calling the handler", async () => {
    const { send, handled } = await start(options({ maxAgeSeconds: 7200 }));
    const res = await send("OPTIONS", preflight(ADMIN, "DELETE", "Authorization"));
    expect(res.status).toBe(204);
    expect(res.body).toBe("");
    expect(res.headers.get("access-control-allow-origin")).toBe(ADMIN);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, POST, DELETE");
    expect(res.headers.get("access-control-allow-headers")).toBe("Content-Type, Authorization");
    expect(res.headers.get("access-control-max-age")).toBe("7200");
    expect(res.headers.get("vary")).toBe("Origin");
    expect(handled.count).toBe(0);
  });

  it("uses a max-age of 600 seconds by default", async () => {
    const { send } = await start(options());
    const res = await send("OPTIONS", preflight(APP, "POST"));
    expect(res.headers.get("access-control-max-age")).toBe("600");
  });

  it("matches requested headers case-insensitively, with or without spaces", async () => {
    const { send } = await start(options());
    const res = await send("OPTIONS", preflight(APP, "POST", "content-type,AUTHORIZATION , Content-Type"));
    expect(res.status).toBe(204);
  });

  it("refuses a preflight for a method, a header or an origin that is not allowed: 403 and no CORS headers", async () => {
    const { send, handled } = await start(options());
    for (const headers of [preflight(APP, "PUT"), preflight(APP, "post"), preflight(APP, "POST", "Content-Type, X-Debug"), preflight("https://evil.example", "GET")]) {
      const res = await send("OPTIONS", headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(corsHeaders(res.headers), JSON.stringify(headers)).toEqual([]);
      expect(res.headers.get("vary")).toBe("Origin");
    }
    expect(handled.count).toBe(0);
  });

  it("sends no CORS headers for an origin not on the list, however close it looks, but still runs the handler", async () => {
    const { send, handled } = await start(options());
    const lookalikes = ["https://app.example.com.evil.net", "http://app.example.com", "https://evil-app.example.com", "https://app.example.com:8443", "https://APP.example.com", "null"];
    for (const origin of lookalikes) {
      const res = await send("GET", { Origin: origin });
      expect(res.status, origin).toBe(200);
      expect(corsHeaders(res.headers), origin).toEqual([]);
      expect(res.headers.get("vary"), origin).toBe("Origin");
    }
    expect(handled.count).toBe(lookalikes.length);
  });

  it("adds Vary: Origin even to requests without an Origin, so a cache never serves them to a CORS request", async () => {
    const { send } = await start(options());
    const res = await send("GET", {});
    expect(res.status).toBe(200);
    expect(corsHeaders(res.headers)).toEqual([]);
    expect(res.headers.get("vary")).toBe("Origin");
  });

  it("keeps a Vary value set before it and appends Origin", async () => {
    const { send } = await start(options(), (res) => res.setHeader("Vary", "Accept-Encoding"));
    expect((await send("GET", { Origin: APP })).headers.get("vary")).toBe("Accept-Encoding, Origin");
  });

  it("does not list Origin twice when Vary already has it", async () => {
    const { send } = await start(options(), (res) => res.setHeader("Vary", "Accept-Encoding, origin"));
    expect((await send("GET", { Origin: APP })).headers.get("vary")).toBe("Accept-Encoding, origin");
  });

  it("with credentials, echoes the origin and sends Access-Control-Allow-Credentials: true, on preflights too", async () => {
    const { send } = await start(options({ credentials: true }));
    const actual = await send("GET", { Origin: APP, Cookie: "session=abc" });
    expect(actual.headers.get("access-control-allow-origin")).toBe(APP);
    expect(actual.headers.get("access-control-allow-credentials")).toBe("true");
    const pre = await send("OPTIONS", preflight(APP, "POST", "Content-Type"));
    expect(pre.headers.get("access-control-allow-origin")).toBe(APP);
    expect(pre.headers.get("access-control-allow-credentials")).toBe("true");
  });

  it("sends no Access-Control-Allow-Credentials when credentials are off", async () => {
    const { send } = await start(options());
    expect((await send("GET", { Origin: APP })).headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("answers any origin with * when origins is \"*\" and refuses to combine \"*\" with credentials", async () => {
    const { send } = await start(options({ origins: "*" }));
    const res = await send("GET", { Origin: "https://anyone.example" });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const pre = await send("OPTIONS", preflight("https://anyone.example", "GET"));
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect((await send("GET", {})).headers.get("access-control-allow-origin")).toBeNull();
    expect(() => cors(options({ origins: "*", credentials: true }))).toThrow(TypeError);
  });

  it("exposes the listed response headers on actual requests from allowed origins", async () => {
    const { send } = await start(options({ exposedHeaders: ["X-Request-Id", "RateLimit-Remaining"] }));
    expect((await send("GET", { Origin: APP })).headers.get("access-control-expose-headers")).toBe("X-Request-Id, RateLimit-Remaining");
    expect((await send("GET", { Origin: "https://evil.example" })).headers.get("access-control-expose-headers")).toBeNull();
  });

  it("passes a request that is not a preflight to the handler, even when it has some of a preflight's headers", async () => {
    const { send, handled } = await start(options());
    const withoutMethod = await send("OPTIONS", { Origin: APP });
    expect(withoutMethod.body).toBe("handled");
    const withoutOrigin = await send("OPTIONS", { "Access-Control-Request-Method": "DELETE" });
    expect(withoutOrigin.body).toBe("handled");
    const notOptions = await send("POST", { Origin: APP, "Access-Control-Request-Method": "PUT" });
    expect(notOptions.body).toBe("handled");
    expect(notOptions.headers.get("access-control-allow-origin")).toBe(APP);
    expect(notOptions.headers.get("access-control-allow-methods")).toBeNull();
    expect(handled.count).toBe(3);
  });
});
