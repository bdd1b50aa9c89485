import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { writeAll } from "../../exercises/node-internals/backpressure.ts";

interface SinkOptions {
  highWaterMark: number;
  objectMode?: boolean;
  // Completes each write on a later turn of the event loop (like a slow disk or socket).
  slow?: boolean;
  // Fails the write of this (1-based) chunk with `failure`.
  failOn?: number;
  failure?: Error;
  // Destroys the stream (without an error) while it writes this (1-based) chunk.
  destroyOn?: number;
  // Fails the final flush after the last chunk with this error.
  finalFailure?: Error;
}

// A real Writable that records what it received and the largest buffer it ever held.
function createSink(options: SinkOptions) {
  const received: unknown[] = [];
  let maxBuffered = 0;
  const sink: Writable = new Writable({
    objectMode: options.objectMode ?? true,
    highWaterMark: options.highWaterMark,
    write(chunk: unknown, _encoding, done) {
      received.push(chunk);
      // Includes this chunk and everything queued behind it.
      maxBuffered = Math.max(maxBuffered, sink.writableLength);
      if (received.length === options.destroyOn) {
        sink.destroy();
        return;
      }
      const error = received.length === options.failOn ? options.failure : undefined;
      if (options.slow === false) done(error);
      else setImmediate(() => done(error));
    },
    final(done) {
      setImmediate(() => done(options.finalFailure));
    },
  });
  return {
    sink,
    received,
    get maxBuffered() {
      return maxBuffered;
    },
  };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe("writeAll", () => {
  it("writes every chunk in order, ends the destination and resolves once it has finished", async () => {
    const { sink, received } = createSink({ highWaterMark: 4 });
    await writeAll(sink, ["a", "b", "c"]);
    expect(received).toEqual(["a", "b", "c"]);
    expect(sink.writableFinished).toBe(true);
  });

  it("carries on without waiting when write() returns true", async () => {
    const { sink, received } = createSink({ highWaterMark: 16, slow: false });
    await writeAll(sink, range(1_000));
    expect(received).toEqual(range(1_000));
    expect(sink.writableFinished).toBe(true);
  });

  it("waits for 'drain', so an object-mode destination never buffers more than highWaterMark + 1 chunks", async () => {
    const sink = createSink({ highWaterMark: 4 });
    await writeAll(sink.sink, range(100));
    expect(sink.received).toEqual(range(100));
    expect(sink.maxBuffered).toBeLessThanOrEqual(4 + 1);
  });

  it("keeps the buffered bytes of a byte stream within highWaterMark plus one chunk", async () => {
    const sink = createSink({ highWaterMark: 64, objectMode: false });
    const chunks = range(50).map((i) => Buffer.alloc(40, i));
    await writeAll(sink.sink, chunks);
    expect(Buffer.concat(sink.received as Buffer[])).toEqual(Buffer.concat(chunks));
    expect(sink.maxBuffered).toBeLessThanOrEqual(64 + 40);
  });

  it("reads an async source lazily, never more than highWaterMark + 1 chunks ahead of the destination", async () => {
    const { sink, received } = createSink({ highWaterMark: 4 });
    let produced = 0;
    let maxAhead = 0;
    async function* rows() {
      for (let i = 0; i < 50; i++) {
        produced++;
        maxAhead = Math.max(maxAhead, produced - received.length);
        yield i;
      }
    }
    await writeAll(sink, rows());
    expect(received).toEqual(range(50));
    expect(maxAhead).toBeLessThanOrEqual(4 + 1);
  });

  it("ends the destination and resolves for an empty source", async () => {
    const { sink, received } = createSink({ highWaterMark: 4 });
    await writeAll(sink, []);
    expect(received).toEqual([]);
    expect(sink.writableFinished).toBe(true);
  });

  it("rejects with the destination's write error and writes nothing more", async () => {
    const failure = new Error("disk full");
    const { sink, received } = createSink({ highWaterMark: 2, failOn: 3, failure });
    await expect(writeAll(sink, range(10))).rejects.toBe(failure);
    expect(received).toEqual([0, 1, 2]);
    expect(sink.destroyed).toBe(true);
  });

  it("rejects with the error the destination raises while flushing at the end", async () => {
    const failure = new Error("flush failed");
    const { sink, received } = createSink({ highWaterMark: 4, finalFailure: failure });
    await expect(writeAll(sink, range(3))).rejects.toBe(failure);
    expect(received).toEqual([0, 1, 2]);
  });

  it("rejects instead of hanging when the destination is destroyed part-way", async () => {
    const { sink, received } = createSink({ highWaterMark: 2, destroyOn: 3 });
    await expect(writeAll(sink, range(10))).rejects.toBeInstanceOf(Error);
    expect(received).toEqual([0, 1, 2]);
  });

  it("calls write() no more once the destination is destroyed between two chunks", async () => {
    const { sink } = createSink({ highWaterMark: 100 });
    const written: unknown[] = [];
    const write = sink.write.bind(sink) as (chunk: unknown) => boolean;
    sink.write = ((chunk: unknown) => {
      written.push(chunk);
      return write(chunk);
    }) as typeof sink.write;
    async function* source() {
      yield* [0, 1, 2];
      sink.destroy(); // e.g. the client went away while the next chunk was being produced
      yield 3;
    }
    await expect(writeAll(sink, source())).rejects.toBeInstanceOf(Error);
    expect(written).toEqual([0, 1, 2]);
  });
});
