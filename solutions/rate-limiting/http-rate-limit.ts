/**
 * HTTP rate-limit middleware — reference solution.
 *
 * The limiter is a tiny fixed-window counter; the point of this kata is the HTTP contract around
 * it. Swapping in a token bucket changes only how `remaining` and the reset time are computed.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  key?: (req: IncomingMessage) => string;
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const byRemoteAddress = (req: IncomingMessage): string => req.socket.remoteAddress ?? "unknown";

export function rateLimit({ limit, windowMs, now = Date.now, key = byRemoteAddress }: RateLimitOptions): Middleware {
  if (!Number.isInteger(limit) || limit <= 0) {
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }
  if (!Number.isInteger(windowMs) || windowMs <= 0) {
    throw new RangeError(`windowMs must be a positive integer, got ${windowMs}`);
  }

  // client → requests counted in `window`. Only the current window matters, so a stale entry is
  // simply overwritten. (It is still one entry per client ever seen: bound it as in keyed-limiter,
  // or keep the counters in Redis with INCR + EXPIRE when several servers share the limit.)
  const counters = new Map<string, { window: number; count: number }>();

  return (req, res, next) => {
    const t = now();
    const window = Math.floor(t / windowMs);
    const resetSeconds = Math.ceil(((window + 1) * windowMs - t) / 1000);
    const client = key(req);

    let counter = counters.get(client);
    if (!counter || counter.window !== window) {
      counter = { window, count: 0 };
      counters.set(client, counter);
    }
    const allowed = counter.count < limit;
    if (allowed) counter.count++;

    res.setHeader("RateLimit-Limit", String(limit));
    res.setHeader("RateLimit-Remaining", String(limit - counter.count));
    res.setHeader("RateLimit-Reset", String(resetSeconds));

    if (allowed) {
      next();
      return;
    }
    res.statusCode = 429;
    res.setHeader("Retry-After", String(resetSeconds));
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ error: "Too Many Requests", retryAfter: resetSeconds }));
  };
}
