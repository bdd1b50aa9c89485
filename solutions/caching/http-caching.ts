/**
 * HTTP caching — reference solution.
 *
 * A strong ETag promises byte-for-byte equality, so it must come from the bytes sent: hashing the
 * body gives that for free, at the cost of rendering the body even when answering 304. (A real
 * server often derives the tag from a version or updated-at column instead, so it can answer 304
 * without building the body at all.)
 */
import { createHash } from "node:crypto";
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
  { maxAge }: HttpCachingOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  if (maxAge !== undefined && (!Number.isInteger(maxAge) || maxAge < 0)) {
    throw new RangeError(`maxAge must be a non-negative integer, got ${maxAge}`);
  }

  return (req, res) => {
    respond(req, res).catch(() => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(500).end();
    });
  };

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { status = 200, headers = {}, body } = await handler(req);
    const cacheable = (req.method === "GET" || req.method === "HEAD") && status === 200;
    if (!cacheable) {
      res.writeHead(status, headers).end(body);
      return;
    }

    const validators: Record<string, string> = { ETag: `"${createHash("sha256").update(body).digest("base64url")}"` };
    if (maxAge !== undefined) validators["Cache-Control"] = `max-age=${maxAge}`;
    // Drop the handler's own Cache-Control (in whatever case) so ours replaces it.
    const kept = Object.entries(headers).filter(([name]) => maxAge === undefined || name.toLowerCase() !== "cache-control");

    if (matches(req.headers["if-none-match"], validators.ETag)) {
      // A 304 repeats only the headers a cache needs to update its stored copy (RFC 9110 §15.4.5).
      const forNotModified = kept.filter(([name]) => NOT_MODIFIED_HEADERS.has(name.toLowerCase()));
      res.writeHead(304, { ...Object.fromEntries(forNotModified), ...validators }).end();
      return;
    }
    res.writeHead(200, { ...Object.fromEntries(kept), ...validators }).end(body);
  }
}

// Date is among them too; node:http sends it on every response.
const NOT_MODIFIED_HEADERS = new Set(["cache-control", "content-location", "expires", "vary"]);

/** If-None-Match uses the weak comparison: W/"x" and "x" are the same tag. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .includes(etag);
}

// name, then optionally "=" and either a quoted string (with \-escapes) or a token.
const DIRECTIVE = /([^=,\s]+)(?:\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*)))?/g;
// The delta-seconds directives of RFC 9111 §5.2 and RFC 5861.
const NUMERIC = new Set(["max-age", "s-maxage", "min-fresh", "max-stale", "stale-while-revalidate", "stale-if-error"]);

export function parseCacheControl(header: string | undefined): CacheDirectives {
  const directives = new Map<string, string | number | true>();
  for (const [, rawName, quoted, token] of (header ?? "").matchAll(DIRECTIVE)) {
    const name = rawName.toLowerCase();
    if (directives.has(name)) continue; // the first occurrence wins
    const value = quoted !== undefined ? quoted.replace(/\\(.)/g, "$1") : token;
    if (NUMERIC.has(name)) {
      if (value !== undefined && /^\d+$/.test(value)) directives.set(name, Number(value));
      else if (value === undefined && name === "max-stale") directives.set(name, true); // "any staleness"
    } else {
      directives.set(name, value ?? true);
    }
  }
  return Object.fromEntries(directives);
}
