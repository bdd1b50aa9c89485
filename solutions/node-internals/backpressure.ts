/**
 * Backpressure — reference solution.
 *
 * `finished()` is created before the first write: it settles on 'finish' (resolves) or on
 * 'error' / a premature 'close' (rejects), and it keeps an 'error' listener attached for the whole
 * run, so a failing destination can never crash the process with an unhandled 'error' event.
 * Racing 'drain' against it means a dead destination rejects the wait instead of hanging it.
 * (`stream.pipeline(source, destination)` does all of this for you; kata 5 uses it.)
 */

import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";

export async function writeAll<T>(destination: Writable, source: Iterable<T> | AsyncIterable<T>): Promise<void> {
  const done = finished(destination);
  for await (const chunk of source) {
    if (destination.destroyed) break; // `done` rejects with the reason
    if (!destination.write(chunk)) {
      await Promise.race([once(destination, "drain"), done]);
    }
  }
  destination.end();
  await done;
}
