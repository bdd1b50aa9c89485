/**
 * HTTP rate-limit middleware
 *
 * What you build
 *   A `node:http` middleware that rate-limits each client and tells it, in `Retry-After` and the
 *   IETF draft's `RateLimit-*` headers, how much quota it has left and when to come back.
 *
 * Why it matters
 *   A limiter is only useful at the edge if clients can react to it. APIs answer over-limit
 *   requests with `429 Too Many Requests` (RFC 6585) and a `Retry-After` header, and many report
 *   the quota on every response (GitHub with its own `x-ratelimit-*` headers, others with the
 *   IETF draft's `RateLimit-*` fields), so well-behaved clients back off instead of hammering the
 *   API with retries.
 *
 *   This kata uses the three fields of draft-ietf-httpapi-ratelimit-headers-06 (2022), which
 *   express-rate-limit still sends with `standardHeaders: "draft-6"`. The draft is not an RFC yet,
 *   and from draft-07 on it replaces them with two fields, a policy and the live counters; in its
 *   latest revisions `RateLimit-Policy: "default";q=100;w=60` (quota, window in seconds) and
 *   `RateLimit: "default";r=42;t=30` (remaining, seconds until reset).
 *
 * Your task
 *   Implement `rateLimit(options)`, returning a middleware `(req, res, next) => void`.
 *   Options:
 *   - `limit` — requests allowed per client per window; a positive integer.
 *   - `windowMs` — the window length in milliseconds; a positive integer.
 *   - `now` — optional clock returning milliseconds (default `Date.now`).
 *   - `key` — optional `(req) => string` naming the client (default: `req.socket.remoteAddress`,
 *     or `"unknown"` when that is undefined).
 *   `rateLimit` throws a `RangeError` when `limit` or `windowMs` is not a positive integer.
 *
 *   Counting uses fixed windows aligned to the clock, as in kata 1 (write the small counter here):
 *   window k covers [k * windowMs, (k + 1) * windowMs). Each client may make `limit` requests per
 *   window; its count starts again at 0 in the next window. Denied requests are not counted.
 *
 *   For EVERY request, before anything else is written, set:
 *   - `RateLimit-Limit`: the limit;
 *   - `RateLimit-Remaining`: requests the client has left in this window after this one (0 when
 *     denied);
 *   - `RateLimit-Reset`: seconds until the current window ends, rounded up (`Math.ceil`).
 *   Allowed request: call `next()` and nothing else — the next handler writes the response.
 *   Denied request (the client already made `limit` requests this window): do NOT call `next`;
 *   respond `429` with
 *   - `Retry-After`: the same number of seconds as `RateLimit-Reset`;
 *   - `Content-Type: application/json` and the body
 *     `{ "error": "Too Many Requests", "retryAfter": <that number of seconds> }`.
 *
 * Example
 *   let t = 0;
 *   const limiter = rateLimit({ limit: 2, windowMs: 60_000, now: () => t });
 *   http.createServer((req, res) => limiter(req, res, () => res.end("hello")));
 *   // request 1 → 200 "hello"  RateLimit-Limit: 2, RateLimit-Remaining: 1, RateLimit-Reset: 60
 *   // request 2 → 200 "hello"  RateLimit-Remaining: 0
 *   // t = 1500: request 3 → 429  Retry-After: 59   {"error":"Too Many Requests","retryAfter":59}
 *   // t = 60_000: a new window — request 4 → 200, RateLimit-Remaining: 1, RateLimit-Reset: 60
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  key?: (req: IncomingMessage) => string;
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function rateLimit(options: RateLimitOptions): Middleware {
  void options;
  throw new Error("not implemented");
}
