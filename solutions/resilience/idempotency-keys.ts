/**
 * Idempotency keys — reference solution.
 *
 * The store is a Map in this process. In production it is shared (Redis, or a table with a
 * unique key on the idempotency key) and the "claim" of a new key must be atomic — SET NX, or an
 * INSERT that fails on a duplicate — or two servers can both run the same request.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface IncomingRequest {
  method: string;
  url: string;
  body: string;
}

export type Handler = (request: IncomingRequest) => Promise<StoredResponse>;

export interface IdempotencyOptions {
  ttlMs: number;
  now?: () => number;
}

type Entry =
  | { state: "in-flight"; fingerprint: string }
  | { state: "done"; fingerprint: string; response: StoredResponse; expiresAt: number };

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, { status, headers, body }: StoredResponse, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...headers, ...extra });
  res.end(body);
}

function error(res: ServerResponse, status: number, message: string) {
  send(res, { status, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: message }) });
}

/** The draft makes the key a Structured Field String ("..."); accept the bare form too. */
function parseKey(header: string | string[] | undefined): string | undefined {
  if (typeof header !== "string") return undefined;
  const value = header.trim();
  const key = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  return key === "" ? undefined : key;
}

export function idempotent(handler: Handler, { ttlMs, now = Date.now }: IdempotencyOptions): RequestListener {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs must be a positive number, got ${ttlMs}`);
  const entries = new Map<string, Entry>();

  return async (req, res) => {
    const request: IncomingRequest = { method: req.method ?? "GET", url: req.url ?? "/", body: await readBody(req) };
    if (request.method !== "POST") {
      try {
        send(res, await handler(request));
      } catch {
        error(res, 500, "Internal Server Error");
      }
      return;
    }

    const key = parseKey(req.headers["idempotency-key"]);
    if (key === undefined) return error(res, 400, "Idempotency-Key header is required");

    const fingerprint = createHash("sha256").update(`${request.url}\n${request.body}`).digest("hex");
    let entry = entries.get(key);
    if (entry?.state === "done" && now() >= entry.expiresAt) {
      entries.delete(key);
      entry = undefined;
    }
    if (entry && entry.fingerprint !== fingerprint) {
      return error(res, 422, "Idempotency-Key was already used for a different request");
    }
    if (entry?.state === "in-flight") {
      return error(res, 409, "A request with this Idempotency-Key is still being processed");
    }
    if (entry) return send(res, entry.response, { "idempotent-replayed": "true" });

    entries.set(key, { state: "in-flight", fingerprint });
    let response: StoredResponse;
    try {
      response = await handler(request);
    } catch {
      entries.delete(key); // nothing was stored: let the client's retry run it again
      return error(res, 500, "Internal Server Error");
    }
    entries.set(key, { state: "done", fingerprint, response, expiresAt: now() + ttlMs });
    send(res, response);
  };
}
