/**
 * Trace sampling — reference solution.
 *
 * Head sampling decides from the trace id alone, so every service reaches the same decision
 * without talking to each other. Tail sampling waits for the trace to finish and can keep exactly
 * the interesting ones, at the price of buffering spans (in production, in a collector).
 */
/** The fields of a finished span (kata 5's SpanData) that sampling reads. */
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

const TRACE_ID = /^[0-9a-f]{32}$/;

export function traceIdRatioSampler(ratio: number): RootSampler {
  if (!(ratio >= 0 && ratio <= 1)) throw new RangeError(`ratio must be in [0, 1], got ${ratio}`);
  // Keep r < ratio × 2^56, r being the last 14 hex digits (56 bits): a higher ratio keeps every
  // trace a lower one keeps. BigInt, because 56 bits do not fit a double exactly.
  const threshold = BigInt(Math.round(ratio * 2 ** 56));
  return (traceId) => {
    if (!TRACE_ID.test(traceId)) throw new RangeError(`not a trace id: ${traceId}`);
    return BigInt(`0x${traceId.slice(18)}`) < threshold;
  };
}

export function parentBasedSampler(root: RootSampler): Sampler {
  return (traceId, parent) => (parent ? parent.sampled : root(traceId));
}

export interface TailSamplerOptions {
  headSampled: RootSampler;
  slowMs: number;
  exporter: { export(spans: FinishedSpan[]): void };
}

export class TailSampler {
  readonly #options: TailSamplerOptions;
  readonly #buffers = new Map<string, FinishedSpan[]>();

  constructor(options: TailSamplerOptions) {
    this.#options = options;
  }

  onEnd(span: FinishedSpan): void {
    let spans = this.#buffers.get(span.traceId);
    if (!spans) {
      spans = [];
      this.#buffers.set(span.traceId, spans);
    }
    spans.push(span);
    if (span.parentSpanId !== null) return;

    // The root ended: the trace is complete, decide now and free the buffer either way. (A real
    // tail sampler, like the Collector's tail_sampling processor, decides after a fixed wait
    // instead, since a lost root would otherwise keep its trace buffered forever.)
    this.#buffers.delete(span.traceId);
    const { headSampled, slowMs, exporter } = this.#options;
    const keep =
      spans.some((s) => s.status === "error") || span.endTime - span.startTime >= slowMs || headSampled(span.traceId);
    if (keep) exporter.export(spans);
  }

  pendingTraces(): number {
    return this.#buffers.size;
  }
}
