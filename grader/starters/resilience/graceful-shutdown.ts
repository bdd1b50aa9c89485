/**
 * Graceful shutdown
 *
 * What you build
 *   `createGracefulServer(handler, { deadlineMs })`: a `node:http` server whose `shutdown()`
 *   drains it — readiness goes false, new connections are refused, requests in flight finish,
 *   keep-alive connections are closed — and that force-closes whatever is left at a deadline.
 *
 * Why it matters
 *   Every deploy, autoscaling step and node drain stops a server. Kubernetes sends SIGTERM
 *   and, once the pod's grace period has passed, SIGKILL; a process that simply exits drops the
 *   requests it was serving, and clients see resets and 502s on every release. Draining turns a
 *   stop into a non-event: the readiness probe fails, so the pod is taken out of its Service's
 *   endpoints; requests already running complete; and a deadline shorter than the grace period
 *   guarantees the process still exits. The subtle part is keep-alive: a connection that was
 *   busy when shutdown began goes idle after its response, and `server.close()` then waits for
 *   it until the keep-alive timeout closes it (5 s by default).
 *
 * Your task
 *   `createGracefulServer(handler, { deadlineMs })` returns `{ server, ready, shutdown }`. It
 *   throws a `RangeError` if `deadlineMs` is not a positive finite number. The caller starts it
 *   with `server.listen(...)`.
 *   - `server`: an `http.Server` that answers `GET /readyz` itself — `200` with body `ready`, or
 *     `503` with body `shutting down` once shutdown has begun, both `Content-Type: text/plain` —
 *     and passes every other request (another method or path) to `handler(req, res)`.
 *   - `ready` (a getter): `true` while the server is listening and shutdown has not begun.
 *   - `shutdown(): Promise<{ forced: boolean }>`:
 *     1. At once, before anything else, `ready` becomes `false`.
 *     2. The server stops accepting new connections (`server.close`), and idle keep-alive
 *        connections are closed. (Since Node.js 19, `server.close()` also closes idle
 *        connections; `server.closeIdleConnections()` does so explicitly.)
 *     3. Requests in flight run to completion. Every response sent from now on (including those
 *        in flight whose headers are not sent yet) carries `Connection: close`, so each busy
 *        connection closes as soon as its response is done instead of idling on.
 *     4. When every connection has closed, the promise resolves with `{ forced: false }` and no
 *        timer is left pending.
 *     5. If connections remain `deadlineMs` after shutdown began, it closes them all
 *        (`server.closeAllConnections()`), and resolves with `{ forced: true }` once the server
 *        has closed.
 *     Calling `shutdown()` again returns the same promise.
 *   Use `setTimeout` for the deadline (the suite fakes it).
 *
 * Example
 *   const app = createGracefulServer(handler, { deadlineMs: 10_000 });
 *   app.server.listen(8080);
 *   process.on("SIGTERM", async () => {
 *     const { forced } = await app.shutdown();   // app.ready is false at once
 *     console.log(forced ? "cut off slow requests" : "drained cleanly");
 *   });
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

export function createGracefulServer(handler: http.RequestListener, options: { deadlineMs: number }): GracefulServer {
  void handler;
  void options;
  throw new Error("not implemented");
}
