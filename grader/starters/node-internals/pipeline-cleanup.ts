/**
 * Pipeline with cleanup
 *
 * What you build
 *   `runPipeline`, which streams a source through a mapping step into a destination and tears
 *   everything down properly when anything fails or the caller aborts.
 *
 * Why it matters
 *   `a.pipe(b).pipe(c)` forwards data but not errors: when `c` fails, `a` keeps its file handle or
 *   socket open forever, and an error in `b` can crash the process. In production that is a slow
 *   leak of file descriptors and sockets on every failed upload or cancelled download.
 *   `pipeline` from `node:stream/promises` wires up error propagation, destruction and abort for
 *   the whole chain; a `finally`-style cleanup then releases whatever else you opened (a temp file,
 *   a lock, a database cursor).
 *
 * Your task
 *   Implement `runPipeline({ source, map, destination, signal?, cleanup? }): Promise<void>`:
 *   - Stream every chunk of the object-mode `source` through `map` into `destination`, in order.
 *     `map` may return a value or a promise of one; wait for it before the next chunk.
 *   - Resolve once the destination has finished.
 *   - If any stage fails — the source errors, `map` throws or rejects, the destination errors —
 *     reject with that same error, and make sure both `source` and `destination` end up destroyed
 *     (`.destroyed === true`), whichever stage failed.
 *   - `signal` (optional): aborting it, before or during the run, rejects with an error whose
 *     `name` is "AbortError" and destroys both streams. Nothing reaches the destination if the
 *     signal was already aborted.
 *   - `cleanup` (optional) is called exactly once, after the pipeline has settled: with
 *     `undefined` on success, with the error (or the AbortError) on failure. Wait for it if it
 *     returns a promise: `runPipeline` settles only after cleanup has completed, and still rejects
 *     with the pipeline's error when there was one.
 *
 * Example
 *   await runPipeline({
 *     source: Readable.from(rows),                      // objects
 *     map: async (row) => JSON.stringify(row) + "\n",    // e.g. enrich from a DB, then serialise
 *     destination: createWriteStream(tmpPath),
 *     signal: request.signal,                           // client went away → stop and clean up
 *     cleanup: async (error) => { if (error) await rm(tmpPath, { force: true }); },
 *   });
 */

import type { Readable, Writable } from "node:stream";

export interface PipelineOptions<In, Out> {
  source: Readable;
  map: (chunk: In) => Out | Promise<Out>;
  destination: Writable;
  signal?: AbortSignal;
  cleanup?: (error: unknown) => void | Promise<void>;
}

export async function runPipeline<In, Out>(options: PipelineOptions<In, Out>): Promise<void> {
  void options;
  throw new Error("not implemented");
}
