import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import {
  type Handler,
  type HttpCachingOptions,
  parseCacheControl,
  withHttpCaching,
} from "../../exercises/caching/http-caching.ts";

const servers: http.Server[] = [];

afterEach(async () => {
  const closing = servers.splice(0);
  for (const server of closing) server.closeAllConnections();
  await Promise.all(closing.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

/** Serves withHttpCaching(handler, options) on 127.0.0.1 and returns a fetch helper for it. */
async function serve(handler: Handler, options?: HttpCachingOptions) {
  const server = http.createServer(withHttpCaching(handler, options));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return async (path = "/", init: RequestInit = {}) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
    return { status: res.status, headers: res.headers, body: await res.text() };
  };
}

const hello: Handler = () => ({ headers: { "Content-Type": "text/plain" }, body: "hello" });

describe("withHttpCaching", () => {
  it("sends the handler's response with a strong ETag and Cache-Control max-age", async () => {
    const request = await serve(hello, { maxAge: 60 });
    const res = await request();
    expect(res.status).toBe(200);
    expect(res.body).toBe("hello");
    expect(res.headers.get("content-type")).toBe("text/plain");
    expect(res.headers.get("etag")).toMatch(/^"[^"]+"$/);
    expect(res.headers.get("cache-control")).toBe("max-age=60");
  });

  it("derives the ETag from the body: equal bodies share a tag, different bodies do not", async () => {
    const bodies: Record<string, string> = { "/a": "alpha", "/a-copy": "alpha", "/b": "beta" };
    const request = await serve((req) => ({ body: bodies[req.url ?? ""] ?? "" }));
    const a = (await request("/a")).headers.get("etag");
    const aAgain = (await request("/a")).headers.get("etag");
    const aCopy = (await request("/a-copy")).headers.get("etag");
    const b = (await request("/b")).headers.get("etag");
    expect(a).toMatch(/^"[^"]+"$/);
    expect(aAgain).toBe(a);
    expect(aCopy).toBe(a);
    expect(b).not.toBe(a);
  });

  it("answers 304 with an empty body when If-None-Match has the current ETag", async () => {
    const request = await serve(hello, { maxAge: 60 });
    const etag = (await request()).headers.get("etag")!;
    const res = await request("/", { headers: { "If-None-Match": etag } });
    expect(res.status).toBe(304);
    expect(res.body).toBe("");
    expect(res.headers.get("etag")).toBe(etag);
    expect(res.headers.get("cache-control")).toBe("max-age=60");
  });

  it("repeats Cache-Control, Content-Location, Expires and Vary on a 304, and no other handler header", async () => {
    const request = await serve(() => ({
      headers: {
        "Content-Type": "text/plain",
        "Cache-Control": "public, max-age=5",
        "Content-Location": "/hello.txt",
        Expires: "Thu, 01 Jan 2099 00:00:00 GMT",
        Vary: "Accept-Encoding",
        "X-Request-Cost": "3",
      },
      body: "hello",
    }));
    const full = await request();
    const res = await request("/", { headers: { "If-None-Match": full.headers.get("etag")! } });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe(full.headers.get("etag"));
    expect(res.headers.get("cache-control")).toBe("public, max-age=5");
    expect(res.headers.get("content-location")).toBe("/hello.txt");
    expect(res.headers.get("expires")).toBe("Thu, 01 Jan 2099 00:00:00 GMT");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(res.headers.get("date")).not.toBeNull();
    expect(res.headers.get("content-type")).toBeNull();
    expect(res.headers.get("x-request-cost")).toBeNull();
  });

  it("sends the full response when If-None-Match holds an old ETag", async () => {
    const request = await serve(hello);
    const res = await request("/", { headers: { "If-None-Match": '"some-old-version"' } });
    expect(res.status).toBe(200);
    expect(res.body).toBe("hello");
  });

  it("matches any tag in an If-None-Match list, weak W/ tags, and *", async () => {
    const request = await serve(hello);
    const etag = (await request()).headers.get("etag")!;
    const list = await request("/", { headers: { "If-None-Match": `"v1", ${etag} , "v3"` } });
    const weak = await request("/", { headers: { "If-None-Match": `W/${etag}` } });
    const star = await request("/", { headers: { "If-None-Match": "*" } });
    expect([list.status, weak.status, star.status]).toEqual([304, 304, 304]);
  });

  it("strips W/ only as a prefix: a tag with W/ inside its quotes is another tag", async () => {
    const request = await serve(hello);
    const etag = (await request()).headers.get("etag")!;
    // The same characters as the ETag with W/ spliced in between the quotes: a different tag.
    const lookalike = `${etag.slice(0, 4)}W/${etag.slice(4)}`;
    const res = await request("/", { headers: { "If-None-Match": lookalike } });
    expect(res.status).toBe(200);
  });

  it("handles HEAD like GET: same ETag, and 304 when it matches", async () => {
    const request = await serve(hello);
    const etag = (await request()).headers.get("etag")!;
    const head = await request("/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(etag);
    const conditional = await request("/", { method: "HEAD", headers: { "If-None-Match": etag } });
    expect(conditional.status).toBe(304);
  });

  it("leaves other methods and non-200 responses untouched", async () => {
    const request = await serve(
      (req) => (req.url === "/missing" ? { status: 404, body: "not found" } : { status: 200, body: "created" }),
      { maxAge: 60 },
    );
    const post = await request("/", { method: "POST", headers: { "If-None-Match": "*" } });
    expect(post.status).toBe(200);
    expect(post.body).toBe("created");
    expect(post.headers.get("etag")).toBeNull();
    expect(post.headers.get("cache-control")).toBeNull();

    const missing = await request("/missing", { headers: { "If-None-Match": "*" } });
    expect(missing.status).toBe(404);
    expect(missing.body).toBe("not found");
    expect(missing.headers.get("etag")).toBeNull();
  });

  it("adds Cache-Control only when maxAge is given, and replaces the handler's", async () => {
    const withoutMaxAge = await serve(hello);
    expect((await withoutMaxAge()).headers.get("cache-control")).toBeNull();
    const zero = await serve(() => ({ headers: { "cache-control": "private" }, body: "x" }), { maxAge: 0 });
    expect((await zero()).headers.get("cache-control")).toBe("max-age=0");
  });

  it("keeps the handler's own Cache-Control when no maxAge is given", async () => {
    const request = await serve(() => ({ headers: { "Cache-Control": "private, max-age=30" }, body: "x" }));
    const res = await request();
    expect(res.headers.get("cache-control")).toBe("private, max-age=30");
    expect(res.headers.get("etag")).toMatch(/^"[^"]+"$/);
  });

  it("responds 500 with an empty body when the handler throws or rejects", async () => {
    const request = await serve(async (req) => {
      if (req.url === "/sync") throw new Error("boom");
      return Promise.reject(new Error("async boom"));
    });
    const sync = await request("/sync");
    const rejected = await request("/async");
    expect([sync.status, sync.body]).toEqual([500, ""]);
    expect([rejected.status, rejected.body]).toEqual([500, ""]);
  });

  it("rejects a maxAge that is not a non-negative integer", () => {
    expect(() => withHttpCaching(hello, { maxAge: -1 })).toThrow(RangeError);
    expect(() => withHttpCaching(hello, { maxAge: 1.5 })).toThrow(RangeError);
    expect(() => withHttpCaching(hello, { maxAge: Number.NaN })).toThrow(RangeError);
  });
});

describe("parseCacheControl", () => {
  it("parses valueless and valued directives, with max-age and s-maxage as numbers", () => {
    expect(parseCacheControl("public, max-age=3600, s-maxage=600, immutable")).toEqual({
      public: true,
      "max-age": 3600,
      "s-maxage": 600,
      immutable: true,
    });
    expect(parseCacheControl("no-store")).toEqual({ "no-store": true });
  });

  it("gives every delta-seconds directive a number: stale-while-revalidate, stale-if-error, min-fresh, max-stale", () => {
    expect(parseCacheControl("max-age=60, stale-while-revalidate=30, stale-if-error=86400")).toEqual({
      "max-age": 60,
      "stale-while-revalidate": 30,
      "stale-if-error": 86400,
    });
    expect(parseCacheControl("min-fresh=5, max-stale=120")).toEqual({ "min-fresh": 5, "max-stale": 120 });
    expect(parseCacheControl("max-stale")).toEqual({ "max-stale": true });
    expect(parseCacheControl("max-stale=soon, min-fresh=1m")).toEqual({});
  });

  it("treats directive names case-insensitively and ignores stray whitespace and commas", () => {
    expect(parseCacheControl("  No-Store ,, MAX-AGE=0 ,Private,  ")).toEqual({
      "no-store": true,
      "max-age": 0,
      private: true,
    });
  });

  it("unquotes quoted values, keeping commas and escaped quotes inside them", () => {
    expect(parseCacheControl('private="Set-Cookie, Authorization", no-cache, ext="say \\"hi\\""')).toEqual({
      private: "Set-Cookie, Authorization",
      "no-cache": true,
      ext: 'say "hi"',
    });
  });

  it("accepts a quoted max-age, drops an invalid one, and keeps the first of duplicates", () => {
    expect(parseCacheControl('max-age="120"')).toEqual({ "max-age": 120 });
    expect(parseCacheControl("max-age=soon, no-cache")).toEqual({ "no-cache": true });
    expect(parseCacheControl("max-age=10abc, stale-while-revalidate=1.5")).toEqual({});
    expect(parseCacheControl("s-maxage=-5")).toEqual({});
    expect(parseCacheControl("max-age, public")).toEqual({ public: true });
    expect(parseCacheControl("max-age=10, Max-Age=20, private, private=x")).toEqual({ "max-age": 10, private: true });
  });

  it("returns an empty object for a missing or empty header", () => {
    expect(parseCacheControl(undefined)).toEqual({});
    expect(parseCacheControl("")).toEqual({});
    expect(parseCacheControl(" , ")).toEqual({});
  });
});
