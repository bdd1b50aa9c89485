/**
 * Pipeline with cleanup — reference solution.
 *
 * `pipeline` does the hard part: it listens for errors on every stage, destroys all of them when
 * one fails or the signal aborts, and rejects with the first error. An async generator is the
 * simplest mapping stage: `for await` gives one chunk at a time, so order and backpressure hold.
 */

import type { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";

export interface PipelineOptions<In, Out> {
  source: Readable;
  map: (chunk: In) => Out | Promise<Out>;
  destination: Writable;
  signal?: AbortSignal;
  cleanup?: (error: unknown) => void | Promise<void>;
}

export async function runPipeline<In, Out>({
  source,
  map,
  destination,
  signal,
  cleanup,
}: PipelineOptions<In, Out>): Promise<void> {
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<In>) {
        for await (const chunk of chunks) yield await map(chunk);
      },
      destination,
      { signal },
    );
  } catch (error) {
    await cleanup?.(error);
    throw error;
  }
  await cleanup?.(undefined);
}
