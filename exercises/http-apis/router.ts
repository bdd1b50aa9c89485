/**
 * Router
 *
 * What you build
 *   A small HTTP router for `node:http`: routes by method and path pattern, extracts `:params`,
 *   and answers 404, 405 and HEAD the way HTTP says it should.
 *
 * Why it matters
 *   Every web framework (Express, Fastify, Koa's routers) does this first step for every request.
 *   Getting the details wrong leaks into the whole API: a 404 where a 405 belongs tells clients the
 *   resource does not exist, a missing `Allow` header breaks the HTTP contract, and decoding before
 *   splitting lets `%2F` smuggle an extra path segment past your routes.
 *
 * Your task
 *   Implement `createRouter()`, returning a `Router` with:
 *   - `add(method, pattern, handler)` — registers a route and returns the router (so calls chain).
 *     `method` is an HTTP method such as "GET" (store it upper-cased). `pattern` starts with "/"
 *     (throw an Error otherwise) and is made of segments separated by "/"; a segment `:name` matches
 *     any one non-empty path segment and captures it as `params.name`; any other segment must equal
 *     the path segment exactly (case-sensitive).
 *   - `handle(req, res)` — a `node:http` request listener that dispatches the request.
 *
 *   Matching rules:
 *   - Only the path is matched: drop everything from the first "?" of `req.url`.
 *   - Split the path on "/" FIRST, then percent-decode each segment with `decodeURIComponent`. So
 *     `/files/a%2Fb` is the two segments "files" and "a/b", and `/caf%C3%A9` matches the pattern
 *     `/café`. A segment that fails to decode → 400 `{"error":"Bad Request"}`.
 *   - A trailing slash is significant: `/users/` does not match `/users` (it has an extra, empty
 *     segment). An empty segment never matches a `:param` (`/users//orders` does not match
 *     `/users/:id/orders`).
 *   - Routes are tried in the order they were added; the first whose method and pattern both match
 *     runs: `handler(req, res, params)`.
 *   - HEAD: when no HEAD route matches, run the first matching GET route's handler. Node's
 *     `ServerResponse` already drops any body written in answer to a HEAD request, so the client
 *     gets the GET response's status and headers with no body. An explicit HEAD route wins.
 *   - No route's pattern matches the path → 404 `{"error":"Not Found"}`.
 *   - Some pattern matches the path but none for this method → 405 `{"error":"Method Not Allowed"}`
 *     with an `Allow` header (RFC 9110 §15.5.6 requires it) listing every method registered for a
 *     pattern matching this path, plus HEAD wherever GET is, without duplicates, sorted
 *     alphabetically and joined with ", " — e.g. `Allow: DELETE, GET, HEAD, PUT`.
 *   - A handler that throws or returns a rejected promise → 500 `{"error":"Internal Server Error"}`
 *     (if it had already sent headers, destroy the response instead).
 *   Every error response above has `Content-Type: application/json`.
 *
 * Example
 *   const router = createRouter()
 *     .add("GET", "/users/:id", (req, res, params) => res.end(`user ${params.id}`))
 *     .add("DELETE", "/users/:id", (req, res) => res.end("deleted"));
 *   http.createServer((req, res) => router.handle(req, res));
 *   // GET /users/42?x=1  → 200 "user 42"
 *   // HEAD /users/42     → 200, no body
 *   // PUT /users/42      → 405, Allow: DELETE, GET, HEAD
 *   // GET /users/42/     → 404 {"error":"Not Found"}
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export type Params = Record<string, string>;
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, params: Params) => void | Promise<void>;

export interface Router {
  add(method: string, pattern: string, handler: RouteHandler): Router;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

export function createRouter(): Router {
  throw new Error("not implemented");
}
