/**
 * RED metrics middleware
 *
 * What you build
 *   A `node:http` middleware that records, per route, the three RED signals: Rate (request
 *   count), Errors (5xx count) and Duration.
 *
 * Why it matters
 *   RED is the standard first dashboard for a request-driven service: how many requests, how many
 *   fail, how long they take. It is only useful if series are keyed by the route TEMPLATE
 *   (`/users/:id`), never the raw path: `/users/1`, `/users/2`, … would each be a new series, and
 *   a metrics backend pays for every series it stores. Attribute names here are OpenTelemetry's
 *   HTTP semantic conventions, so any backend understands them.
 *
 * Your task
 *   Implement `createRedMetrics(options)`, returning `{ middleware, series, totals }`. Options:
 *   - `routes` — route templates such as `"/users/:id"` (default none);
 *   - `now` — a clock in milliseconds (default `Date.now`).
 *
 *   `middleware(req, res, next)` reads the clock, calls `next()` at once, and records the request
 *   when the response emits `'finish'` (the handler may answer long after `next()` returns).
 *   Each request is recorded with three attributes:
 *   - `"http.request.method"` — `req.method` if it is one of GET, HEAD, POST, PUT, DELETE,
 *     CONNECT, OPTIONS, TRACE (RFC 9110) or PATCH (RFC 5789); any other method is `"_OTHER"`,
 *     as the conventions require for methods the instrumentation does not know;
 *   - `"http.route"` — the first template in `routes` that matches the path (the URL without its
 *     query string). Templates and paths are compared segment by segment, split on `/`: a
 *     `:name` segment matches exactly one non-empty segment, any other segment must be equal,
 *     and the number of segments must be the same. When no template matches, leave the
 *     `"http.route"` key out (never record the raw path);
 *   - `"http.response.status_code"` — `res.statusCode` at `'finish'`.
 *
 *   `series()` returns one entry per distinct (method, route, status), in the order each was
 *   first recorded: `{ attributes, count, durationSecondsSum, durationSecondsMax }`, where each
 *   duration is (clock at `'finish'` − clock when the middleware ran) / 1000, in seconds (the
 *   conventions' unit for `http.server.request.duration`). `series()` returns copies: changing
 *   them does not change what is recorded.
 *
 *   `totals()` returns `{ requests, errors }` over all series; an error is a status >= 500 (a
 *   4xx is the client's mistake, not the service failing).
 *
 * Example
 *   let t = 0;
 *   const red = createRedMetrics({ routes: ["/users/:id"], now: () => t });
 *   http.createServer((req, res) => red.middleware(req, res, () => { t += 120; res.end("ok"); }));
 *   // GET /users/42?x=1  →  red.series():
 *   // [{ attributes: { "http.request.method": "GET", "http.route": "/users/:id",
 *   //     "http.response.status_code": 200 }, count: 1, durationSecondsSum: 0.12, durationSecondsMax: 0.12 }]
 *   // red.totals() → { requests: 1, errors: 0 }
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface RedMetricsOptions {
  routes?: string[];
  now?: () => number;
}

export interface SeriesAttributes {
  "http.request.method": string;
  "http.route"?: string;
  "http.response.status_code": number;
}

export interface Series {
  attributes: SeriesAttributes;
  count: number;
  durationSecondsSum: number;
  durationSecondsMax: number;
}

export interface RedMetrics {
  middleware: Middleware;
  series(): Series[];
  totals(): { requests: number; errors: number };
}

export function createRedMetrics(options: RedMetricsOptions = {}): RedMetrics {
  void options;
  throw new Error("not implemented");
}
