/**
 * Length-prefixed framing protocol — reference solution.
 *
 * The decoder keeps the bytes it cannot use yet in `#pending` and, after each chunk, cuts off as
 * many complete frames as it holds. `subarray` is a view, not a copy, so cutting is O(1).
 */
import { Transform, type TransformCallback } from "node:stream";

const HEADER_BYTES = 4;

export interface FrameDecoderOptions {
  /** Largest accepted payload in bytes. Default 1 MiB. */
  maxFrameSize?: number;
}

export function encodeFrame(message: string): Buffer {
  const payload = Buffer.from(message, "utf8");
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(payload.length, 0);
  return Buffer.concat([header, payload]);
}

export class FrameDecoder extends Transform {
  readonly #maxFrameSize: number;
  #pending: Buffer = Buffer.alloc(0);

  constructor({ maxFrameSize = 1024 * 1024 }: FrameDecoderOptions = {}) {
    // Bytes in, one string per message out.
    super({ readableObjectMode: true });
    this.#maxFrameSize = maxFrameSize;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    // Concatenating on every chunk copies the pending bytes again; that is fine for frames that
    // arrive in a few large chunks (sockets deliver ~64 KiB). A decoder for very large frames in
    // tiny chunks would keep a list of chunks and concatenate once the frame is complete.
    this.#pending = Buffer.concat([this.#pending, chunk]);

    while (this.#pending.length >= HEADER_BYTES) {
      const length = this.#pending.readUInt32BE(0);
      // Check the header before waiting for the payload: never buffer a frame we will reject.
      if (length > this.#maxFrameSize) {
        callback(new RangeError(`frame of ${length} bytes exceeds maxFrameSize ${this.#maxFrameSize}`));
        return;
      }
      if (this.#pending.length < HEADER_BYTES + length) break;
      this.push(this.#pending.toString("utf8", HEADER_BYTES, HEADER_BYTES + length));
      this.#pending = this.#pending.subarray(HEADER_BYTES + length);
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.#pending.length > 0) {
      callback(new Error(`truncated frame: input ended with ${this.#pending.length} unread bytes`));
      return;
    }
    callback();
  }
}
