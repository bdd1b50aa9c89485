/**
 * Length-prefixed framing protocol
 *
 * What you build
 *   An encoder and a streaming decoder for messages framed as a 4-byte big-endian length followed
 *   by that many bytes of UTF-8 payload.
 *
 * Why it matters
 *   TCP is a byte stream, not a message stream: one `data` event can hold half a message or
 *   three of them. Postgres, Kafka, gRPC (HTTP/2 frames) and most custom RPC protocols solve this
 *   with a length prefix, and every client library has a decoder like this one — including a size
 *   limit, so a corrupt or hostile header cannot make the server allocate gigabytes.
 *
 * Your task
 *   1. `encodeFrame(message: string): Buffer` — a Buffer holding the payload's length in BYTES
 *      (not characters: "é" is 2 bytes, "🌍" is 4) as an unsigned 32-bit big-endian integer,
 *      followed by the UTF-8 bytes of `message`. An empty message encodes to just the 4-byte header.
 *
 *   2. `class FrameDecoder extends Transform` — written to with Buffers of any size, it pushes one
 *      string per complete frame, in order (its readable side is in object mode, so an empty
 *      payload comes out as the chunk ""). It must handle:
 *      - a header split across chunks (even one byte per chunk);
 *      - a payload split across chunks, including a multi-byte UTF-8 character split in the
 *        middle (decode a payload only once all its bytes have arrived);
 *      - several frames, and the start of the next one, in a single chunk;
 *      - `new FrameDecoder({ maxFrameSize })` (default 1 MiB = 1_048_576 bytes): a frame of exactly
 *        `maxFrameSize` bytes is fine; as soon as a header declares a larger payload, fail the
 *        stream with a `RangeError` — without waiting for the payload to arrive;
 *      - when the input ends in the middle of a frame (leftover header or payload bytes), fail the
 *        stream with an `Error` whose message contains "truncated".
 *      Fail the stream by passing the error to the `_transform` / `_flush` callback.
 *   The suite feeds the decoder through `stream/promises` `pipeline`, including 5 000 frames in
 *   small chunks.
 *
 * Example
 *   encodeFrame("hi");                      // <Buffer 00 00 00 02 68 69>
 *   const decoder = new FrameDecoder();
 *   decoder.on("data", (msg) => console.log(msg));
 *   const bytes = Buffer.concat([encodeFrame("hello"), encodeFrame("")]);
 *   decoder.write(bytes.subarray(0, 3));    // nothing yet: only 3 header bytes
 *   decoder.write(bytes.subarray(3));       // logs "hello", then ""
 */

import { Transform, type TransformCallback } from "node:stream";

export interface FrameDecoderOptions {
  /** Largest accepted payload in bytes. Default 1 MiB. */
  maxFrameSize?: number;
}

export function encodeFrame(message: string): Buffer {
  void message;
  throw new Error("not implemented");
}

export class FrameDecoder extends Transform {
  constructor(options: FrameDecoderOptions = {}) {
    // Bytes in, one string per message out.
    super({ readableObjectMode: true });
    // TODO: keep the options and set up a place for bytes you cannot decode yet.
    void options;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    void chunk;
    callback(new Error("not implemented"));
  }

  override _flush(callback: TransformCallback): void {
    callback(new Error("not implemented"));
  }
}
