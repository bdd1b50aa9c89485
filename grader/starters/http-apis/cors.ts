/**
 * CORS done right
 *
 * What you build
 *   A `node:http` middleware that speaks the Fetch standard's CORS protocol: it answers preflights,
 *   grants listed origins (with or without credentials), and keeps HTTP caches honest with
 *   `Vary: Origin`.
 *
 * Why it matters
 *   A browser lets a page on one origin read responses from another only when the server says so
 *   in `Access-Control-*` headers. Get it wrong one way and your SPA cannot call its own API; get
 *   it wrong the other way (reflecting any origin, or matching "example.com" with `endsWith`) and
 *   any site can read your users' data with their cookies. CDNs add a third trap: a response
 *   cached without `Vary: Origin` is served to the wrong origin.
 *
 * Your task
 *   Implement `cors(options)`, returning a middleware `(req, res, next) => void`. Options:
 *   `origins` (exact origin strings such as "https://app.example.com", or "*"), `methods`,
 *   `allowedHeaders`, optional `exposedHeaders` (default []), `credentials` (default false) and
 *   `maxAgeSeconds` (default 600). `cors` throws a TypeError when `origins` is "*" and
 *   `credentials` is true: the Fetch standard's CORS check fails a credentialed request answered
 *   with `Access-Control-Allow-Origin: *`, so list the origins instead.
 *
 *   An origin is allowed when `origins` is "*" or contains it exactly (case-sensitive string
 *   equality: no prefixes, suffixes or ports ignored; the string "null" is an origin like any other).
 *
 *   On EVERY request, first add `Origin` to the `Vary` response header, keeping any value already
 *   set (`Accept-Encoding` → `Accept-Encoding, Origin`), and not a second time when it is already
 *   listed (compare the comma-separated values trimmed and case-insensitively). The answer depends
 *   on the Origin header, so even responses without CORS headers must say so to caches.
 *
 *   Preflight = an OPTIONS request with both an `Origin` and an `Access-Control-Request-Method`
 *   header. Never call `next()` for it.
 *   - Allowed when the origin is allowed, the requested method is in `methods` (exact,
 *     case-sensitive) and every name in `Access-Control-Request-Headers` (comma-separated, trim
 *     each, ignore empty ones; the header may be absent) is in `allowedHeaders`, compared
 *     case-insensitively. Answer 204 with no body and
 *       Access-Control-Allow-Origin: <the origin> (or "*" when origins is "*")
 *       Access-Control-Allow-Credentials: true          (only when credentials is true)
 *       Access-Control-Allow-Methods: <methods joined with ", ">
 *       Access-Control-Allow-Headers: <allowedHeaders joined with ", ">
 *       Access-Control-Max-Age: <maxAgeSeconds>
 *   - Otherwise answer 403 with no body and no `Access-Control-*` header at all.
 *
 *   Any other request (including OPTIONS without Access-Control-Request-Method): when it has an
 *   allowed `Origin`, set `Access-Control-Allow-Origin` and (with credentials)
 *   `Access-Control-Allow-Credentials` as above, plus `Access-Control-Expose-Headers: <exposedHeaders
 *   joined with ", ">` when that list is not empty. Then call `next()`, whether or not the origin
 *   was allowed: a disallowed origin gets no `Access-Control-*` header, and its browser withholds
 *   the response from the page.
 *
 * Example
 *   const mw = cors({ origins: ["https://app.example.com"], methods: ["GET", "POST"],
 *                     allowedHeaders: ["Content-Type"], credentials: true });
 *   // OPTIONS /api  Origin: https://app.example.com, Access-Control-Request-Method: POST,
 *   //               Access-Control-Request-Headers: content-type
 *   //   → 204  Access-Control-Allow-Origin: https://app.example.com, …-Credentials: true,
 *   //          …-Methods: GET, POST, …-Headers: Content-Type, …-Max-Age: 600, Vary: Origin
 *   // GET /api  Origin: https://evil.example → next() runs; no Access-Control-* headers; Vary: Origin
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface CorsOptions {
  origins: string[] | "*";
  methods: string[];
  allowedHeaders: string[];
  exposedHeaders?: string[];
  credentials?: boolean;
  maxAgeSeconds?: number;
}

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function cors(options: CorsOptions): Middleware {
  void options;
  throw new Error("not implemented");
}
