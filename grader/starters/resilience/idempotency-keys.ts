/**
 * Idempotency keys
 *
 * What you build
 *   `idempotent(handler, options)`: a `node:http` request listener that makes a POST endpoint
 *   safe to retry. The client sends an `Idempotency-Key` header; the first request with a key
 *   runs the handler, and a retry with the same key gets the stored response instead of running
 *   it again.
 *
 * Why it matters
 *   A client whose POST timed out cannot know whether the order was placed. Kata 2 refuses to
 *   retry a POST for exactly that reason. With an idempotency key the retry is safe: the server
 *   recognises it and answers as it did the first time, so the customer is charged once. Stripe
 *   and Adyen take this header (PayPal the same idea as `PayPal-Request-Id`), and the IETF httpapi
 *   working group is standardising it in the Internet-Draft "The Idempotency-Key HTTP Header Field"
 *   (draft-ietf-httpapi-idempotency-key-header; not yet an RFC). The draft's rules, which this
 *   kata follows:
 *   - the field value is a Structured Field String (§2.1), so it arrives quoted, e.g.
 *     `Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"`;
 *   - a retry after the first request completed gets that request's result (§2.6);
 *   - a missing key on an operation that requires one gets 400; a key reused with a different
 *     payload gets 422; a retry while the first request is still being processed gets
 *     409 Conflict (§2.7; early revisions said MUST for these, later ones SHOULD);
 *   - keys may expire, under a policy the server documents (§2.3).
 *
 * Your task
 *   `idempotent(handler, { ttlMs, now? })` returns a listener for `http.createServer`. It throws
 *   a `RangeError` if `ttlMs` is not a positive finite number. `now` defaults to `Date.now`.
 *   For every request, read the whole body as UTF-8 text first. `handler({ method, url, body })`
 *   resolves with `{ status, headers, body }`; send a response as `res.writeHead(status, headers)`
 *   then `res.end(body)`. Error responses below are JSON: `Content-Type: application/json` and
 *   the body `{ "error": "<any message>" }`.
 *   - Not a POST: call the handler and send its response. No key logic, nothing stored.
 *   - POST: the key is the `Idempotency-Key` header with surrounding whitespace trimmed and, if
 *     it is wrapped in a pair of double quotes, without them (`"k1"` and `k1` are the same key;
 *     `"k1`, `k1"` and a lone `"` are keys of their own). No header, or an empty key (`""`):
 *     400, and the handler is not called.
 *   - The request's fingerprint is its URL (path and query) plus its body. Then, in this order:
 *     1. Key never seen, or its stored response has expired: remember the key as in flight with
 *        this fingerprint, call the handler, store its response, and send it.
 *     2. Key seen with a different fingerprint (in flight or done): 422.
 *     3. Key in flight with the same fingerprint: 409 (this kata answers at once rather than
 *        making the duplicate wait).
 *     4. Key done with the same fingerprint: send the stored status, headers and body again,
 *        plus the header `Idempotent-Replayed: true` (only on replays). The handler is not called.
 *   - If the handler rejects: 500, and the key is forgotten, so a retry runs the handler again.
 *   - A stored response expires `ttlMs` after it was stored: a request at now() >= storedAt +
 *     ttlMs is treated as a new key (step 1).
 *
 * Example
 *   const listener = idempotent(async ({ body }) => ({
 *     status: 201, headers: { "content-type": "application/json", location: "/orders/1" }, body,
 *   }), { ttlMs: 24 * 60 * 60 * 1000 });
 *   // POST /orders  Idempotency-Key: "a1"  {"sku":"x"} → 201 (handler ran)
 *   // the same again                                   → 201, same headers and body, Idempotent-Replayed: true
 *   // the same key, body {"sku":"y"}                   → 422
 *   // the same key while the first is still running    → 409
 */
import type { RequestListener } from "node:http";

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

export function idempotent(handler: Handler, options: IdempotencyOptions): RequestListener {
  void handler;
  void options;
  throw new Error("not implemented");
}
