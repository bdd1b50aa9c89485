/**
 * Authorization: 401 vs 403, roles and ownership
 *
 * What you build
 *   An orders API that authenticates every request from a bearer token, then checks the caller's
 *   role and whether they own the order, answering 401, 403 and 404 each where it belongs.
 *
 * Why it matters
 *   Broken object-level authorization, reading someone else's record just by changing the id in
 *   the URL (IDOR), is the first risk on the OWASP API Security Top 10. Logging in proves who you
 *   are, not what you may touch. The status codes matter too: 401 means "authenticate (again)",
 *   403 means "you are known and the answer is no", and a 404 for another user's order tells an
 *   attacker nothing about which ids exist.
 *
 * Your task
 *   Implement `ordersApi({ sessions, orders })`, a `node:http` listener. `sessions` maps a token to
 *   its `User` ({ id, role }, role "customer" | "support" | "admin"); `orders` maps an order id to
 *   its `Order` ({ id, ownerId, total }) and is the live store (a delete removes from it). Every
 *   JSON response has `Content-Type: application/json`.
 *
 *   1. Authenticate every request first, whatever its path:
 *      - no `Authorization` header, or one that is not `Bearer <token>` (the scheme matched
 *        case-insensitively, RFC 9110 §11.1, then one or more spaces, the token, and nothing
 *        after it) → 401 `{"error":"Unauthorized"}` with
 *        `WWW-Authenticate: Bearer realm="orders"` — no error code when no credentials were sent
 *        (RFC 6750 §3);
 *      - a token that is not in `sessions` → the same 401 with
 *        `WWW-Authenticate: Bearer realm="orders", error="invalid_token"`.
 *      RFC 9110 §15.5.2 requires the WWW-Authenticate header on every 401.
 *   2. Then route (any other method or path → 404 `{"error":"Not Found"}`):
 *      - GET /orders → 200 `{"orders": [...]}`: a customer's own orders; for support and admin
 *        ("staff") every order; in the Map's order.
 *      - GET /orders/:id → 200 with the order when the caller owns it or is staff. An order that
 *        exists but belongs to someone else gets exactly the same 404 response (same status, same
 *        body) as an id that does not exist. RFC 9110 §15.5.4 allows a 404 instead of a 403 to
 *        hide that a forbidden resource exists; here that stops id enumeration.
 *      - DELETE /orders/:id → admins only. Anyone else (support, or a customer, even for their own
 *        order) → 403 `{"error":"Forbidden"}` without a WWW-Authenticate header: the credentials
 *        are fine, and RFC 9110 §15.5.4 says the client should not automatically repeat the request
 *        with them.
 *        Check the role BEFORE looking the order up, so the 403 is the same whether or not the
 *        order exists. An admin: 204 with no body and no Content-Type (there is no content to
 *        describe) when the order existed (and remove it), 404 when it did not.
 *
 * Example
 *   sessions: tok-alice → { id: "alice", role: "customer" }, tok-ada → { id: "ada", role: "admin" }
 *   orders:   o-1 → { ownerId: "alice" }, o-2 → { ownerId: "bob" }
 *   // GET /orders/o-1   (no Authorization)             → 401, WWW-Authenticate: Bearer realm="orders"
 *   // GET /orders/o-1   Authorization: Bearer tok-alice → 200 {"id":"o-1","ownerId":"alice",...}
 *   // GET /orders/o-2   Authorization: Bearer tok-alice → 404 {"error":"Not Found"}   (bob's)
 *   // DELETE /orders/o-1 Authorization: Bearer tok-alice → 403 {"error":"Forbidden"}
 *   // DELETE /orders/o-1 Authorization: Bearer tok-ada   → 204
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export type Role = "customer" | "support" | "admin";

export interface User {
  id: string;
  role: Role;
}

export interface Order {
  id: string;
  ownerId: string;
  total: number;
}

export interface OrdersApiOptions {
  sessions: Map<string, User>;
  orders: Map<string, Order>;
}

export function ordersApi(options: OrdersApiOptions): (req: IncomingMessage, res: ServerResponse) => void {
  void options;
  throw new Error("not implemented");
}
