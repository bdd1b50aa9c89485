/**
 * Router — reference solution.
 *
 * A route table is a list, tried in order: simple, predictable, and fast enough for the few dozen
 * routes of a service. (Routers that serve thousands of routes compile them into a radix tree.)
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export type Params = Record<string, string>;
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, params: Params) => void | Promise<void>;

export interface Router {
  add(method: string, pattern: string, handler: RouteHandler): Router;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

interface Route {
  method: string;
  segments: string[];
  handler: RouteHandler;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", ...headers }).end(JSON.stringify(body));
}

/** The params of `path` against `pattern`, or undefined when it does not match. */
function match(pattern: string[], path: string[]): Params | undefined {
  if (pattern.length !== path.length) return undefined;
  const params: Params = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i];
    const got = path[i];
    if (want.startsWith(":")) {
      if (got === "") return undefined;
      params[want.slice(1)] = got;
    } else if (want !== got) {
      return undefined;
    }
  }
  return params;
}

export function createRouter(): Router {
  const routes: Route[] = [];

  const router: Router = {
    add(method, pattern, handler) {
      if (!pattern.startsWith("/")) throw new Error(`a pattern must start with "/", got "${pattern}"`);
      routes.push({ method: method.toUpperCase(), segments: pattern.split("/"), handler });
      return router;
    },

    handle(req, res) {
      const rawPath = (req.url ?? "/").split("?")[0];
      let path: string[];
      try {
        // Split first, then decode each segment: an encoded slash (%2F) stays inside its segment.
        path = rawPath.split("/").map(decodeURIComponent);
      } catch {
        sendJson(res, 400, { error: "Bad Request" });
        return;
      }

      const method = req.method ?? "GET";
      const allowed = new Set<string>();
      let found: { route: Route; params: Params } | undefined;
      let getFallback: { route: Route; params: Params } | undefined;
      for (const route of routes) {
        const params = match(route.segments, path);
        if (!params) continue;
        allowed.add(route.method);
        if (route.method === "GET") allowed.add("HEAD");
        if (!found && route.method === method) found = { route, params };
        if (!getFallback && method === "HEAD" && route.method === "GET") getFallback = { route, params };
      }
      // An explicit HEAD route wins; otherwise HEAD runs the GET handler and Node's ServerResponse
      // drops the body it writes.
      const chosen = found ?? getFallback;

      if (!chosen) {
        if (allowed.size === 0) sendJson(res, 404, { error: "Not Found" });
        else sendJson(res, 405, { error: "Method Not Allowed" }, { Allow: [...allowed].sort().join(", ") });
        return;
      }

      Promise.resolve()
        .then(() => chosen.route.handler(req, res, chosen.params))
        .catch(() => {
          if (res.headersSent) res.destroy();
          else sendJson(res, 500, { error: "Internal Server Error" });
        });
    },
  };
  return router;
}
