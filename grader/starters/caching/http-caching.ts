/**
 * HTTP caching
 *
 * What you build
 *   A `node:http` handler wrapper that makes responses cacheable by browsers and CDNs (ETag,
 *   conditional `304 Not Modified`, `Cache-Control`), plus a parser for `Cache-Control` headers.
 *
 * Why it matters
 *   The cheapest request is the one the client never has to download again. CDNs (Cloudflare,
 *   Fastly), browsers and API clients all speak RFC 9111: an ETag lets them revalidate with
 *   `If-None-Match` and get a tiny 304 instead of the whole body, and `max-age` lets them skip the
 *   request entirely. Reading `Cache-Control` correctly is what every proxy and HTTP client cache does.
 *
 * Your task
 *   1. `withHttpCaching(handler, options?)` returns a `(req, res) => void` listener for
 *      `http.createServer`. `handler(req)` returns (or resolves to) `{ status?, headers?, body }`:
 *      `status` defaults to 200, `headers` are set on the response as given, `body` is a string
 *      or Buffer. `options.maxAge` (seconds) must be a non-negative integer, else
 *      `withHttpCaching` throws a `RangeError`.
 *      - Only a GET or HEAD request whose handler status is 200 is cacheable. Any other response
 *        is sent exactly as the handler described it (no ETag, no Cache-Control, no 304). This
 *        includes a POST or PUT with `If-None-Match: *`, which RFC 9110 §13.1.2 would answer
 *        with 412 Precondition Failed when the resource exists: that case is out of scope here.
 *      - A cacheable response gets an `ETag` header: a strong entity tag, i.e. a hash of the body
 *        in double quotes, e.g. `"q1wK…"` (any hash; `createHash("sha256")` from `node:crypto` is
 *        fine). Equal bodies get equal tags; different bodies get different tags.
 *      - With `maxAge`, a cacheable response also gets `Cache-Control: max-age=<maxAge>`
 *        (replacing any Cache-Control from the handler, whatever its case). Without it, nothing is
 *        added and the handler's own Cache-Control, if any, is sent unchanged.
 *      - If the request's `If-None-Match` header matches, respond `304` with an empty body. A 304
 *        carries the headers the 200 would have had among `Cache-Control`, `Content-Location`,
 *        `Date`, `ETag`, `Expires` and `Vary` (RFC 9110 §15.4.5), and no others (no
 *        `Content-Type`, for one). `node:http` adds `Date` by itself. It matches
 *        when it is `*`, or when any tag in its comma-separated list equals the ETag, ignoring a
 *        `W/` (weak) prefix on the request's tags (If-None-Match uses weak comparison: `W/"x"`
 *        matches `"x"`; a `W/` anywhere else is part of the tag). Otherwise send the full 200
 *        response.
 *      - If the handler throws or rejects, respond `500` with an empty body.
 *   2. `parseCacheControl(header)` parses a `Cache-Control` header value into an object:
 *      - directives are separated by commas; whitespace around them and empty entries are ignored;
 *        `undefined` or `""` gives `{}`;
 *      - names are case-insensitive: keys are lower-cased;
 *      - a directive without a value maps to `true`;
 *      - a value is a token (`max-age=60`) or a quoted string (`no-cache="set-cookie, x-a"`):
 *        quotes are removed, `\"` inside stands for `"`, and commas inside quotes do not split;
 *      - the directives whose value is a number of seconds (delta-seconds) — `max-age`,
 *        `s-maxage`, `min-fresh`, `max-stale` (RFC 9111) and `stale-while-revalidate`,
 *        `stale-if-error` (RFC 5861) — have number values: a value (quoted or not) made only of
 *        digits becomes that number; any other value (`10abc`, `-5`, `soon`) drops the directive.
 *        `max-stale` may also have no value, and is then `true` like any valueless directive;
 *        the others are dropped without one. All other values stay strings;
 *      - when a directive appears twice, the first one wins.
 *
 * Example
 *   const listener = withHttpCaching(() => ({ headers: { "Content-Type": "text/plain" }, body: "hello" }), { maxAge: 60 });
 *   http.createServer(listener);
 *   // GET /                                → 200 "hello", ETag: "LPJN…", Cache-Control: max-age=60
 *   // GET / with If-None-Match: "LPJN…"    → 304, empty body, ETag and Cache-Control (no Content-Type)
 *   // GET / with If-None-Match: W/"LPJN…"  → 304 (weak comparison)
 *   // POST /                               → 200 "hello", no ETag
 *   parseCacheControl('Public, max-age=3600, stale-while-revalidate=30, no-cache="Set-Cookie"');
 *   // { public: true, "max-age": 3600, "stale-while-revalidate": 30, "no-cache": "Set-Cookie" }
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface HandlerResponse {
  status?: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

export type Handler = (req: IncomingMessage) => HandlerResponse | Promise<HandlerResponse>;

export interface HttpCachingOptions {
  maxAge?: number;
}

export type CacheDirectives = Record<string, string | number | true>;

export function withHttpCaching(
  handler: Handler,
  options: HttpCachingOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  void handler;
  void options;
  throw new Error("not implemented");
}

export function parseCacheControl(header: string | undefined): CacheDirectives {
  void header;
  throw new Error("not implemented");
}
