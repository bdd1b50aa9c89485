/**
 * W3C Trace Context propagation — reference solution.
 *
 * An invalid header is never "repaired": the spec says to ignore it and start a new trace, since a
 * half-trusted trace id would glue unrelated requests together.
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

const SAMPLED = 0x01;
const hex = (size: number) => new RegExp(`^[0-9a-f]{${size}}$`);
const VERSION = hex(2);
const TRACE_ID = hex(32);
const PARENT_ID = hex(16);
const FLAGS = hex(2);
const allZero = (id: string) => /^0+$/.test(id);

export function parseTraceparent(value: string | undefined): TraceParent | null {
  if (typeof value !== "string" || value.length < 55) return null;
  const version = value.slice(0, 2);
  if (!VERSION.test(version) || version === "ff") return null;
  // Version 00 is exactly 55 characters. A later version may append fields after another dash;
  // we read only the four fields we know.
  if (version === "00" ? value.length !== 55 : value.length > 55 && value[55] !== "-") return null;
  if (value[2] !== "-" || value[35] !== "-" || value[52] !== "-") return null;
  const traceId = value.slice(3, 35);
  const parentId = value.slice(36, 52);
  const flags = value.slice(53, 55);
  if (!TRACE_ID.test(traceId) || allZero(traceId)) return null;
  if (!PARENT_ID.test(parentId) || allZero(parentId)) return null;
  if (!FLAGS.test(flags)) return null;
  return { version, traceId, parentId, flags: parseInt(flags, 16) };
}

function randomId(randomBytes: RandomBytes, size: number): string {
  for (;;) {
    const id = Buffer.from(randomBytes(size)).toString("hex");
    if (!allZero(id)) return id;
  }
}

const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(",") : value);

export function continueTrace(incoming: IncomingHttpHeaders, randomBytes: RandomBytes): SpanContext {
  const parent = parseTraceparent(single(incoming.traceparent));
  if (!parent) {
    const traceId = randomId(randomBytes, 16);
    const spanId = randomId(randomBytes, 8);
    // No usable parent: a new trace, and the old tracestate (which described that parent) is dropped.
    return { traceId, spanId, parentSpanId: null, sampled: true, headers: { traceparent: `00-${traceId}-${spanId}-01` } };
  }
  const spanId = randomId(randomBytes, 8);
  const sampled = (parent.flags & SAMPLED) === SAMPLED;
  // We only speak version 00, whose other flag bits must be sent as zero.
  const headers: TraceHeaders = { traceparent: `00-${parent.traceId}-${spanId}-${sampled ? "01" : "00"}` };
  const tracestate = single(incoming.tracestate);
  if (tracestate !== undefined) headers.tracestate = tracestate;
  return { traceId: parent.traceId, spanId, parentSpanId: parent.parentId, sampled, headers };
}
