/**
 * Spans carried by AsyncLocalStorage — reference solution.
 *
 * The active span lives in an AsyncLocalStorage store, so it follows the async call chain
 * (awaits, timers, I/O callbacks) rather than a global variable that concurrent requests would
 * overwrite. `run()` scopes it: when the callback chain ends, the outer span is active again.
 */
import { AsyncLocalStorage } from "node:async_hooks";

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

class RecordingSpan implements Span {
  #ended = false;

  constructor(
    private readonly data: SpanData,
    private readonly now: () => number,
    private readonly onEnd: (data: SpanData) => void,
  ) {}

  get traceId() {
    return this.data.traceId;
  }

  get spanId() {
    return this.data.spanId;
  }

  setAttribute(key: string, value: AttributeValue): void {
    if (!this.#ended) this.data.attributes[key] = value;
  }

  fail(err: unknown): void {
    if (this.#ended) return;
    this.data.status = "error";
    this.data.errorMessage = err instanceof Error ? err.message : String(err);
  }

  end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.data.endTime = this.now();
    this.onEnd({ ...this.data, attributes: { ...this.data.attributes } });
  }
}

export class Tracer {
  readonly #storage = new AsyncLocalStorage<RecordingSpan>();
  readonly #now: () => number;
  readonly #exporter: SpanExporter;
  readonly #ids: IdGenerator;

  constructor({ now, exporter, ids }: TracerOptions) {
    this.#now = now;
    this.#exporter = exporter;
    this.#ids = ids;
  }

  activeSpan(): Span | undefined {
    return this.#storage.getStore();
  }

  async startActiveSpan<T>(name: string, fn: (span: Span) => T | Promise<T>): Promise<T> {
    const parent = this.#storage.getStore();
    const traceId = parent ? parent.traceId : this.#ids.traceId();
    const span = new RecordingSpan(
      {
        name,
        traceId,
        spanId: this.#ids.spanId(),
        parentSpanId: parent ? parent.spanId : null,
        startTime: this.#now(),
        endTime: NaN,
        attributes: {},
        status: "ok",
      },
      this.#now,
      (data) => this.#exporter.export(data),
    );
    return this.#storage.run(span, async () => {
      try {
        return await fn(span);
      } catch (err) {
        span.fail(err);
        throw err;
      } finally {
        span.end();
      }
    });
  }
}
