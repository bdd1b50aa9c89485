/**
 * Backpressure
 *
 * What you build
 *   `writeAll`, which writes a (possibly endless) source of chunks into a Writable without ever
 *   flooding its buffer.
 *
 * Why it matters
 *   `writable.write()` never refuses data: it buffers it and returns `false` to say "stop until
 *   'drain'". Code that ignores that return value works in tests and then, on a slow client or a
 *   full disk, buffers a whole export in memory until the process dies. Respecting backpressure is
 *   what keeps a streaming server's memory flat.
 *
 * Your task
 *   Implement `writeAll(destination, source): Promise<void>`:
 *   - Write every chunk of `source` (a sync or async iterable) to `destination`, in order.
 *   - When `write()` returns `false`, pull and write nothing more until the destination emits
 *     'drain'. So its buffer (`writableLength`) never exceeds its `highWaterMark` by more than one
 *     chunk, and an async source is never read more than `highWaterMark` + 1 chunks ahead of what
 *     the destination has received.
 *     When `write()` returns `true`, carry on at once (do not wait for a 'drain' that will not come).
 *   - After the last chunk, call `destination.end()` and resolve once the destination has
 *     finished (every chunk flushed, 'finish' emitted) — also for an empty source.
 *   - If the destination fails (an error from its write or its final flush), reject with that
 *     error and write nothing more. Do not leave the 'error' unhandled.
 *   - If the destination is destroyed before everything is written, reject (with any `Error`)
 *     instead of waiting forever, and write nothing more.
 *
 * Example
 *   const file = createWriteStream("export.ndjson"); // highWaterMark 16 KiB
 *   await writeAll(file, rowsAsLines());              // memory stays flat however many rows
 */

import type { Writable } from "node:stream";

export async function writeAll<T>(destination: Writable, source: Iterable<T> | AsyncIterable<T>): Promise<void> {
  void destination;
  void source;
  throw new Error("not implemented");
}
