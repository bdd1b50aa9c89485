import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runPipeline } from "../../exercises/node-internals/pipeline-cleanup.ts";

// An object-mode source that never ends on its own: only destruction stops it.
function endlessSource(failAfter?: { count: number; error: Error }): Readable {
  let next = 0;
  return new Readable({
    objectMode: true,
    read() {
      if (failAfter && next === failAfter.count) this.destroy(failAfter.error);
      else this.push(next++);
    },
  });
}

interface SinkOptions {
  // Called as each chunk arrives, with how many have arrived so far.
  onChunk?: (count: number) => void;
  // Fails the write of this (1-based) chunk with `failure`.
  failOn?: number;
  failure?: Error;
}

// A real object-mode Writable that completes each write on a later turn of the event loop.
function createSink(options: SinkOptions = {}) {
  const received: unknown[] = [];
  const sink = new Writable({
    objectMode: true,
    highWaterMark: 4,
    write(chunk: unknown, _encoding, done) {
      received.push(chunk);
      options.onChunk?.(received.length);
      const error = received.length === options.failOn ? options.failure : undefined;
      setImmediate(() => done(error));
    },
  });
  return { sink, received };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("runPipeline", () => {
  it("streams every chunk through map into the destination, in order, and resolves when it has finished", async () => {
    const { sink, received } = createSink();
    await runPipeline({ source: Readable.from([1, 2, 3, 4]), map: (n: number) => n * 10, destination: sink });
    expect(received).toEqual([10, 20, 30, 40]);
    expect(sink.writableFinished).toBe(true);
  });

  it("waits for an async map and keeps the order of the chunks", async () => {
    const { sink, received } = createSink();
    const map = async (word: string) => {
      for (let i = 0; i < 5 - word.length; i++) await tick(); // shorter words take longer
      return word.toUpperCase();
    };
    await runPipeline({ source: Readable.from(["a", "bb", "ccc", "dddd"]), map, destination: sink });
    expect(received).toEqual(["A", "BB", "CCC", "DDDD"]);
  });

  it("calls cleanup once with undefined after a successful run, once the destination has finished", async () => {
    const { sink } = createSink();
    const calls: { error: unknown; finished: boolean }[] = [];
    await runPipeline({
      source: Readable.from(["x", "y"]),
      map: (s: string) => s,
      destination: sink,
      cleanup: (error) => {
        calls.push({ error, finished: sink.writableFinished });
      },
    });
    expect(calls).toEqual([{ error: undefined, finished: true }]);
  });

  it("rejects with the error thrown by map and destroys the source and the destination", async () => {
    const failure = new Error("bad row");
    const source = endlessSource();
    const { sink } = createSink();
    const cleanups: unknown[] = [];
    const map = (n: number) => {
      if (n === 5) throw failure;
      return n;
    };
    await expect(
      runPipeline({ source, map, destination: sink, cleanup: (error) => void cleanups.push(error) }),
    ).rejects.toBe(failure);
    expect(source.destroyed).toBe(true);
    expect(sink.destroyed).toBe(true);
    expect(cleanups).toEqual([failure]);
  });

  it("rejects with the source's error and destroys the destination", async () => {
    const failure = new Error("read ECONNRESET");
    const source = endlessSource({ count: 3, error: failure });
    const { sink } = createSink();
    await expect(runPipeline({ source, map: (n: number) => n, destination: sink })).rejects.toBe(failure);
    expect(source.destroyed).toBe(true);
    expect(sink.destroyed).toBe(true);
  });

  it("rejects with the destination's error and destroys the source", async () => {
    const failure = new Error("disk full");
    const source = endlessSource();
    const { sink, received } = createSink({ failOn: 3, failure });
    await expect(runPipeline({ source, map: (n: number) => n, destination: sink })).rejects.toBe(failure);
    expect(received.slice(0, 3)).toEqual([0, 1, 2]);
    expect(source.destroyed).toBe(true);
    expect(sink.destroyed).toBe(true);
  });

  it("stops on abort: rejects with an AbortError, destroys both streams and passes the error to cleanup", async () => {
    const controller = new AbortController();
    const source = endlessSource();
    const { sink, received } = createSink({ onChunk: (count) => count === 5 && controller.abort() });
    const cleanups: unknown[] = [];
    const run = runPipeline({
      source,
      map: (n: number) => n,
      destination: sink,
      signal: controller.signal,
      cleanup: (error) => void cleanups.push(error),
    });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(received.slice(0, 5)).toEqual([0, 1, 2, 3, 4]);
    expect(source.destroyed).toBe(true);
    expect(sink.destroyed).toBe(true);
    expect(cleanups).toHaveLength(1);
    expect(cleanups[0]).toMatchObject({ name: "AbortError" });
  });

  it("writes nothing when the signal is already aborted", async () => {
    const source = endlessSource();
    const { sink, received } = createSink();
    const cleanups: unknown[] = [];
    await expect(
      runPipeline({
        source,
        map: (n: number) => n,
        destination: sink,
        signal: AbortSignal.abort(),
        cleanup: (error) => void cleanups.push(error),
      }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(received).toEqual([]);
    expect(source.destroyed).toBe(true);
    expect(sink.destroyed).toBe(true);
    expect(cleanups).toHaveLength(1);
  });

  it("settles only after an async cleanup has completed, on success and on failure", async () => {
    const log: string[] = [];
    const cleanup = async (error: unknown) => {
      await tick();
      await tick();
      log.push(error ? "cleaned up after failure" : "cleaned up after success");
    };

    await runPipeline({ source: Readable.from([1]), map: (n: number) => n, destination: createSink().sink, cleanup });
    log.push("resolved");

    const failure = new Error("boom");
    const failing = runPipeline({
      source: endlessSource(),
      map: () => {
        throw failure;
      },
      destination: createSink().sink,
      cleanup,
    });
    await expect(failing).rejects.toBe(failure);
    log.push("rejected");

    expect(log).toEqual(["cleaned up after success", "resolved", "cleaned up after failure", "rejected"]);
  });
});
