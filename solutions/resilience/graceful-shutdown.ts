/**
 * Graceful shutdown — reference solution.
 */
import http from "node:http";

export interface ShutdownResult {
  forced: boolean;
}

export interface GracefulServer {
  readonly server: http.Server;
  readonly ready: boolean;
  shutdown(): Promise<ShutdownResult>;
}

export function createGracefulServer(handler: http.RequestListener, { deadlineMs }: { deadlineMs: number }): GracefulServer {
  if (!Number.isFinite(deadlineMs) || deadlineMs <= 0) throw new RangeError(`deadlineMs must be a positive number, got ${deadlineMs}`);
  let shuttingDown = false;
  let closing: Promise<ShutdownResult> | undefined;
  const inFlight = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    if (shuttingDown) res.setHeader("Connection", "close");
    inFlight.add(res);
    res.on("close", () => inFlight.delete(res));
    if (req.method === "GET" && req.url === "/readyz") {
      res.writeHead(shuttingDown ? 503 : 200, { "content-type": "text/plain" });
      res.end(shuttingDown ? "shutting down" : "ready");
      return;
    }
    handler(req, res);
  });

  return {
    server,
    get ready() {
      return server.listening && !shuttingDown;
    },
    shutdown() {
      closing ??= new Promise<ShutdownResult>((resolve) => {
        shuttingDown = true; // first: the load balancer must stop sending before we stop serving
        let forced = false;
        const timer = setTimeout(() => {
          forced = true;
          server.closeAllConnections();
        }, deadlineMs);
        server.close(() => {
          clearTimeout(timer);
          resolve({ forced });
        });
        // Node >= 19 closes idle keep-alive sockets in close(); a busy one would stay open after
        // its response for keepAliveTimeout, so tell its client this response is the last.
        server.closeIdleConnections();
        for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
      });
      return closing;
    },
  };
}
