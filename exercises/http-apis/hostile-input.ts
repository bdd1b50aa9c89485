/**
 * Hostile input
 *
 * What you build
 *   Two endpoints that survive input written to hurt them: a JSON settings endpoint with a body
 *   size limit enforced while streaming and a merge that cannot pollute prototypes, and a static
 *   file handler that cannot be walked out of its directory.
 *
 * Why it matters
 *   Each of these is a real vulnerability class. A server that buffers any body before checking
 *   its size can be made to run out of memory by one client. A recursive merge of user JSON into
 *   an object can reach `Object.prototype` through a `__proto__` key and change every object in the
 *   process (lodash's `merge` had exactly this bug, CVE-2018-16487). And `../` in a file
 *   path, or its encoded `%2e%2e%2f` form, is how attackers read files outside the served
 *   directory (OWASP: Path Traversal).
 *
 * Your task
 *   Implement `hostileInputApp({ publicDir, bodyLimitBytes, settings })`, a `node:http` listener.
 *   Every error is JSON `{"error": <string>}` with `Content-Type: application/json` and
 *   `Connection: close`. Any other method or path → 404.
 *
 *   POST /settings — the app keeps ONE settings object, a deep copy of `options.settings` (use
 *   `structuredClone`), and each request merges its body into it and answers 200 with the whole
 *   settings as JSON (`Content-Type: application/json`).
 *   - `Content-Type` media type not `application/json` (before any ";", case-insensitive) → 415.
 *   - Body size: a `Content-Length` above `bodyLimitBytes` → 413 at once, before reading any of
 *     the body. Otherwise count the bytes as they arrive; the moment the count exceeds the limit,
 *     stop reading (remove your 'data' listener and `req.pause()`) and answer 413. A body of
 *     exactly `bodyLimitBytes` is fine. Never buffer the whole body first and measure afterwards.
 *     `Connection: close` on the 413 makes Node close the socket instead of trying to read the
 *     unread rest as the next request.
 *   - A client may hang up in the middle of its body: the request then emits 'error' to its
 *     listeners (Node's "aborted", code ECONNRESET) and never 'end'. That must not crash the
 *     server (no unhandled rejection), and the next request is served as usual.
 *   - Malformed JSON, or JSON that is not an object (an array, a string, null…) → 400.
 *   - The merge, recursively: for each own key of the body, a plain object merges into a plain
 *     object already there (or into a new empty object when there is none, or a non-object is
 *     there); anything else (array, string, number, boolean, null) replaces the current value.
 *     Skip the keys `__proto__`, `constructor` and `prototype` at every depth. Afterwards
 *     `({}).polluted` must still be undefined after bodies such as
 *       {"__proto__": {"polluted": "yes"}}   or   {"constructor": {"prototype": {"polluted": "yes"}}}
 *     (`JSON.parse` makes "__proto__" an ordinary own key; it is the naive
 *     `target[key] = merge(target[key], value)` that then walks into `Object.prototype`.)
 *
 *   GET /static/<path> — serve the file at <path> under `publicDir`:
 *   - <path> is the raw request path after "/static/" (no query), percent-decoded once with
 *     `decodeURIComponent`; if that throws, or the result contains a NUL byte ("\0") → 400.
 *   - Resolve it against `publicDir` with `path.resolve(publicDir, decoded)`. Unless the result is
 *     strictly inside `publicDir` (it starts with `path.resolve(publicDir) + path.sep`, so the
 *     sibling directory "public-secrets" of "public" does not count) → 403. This one check, done
 *     AFTER decoding and resolving, catches `../`, `%2e%2e/`, `..%2f`, and absolute paths
 *     (`/static//etc/passwd`, `/static/%2Fetc%2Fpasswd`) alike. A path that goes down and back
 *     up but stays inside (`css/../hello.txt`) is served.
 *   - A regular file → 200 with its bytes, `Content-Type: application/octet-stream`; missing, or a
 *     directory → 404.
 *
 * Example
 *   hostileInputApp({ publicDir: "/srv/public", bodyLimitBytes: 1024, settings: { theme: "light" } })
 *   // POST /settings {"theme":"dark","__proto__":{"isAdmin":true}} → 200 {"theme":"dark"}; ({}).isAdmin → undefined
 *   // POST /settings with Content-Length: 10000000                 → 413 at once
 *   // GET /static/hello.txt                                         → 200 "hello, world"
 *   // GET /static/%2e%2e/secret.txt                                 → 403
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export type Settings = Record<string, unknown>;

export interface HostileInputOptions {
  publicDir: string;
  bodyLimitBytes: number;
  settings: Settings;
}

export function hostileInputApp(options: HostileInputOptions): (req: IncomingMessage, res: ServerResponse) => void {
  void options;
  throw new Error("not implemented");
}
