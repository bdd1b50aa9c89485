/**
 * Spans and the active span
 *
 * What you build
 *   A small tracer: spans with parent/child links and timings, where the "current span" follows
 *   each request through `await`s and timers by itself.
 *
 * Why it matters
 *   A trace is a tree of spans: the request, the database query inside it, the HTTP call inside
 *   that. Instrumentation deep in a database driver cannot be handed the parent span as an
 *   argument, so tracers (OpenTelemetry's Node SDK among them) keep the active span in
 *   `AsyncLocalStorage`. Get it wrong with a global variable and two concurrent requests attach
 *   their queries to each other's traces.
 *
 * Your task
 *   Implement `class Tracer`, constructed with `{ now, exporter, ids }`: a clock in ms, an
 *   exporter with `export(span: SpanData)`, and `ids.traceId()` / `ids.spanId()` that return
 *   new ids.
 *
 *   `startActiveSpan(name, fn)` returns a Promise of `fn`'s result:
 *   - It creates a span. If a span is active, the new one is its child: same `traceId`,
 *     `parentSpanId` = the active span's `spanId`. Otherwise it is a root: call `ids.traceId()`
 *     first, and `parentSpanId` is `null`. Then call `ids.spanId()` for the span's own id.
 *     `startTime` is `now()` when the span starts.
 *   - It calls `fn(span)` right away (synchronously) with the new span active: inside `fn`,
 *     and in everything `fn` starts (awaits, `setTimeout`, `setImmediate`, promises),
 *     `tracer.activeSpan()` returns this span. Concurrent calls never see each other's spans.
 *     Outside it, the previously active span (or none) is active again.
 *   - When `fn` returns or its promise resolves, the span ends with status `"ok"`. When `fn`
 *     throws or its promise rejects, it ends with status `"error"` and `errorMessage` (the
 *     error's message), and the returned promise rejects with the same error.
 *
 *   A `Span` has `traceId`, `spanId`, `setAttribute(key, value)` and `end()`. Ending (by
 *   `fn` finishing, or earlier by calling `end()`) sets `endTime = now()` and exports the span
 *   exactly once; later `end()` calls and later `setAttribute` calls do nothing. The exported
 *   `SpanData` is `{ name, traceId, spanId, parentSpanId, startTime, endTime, attributes,
 *   status }` plus `errorMessage` only for errors, and is a snapshot: nothing done to the span
 *   afterwards changes it.
 *
 *   `activeSpan()` returns the active span, or `undefined`.
 *
 * Example
 *   const tracer = new Tracer({ now: Date.now, exporter: { export: console.log }, ids });
 *   await tracer.startActiveSpan("GET /orders", async (span) => {
 *     span.setAttribute("http.request.method", "GET");
 *     await tracer.startActiveSpan("db.query", () => db.query("select …"));
 *   });
 *   // exports db.query first (parentSpanId = the GET span's id), then GET /orders (parentSpanId null)
 */

export type AttributeValue = string | number | boolean;

export interface SpanData {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  startTime: number;
  endTime: number;
  attributes: Record<string, AttributeValue>;
  status: "ok" | "error";
  errorMessage?: string;
}

export interface Span {
  readonly traceId: string;
  readonly spanId: string;
  setAttribute(key: string, value: AttributeValue): void;
  end(): void;
}

export interface SpanExporter {
  export(span: SpanData): void;
}

export interface IdGenerator {
  traceId(): string;
  spanId(): string;
}

export interface TracerOptions {
  now: () => number;
  exporter: SpanExporter;
  ids: IdGenerator;
}

export class Tracer {
  constructor(options: TracerOptions) {
    void options;
  }

  activeSpan(): Span | undefined {
    throw new Error("not implemented");
  }

  async startActiveSpan<T>(name: string, fn: (span: Span) => T | Promise<T>): Promise<T> {
    void name;
    void fn;
    throw new Error("not implemented");
  }
}
