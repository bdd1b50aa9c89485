/**
 * Trace sampling: head, parent-based and tail
 *
 * What you build
 *   Three sampling policies: a ratio decided from the trace id, a parent-based rule that follows
 *   the caller's decision, and a tail rule that keeps every failed or slow trace.
 *
 * Why it matters
 *   Recording every trace of a busy service costs more than the service. Sampling 1 % keeps the
 *   bill down, but only works if every service in a request makes the SAME decision, or traces
 *   arrive with holes. Deciding from the trace id (OpenTelemetry's TraceIdRatioBased sampler,
 *   wrapped in ParentBased) gives that without coordination. Ratio sampling throws away the rare
 *   errors you most want to see; a tail sampler (the OpenTelemetry Collector's
 *   tail_sampling processor) waits for the whole trace and keeps those.
 *
 * Your task
 *   1. `traceIdRatioSampler(ratio)` returns `(traceId) => boolean`. OpenTelemetry requires this
 *      decision to be a deterministic function of the trace id, and a sampler with a higher ratio
 *      to keep every trace that one with a lower ratio keeps. Do it like this: take the last 14
 *      hex digits of the 32-digit trace id (the rightmost 56 bits, which W3C Trace Context Level 2
 *      lets a sender declare random) as an integer r, and keep the trace iff
 *      r < round(ratio × 2^56). (56 bits do not fit exactly in a JS number: use BigInt.) Throw a `RangeError` when `ratio` is not in
 *      [0, 1] (NaN included) and, from the returned function, when the trace id is not 32
 *      lowercase hex digits.
 *   2. `parentBasedSampler(root)` returns `(traceId, parent?) => boolean`: with a parent
 *      (`{ sampled }`, e.g. from kata 4's traceparent flags), return `parent.sampled` without
 *      asking `root`; with none, return `root(traceId)`.
 *   3. `class TailSampler`, built with `{ headSampled, slowMs, exporter }`.
 *      `onEnd(span)` receives finished spans (`FinishedSpan`, the fields of kata 5's `SpanData`
 *      it needs) in the order they end. Buffer them per `traceId` until the root span (the one
 *      with `parentSpanId === null`) of that trace ends; then decide, and free that trace's
 *      buffer whatever the decision. Keep the trace when any of its spans has status `"error"`,
 *      OR the root's `endTime − startTime >= slowMs`, OR `headSampled(traceId)` is true.
 *      A kept trace goes to `exporter.export(spans)` in ONE call, with its spans in the order they
 *      ended (the root last). `pendingTraces()` returns how many traces are buffered.
 *
 * Example
 *   const sample = traceIdRatioSampler(0.5);
 *   sample("4bf92f3577b34da6a37fffffffffffff"); // true:  0x7fffffffffffff < 2^55
 *   sample("4bf92f3577b34da6a380000000000000"); // false: 0x80000000000000 = 2^55
 *   parentBasedSampler(sample)("4bf92f3577b34da6a380000000000000", { sampled: true }); // true
 *
 *   const tail = new TailSampler({ headSampled: sample, slowMs: 1000, exporter });
 *   tail.onEnd({ traceId: t, spanId: "db", parentSpanId: "root", startTime: 5, endTime: 9, status: "error" });
 *   tail.onEnd({ traceId: t, spanId: "root", parentSpanId: null, startTime: 0, endTime: 10, status: "ok" });
 *   // exporter.export([db, root]): an error inside keeps the whole trace
 */

export interface FinishedSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  startTime: number;
  endTime: number;
  status: "ok" | "error";
}

export type RootSampler = (traceId: string) => boolean;
export type Sampler = (traceId: string, parent?: { sampled: boolean }) => boolean;

export function traceIdRatioSampler(ratio: number): RootSampler {
  void ratio;
  throw new Error("not implemented");
}

export function parentBasedSampler(root: RootSampler): Sampler {
  void root;
  throw new Error("not implemented");
}

export interface TailSamplerOptions {
  headSampled: RootSampler;
  slowMs: number;
  exporter: { export(spans: FinishedSpan[]): void };
}

export class TailSampler {
  constructor(options: TailSamplerOptions) {
    void options;
  }

  onEnd(span: FinishedSpan): void {
    void span;
    throw new Error("not implemented");
  }

  pendingTraces(): number {
    throw new Error("not implemented");
  }
}
