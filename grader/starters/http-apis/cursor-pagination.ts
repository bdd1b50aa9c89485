/**
 * Cursor pagination
 *
 * What you build
 *   A list endpoint that pages through a changing collection with keyset pagination: opaque,
 *   tamper-evident cursors and an RFC 8288 `Link: <…>; rel="next"` header.
 *
 * Why it matters
 *   `?offset=40` breaks as soon as rows are inserted while a client pages: everything shifts, so
 *   it sees rows twice or never, and the database still reads and discards all 40 rows. Stripe,
 *   Slack and GitHub page with cursors instead: "continue after this key", which an index answers
 *   directly. Signing the cursor keeps it opaque, so clients cannot forge one and you stay free to
 *   change what is inside it.
 *
 * Your task
 *   Implement `listHandler({ items, secret, defaultLimit = 20, maxLimit = 100 })`, returning a
 *   `node:http` request listener. `items` is an array the application may change at any time
 *   (push, splice), in no particular order: read it on every request. Whatever the path, the
 *   listener answers a page of `items` in ascending order of `createdAt`, ties broken by ascending
 *   `id` (compare ids with `<`, not `localeCompare`).
 *
 *   Query parameters:
 *   - `limit`: absent → `defaultLimit`. Otherwise it must be all digits and at least 1 ("0", "-1",
 *     "2.5", "abc" and "" are invalid → 400); a larger value than `maxLimit` is clamped to it.
 *   - `cursor`: absent → start at the beginning. Present → the page holds the items whose
 *     (createdAt, id) is strictly greater than the cursor's; an item the cursor names may have
 *     been deleted since, which changes nothing.
 *
 *   A cursor is `<payload>.<signature>`: payload = base64url of `JSON.stringify({ createdAt, id })`
 *   of the last item of the page; signature = base64url of HMAC-SHA256(secret, payload) (the
 *   payload string as the HMAC input), from `node:crypto`. A cursor is valid only when it has
 *   exactly those two non-empty parts, the signature matches (compare the bytes with
 *   `timingSafeEqual`, after checking the lengths are equal, since it throws otherwise), and the
 *   payload decodes to an object with a number `createdAt` and a string `id`.
 *
 *   200 response, `Content-Type: application/json`:
 *     { "items": [ ...the page's items as stored... ], "nextCursor": <cursor of the page's last item> | null }
 *   `nextCursor` is null exactly when no item comes after this page (so a collection ending on a
 *   page boundary does not produce an empty last page: look one item ahead). When it is not null,
 *   also send
 *     Link: <{path}?limit={limit}&cursor={nextCursor}>; rel="next"
 *   where {path} is the request's path without its query and {limit} the limit actually used
 *   (after clamping). No next page → no Link header.
 *
 *   Invalid `limit` or `cursor` → 400, `Content-Type: application/problem+json`, body
 *     { "type": "about:blank", "title": "Bad Request", "status": 400, "detail": <string> }
 *   (the problem details of kata 2).
 *
 * Example
 *   const items = [{ id: "a", createdAt: 1 }, { id: "b", createdAt: 2 }, { id: "c", createdAt: 3 }];
 *   http.createServer(listHandler({ items, secret: "s3cret" }));
 *   // GET /items?limit=2 → {"items":[a, b],"nextCursor":"eyJjcmVhdGVkQXQiOjIsImlkIjoiYiJ9.…"}
 *   //                       Link: </items?limit=2&cursor=eyJj…>; rel="next"
 *   // items.push({ id: "0", createdAt: 0 })   — inserted before the cursor: no effect on paging
 *   // GET /items?limit=2&cursor=eyJj… → {"items":[c],"nextCursor":null}, no Link header
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface Item {
  id: string;
  createdAt: number;
  [field: string]: unknown;
}

export interface PaginationOptions {
  items: Item[];
  secret: string;
  defaultLimit?: number;
  maxLimit?: number;
}

export function listHandler(options: PaginationOptions): (req: IncomingMessage, res: ServerResponse) => void {
  void options;
  throw new Error("not implemented");
}
