/**
 * Authorization — reference solution.
 *
 * Three questions, always in this order: who are you (401), may someone in your role do this at
 * all (403), and is this particular object yours (404, so strangers learn nothing about it). The
 * ownership check lives in the lookup itself, so no handler can forget it.
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

const REALM = 'Bearer realm="orders"';

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
}

const notFound = (res: ServerResponse) => send(res, 404, { error: "Not Found" });

/** The session's user, or undefined after answering 401. */
function authenticate(req: IncomingMessage, res: ServerResponse, sessions: Map<string, User>): User | undefined {
  const match = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? "");
  if (!match) {
    // No credentials at all: RFC 6750 §3 says not to include an error code.
    send(res, 401, { error: "Unauthorized" }, { "WWW-Authenticate": REALM });
    return undefined;
  }
  const user = sessions.get(match[1]);
  if (!user) send(res, 401, { error: "Unauthorized" }, { "WWW-Authenticate": `${REALM}, error="invalid_token"` });
  return user;
}

const isStaff = (user: User) => user.role === "support" || user.role === "admin";

/** Orders this user may see: their own, or all of them for staff. */
function visibleOrder(orders: Map<string, Order>, user: User, id: string): Order | undefined {
  const order = orders.get(id);
  return order && (order.ownerId === user.id || isStaff(user)) ? order : undefined;
}

export function ordersApi({ sessions, orders }: OrdersApiOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const user = authenticate(req, res, sessions);
    if (!user) return;

    const segments = (req.url ?? "/").split("?")[0].split("/");
    if (segments.length === 2 && segments[1] === "orders" && req.method === "GET") {
      const mine = [...orders.values()].filter((order) => isStaff(user) || order.ownerId === user.id);
      return send(res, 200, { orders: mine });
    }
    if (segments.length !== 3 || segments[1] !== "orders") return notFound(res);
    const id = decodeURIComponent(segments[2]);

    if (req.method === "GET") {
      const order = visibleOrder(orders, user, id);
      return order ? send(res, 200, order) : notFound(res);
    }
    if (req.method === "DELETE") {
      // The role check comes before the lookup, so a 403 says nothing about whether the order exists.
      if (user.role !== "admin") return send(res, 403, { error: "Forbidden" });
      if (!orders.delete(id)) return notFound(res);
      return send(res, 204);
    }
    notFound(res);
  };
}
