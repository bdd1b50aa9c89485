/**
 * CORS — reference solution.
 *
 * CORS is enforced by the browser, not here: the server only decides which headers to send. So a
 * disallowed origin still reaches the handler (use CSRF defences and authorization for that);
 * what it does not get is permission to read the response.
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

function addVaryOrigin(res: ServerResponse): void {
  const existing = res.getHeader("Vary");
  const values = existing === undefined ? [] : String(existing).split(",").map((v) => v.trim()).filter(Boolean);
  if (!values.some((v) => v.toLowerCase() === "origin" || v === "*")) values.push("Origin");
  res.setHeader("Vary", values.join(", "));
}

export function cors({ origins, methods, allowedHeaders, exposedHeaders = [], credentials = false, maxAgeSeconds = 600 }: CorsOptions): Middleware {
  if (origins === "*" && credentials) {
    // The Fetch standard fails the CORS check for credentialed requests answered with "*".
    throw new TypeError('origins "*" cannot be combined with credentials: list the origins instead');
  }
  const allowedHeaderSet = new Set(allowedHeaders.map((h) => h.toLowerCase()));
  const isAllowed = (origin: string) => origins === "*" || origins.includes(origin);

  const grant = (res: ServerResponse, origin: string) => {
    res.setHeader("Access-Control-Allow-Origin", origins === "*" ? "*" : origin);
    if (credentials) res.setHeader("Access-Control-Allow-Credentials", "true");
  };

  return (req, res, next) => {
    addVaryOrigin(res);
    const origin = req.headers.origin;
    const requestedMethod = req.headers["access-control-request-method"];

    if (req.method === "OPTIONS" && origin !== undefined && typeof requestedMethod === "string") {
      const requestedHeaders = (req.headers["access-control-request-headers"] ?? "")
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean);
      const ok = isAllowed(origin) && methods.includes(requestedMethod) && requestedHeaders.every((h) => allowedHeaderSet.has(h));
      if (!ok) {
        res.writeHead(403).end();
        return;
      }
      grant(res, origin);
      res.setHeader("Access-Control-Allow-Methods", methods.join(", "));
      res.setHeader("Access-Control-Allow-Headers", allowedHeaders.join(", "));
      res.setHeader("Access-Control-Max-Age", String(maxAgeSeconds));
      res.writeHead(204).end();
      return;
    }

    if (origin !== undefined && isAllowed(origin)) {
      grant(res, origin);
      if (exposedHeaders.length > 0) res.setHeader("Access-Control-Expose-Headers", exposedHeaders.join(", "));
    }
    next();
  };
}
