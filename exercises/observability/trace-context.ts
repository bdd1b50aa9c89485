/**
 * W3C Trace Context propagation
 *
 * What you build
 *   Parsing and forwarding of the W3C `traceparent` header, so one trace id follows a request
 *   across services.
 *
 * Why it matters
 *   A slow checkout may be slow three services down. Tracing backends (Jaeger, Tempo, Honeycomb,
 *   Datadog) can only stitch the hops together if every service passes the trace id on, and W3C
 *   Trace Context is the header format they all accept. Parsing it strictly matters: a header
 *   that is almost valid must start a new trace, never glue unrelated requests together.
 *
 * Your task
 *   The header (W3C Trace Context Recommendation, section "traceparent Header") is
 *   `version-traceid-parentid-flags`, e.g. `00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01`,
 *   every field lowercase hex: version 2, trace-id 32, parent-id 16, flags 2 characters.
 *
 *   1. `parseTraceparent(value)` returns `{ version, traceId, parentId, flags }` (flags as a
 *      number), or `null` when the header is invalid:
 *      - `undefined`, or shorter than 55 characters;
 *      - version not 2 lowercase hex characters, or `ff` (forbidden);
 *      - version `00` and not exactly 55 characters long;
 *      - a higher version followed by more than 55 characters whose 56th is not `-` (later
 *        versions may append fields after a dash; read only the four you know);
 *      - no `-` after version, trace-id or parent-id; a field that is not lowercase hex of its
 *        length (uppercase is invalid); a trace-id or parent-id of all zeros.
 *
 *   2. `continueTrace(headers, randomBytes)` — called by a server for an incoming request with
 *      its `req.headers`; returns `{ traceId, spanId, parentSpanId, sampled, headers }`, where
 *      `headers` are the ones to send on outgoing calls. `randomBytes(size)` returns `size`
 *      random bytes; an id is those bytes as lowercase hex, and if they are all zero, draw again.
 *      - Valid `traceparent`: same `traceId`; a new `spanId` from 8 random bytes;
 *        `parentSpanId` is the incoming parent-id; `sampled` is bit 0 of the flags. Outgoing
 *        `traceparent` is `00-<traceId>-<spanId>-<01 if sampled, else 00>`: always version 00,
 *        whatever version came in, and flag bits other than sampled sent as zero, as version 00
 *        requires. If a `tracestate` header came in, forward it unchanged as `tracestate`.
 *      - Missing or invalid `traceparent`: a new trace. Draw 16 bytes for the `traceId`, THEN 8
 *        for the `spanId`; `parentSpanId` is `null`; `sampled` is `true`; outgoing
 *        `traceparent` is `00-<traceId>-<spanId>-01`. Do not forward `tracestate`: it described
 *        the trace you are not continuing (the spec forbids parsing tracestate when traceparent
 *        failed).
 *      - The returned `headers` has only the keys `traceparent` and, when forwarded,
 *        `tracestate`.
 *
 * Example
 *   parseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
 *   // { version: "00", traceId: "4bf92f35…4736", parentId: "00f067aa0ba902b7", flags: 1 }
 *   parseTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01"); // null
 *
 *   // in a server, with randomBytes = crypto.randomBytes in production:
 *   const ctx = continueTrace(req.headers, randomBytes);
 *   await fetch("http://inventory/items", { headers: ctx.headers });
 *   // ctx.headers.traceparent === "00-4bf92f3577b34da6a3ce929d0e0e4736-<new span id>-01"
 */
import type { IncomingHttpHeaders } from "node:http";

export interface TraceParent {
  version: string;
  traceId: string;
  parentId: string;
  flags: number;
}

export type RandomBytes = (size: number) => Uint8Array;

export interface TraceHeaders {
  traceparent: string;
  tracestate?: string;
}

export interface SpanContext {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  sampled: boolean;
  headers: TraceHeaders;
}

export function parseTraceparent(value: string | undefined): TraceParent | null {
  void value;
  throw new Error("not implemented");
}

export function continueTrace(incoming: IncomingHttpHeaders, randomBytes: RandomBytes): SpanContext {
  void incoming;
  void randomBytes;
  throw new Error("not implemented");
}
