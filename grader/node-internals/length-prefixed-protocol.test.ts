import { once } from "node:events";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { encodeFrame, FrameDecoder, type FrameDecoderOptions } from "../../exercises/node-internals/length-prefixed-protocol.ts";

/** Streams `chunks` through a fresh decoder and collects every message it emits. */
async function decode(chunks: Buffer[], options?: FrameDecoderOptions): Promise<string[]> {
  const messages: string[] = [];
  await pipeline(Readable.from(chunks), new FrameDecoder(options), async (source: AsyncIterable<string>) => {
    for await (const message of source) messages.push(message);
  });
  return messages;
}

/** Splits a buffer into pieces of `size` bytes (the last one may be shorter). */
function split(bytes: Buffer, size: number): Buffer[] {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
  return pieces;
}

function header(length: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(length, 0);
  return bytes;
}

describe("encodeFrame", () => {
  it("writes a 4-byte big-endian length followed by the UTF-8 payload", () => {
    expect(encodeFrame("hi")).toEqual(Buffer.from([0, 0, 0, 2, 0x68, 0x69]));
    expect(encodeFrame("")).toEqual(Buffer.from([0, 0, 0, 0]));
  });

  it("counts the payload length in bytes, not characters", () => {
    const frame = encodeFrame("héllo 🌍");
    expect(frame.readUInt32BE(0)).toBe(11);
    expect(frame.length).toBe(15);
    expect(frame.subarray(4).toString("utf8")).toBe("héllo 🌍");
    expect(encodeFrame("x".repeat(300)).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 44]));
  });
});

describe("FrameDecoder", () => {
  it("decodes a single frame delivered in one chunk", async () => {
    expect(await decode([encodeFrame("hello")])).toEqual(["hello"]);
  });

  it("decodes several frames packed into one chunk, in order", async () => {
    const chunk = Buffer.concat([encodeFrame("one"), encodeFrame("two"), encodeFrame("three")]);
    expect(await decode([chunk])).toEqual(["one", "two", "three"]);
  });

  it("reassembles frames delivered one byte at a time, header included", async () => {
    const bytes = Buffer.concat([encodeFrame("split"), encodeFrame("me")]);
    expect(await decode(split(bytes, 1))).toEqual(["split", "me"]);
  });

  it("handles a chunk that ends one frame, holds a whole frame and starts the next header", async () => {
    const bytes = Buffer.concat([encodeFrame("first"), encodeFrame("second"), encodeFrame("third")]);
    // chunk 1: "first" header + 2 payload bytes; chunk 2: rest of "first", all of "second", 2 header bytes of "third"
    const firstEnd = 9;
    const thirdStart = firstEnd + 4 + 6;
    const chunks = [bytes.subarray(0, 6), bytes.subarray(6, thirdStart + 2), bytes.subarray(thirdStart + 2)];
    expect(await decode(chunks)).toEqual(["first", "second", "third"]);
  });

  it("decodes a multi-byte character split across two chunks only once the payload is complete", async () => {
    const bytes = encodeFrame("a🌍b");
    // The emoji's 4 bytes start at offset 5; cut after its second byte.
    expect(await decode([bytes.subarray(0, 7), bytes.subarray(7)])).toEqual(["a🌍b"]);
  });

  it("emits an empty string for a frame with an empty payload", async () => {
    const chunk = Buffer.concat([encodeFrame(""), encodeFrame("x"), encodeFrame(""), encodeFrame("")]);
    expect(await decode([chunk])).toEqual(["", "x", "", ""]);
    expect(await decode(split(chunk, 3))).toEqual(["", "x", "", ""]);
  });

  it("accepts a frame of exactly maxFrameSize bytes", async () => {
    expect(await decode([encodeFrame("12345")], { maxFrameSize: 5 })).toEqual(["12345"]);
  });

  it("fails with a RangeError as soon as a header declares more than maxFrameSize bytes", async () => {
    const decoder = new FrameDecoder({ maxFrameSize: 5 });
    const failed = once(decoder, "error");
    // Only the header arrives and the stream is not ended: the decoder must not wait for the payload.
    decoder.write(header(6));
    const [error] = await failed;
    expect(error).toBeInstanceOf(RangeError);
  });

  it("limits frames to 1 MiB by default", async () => {
    const atLimit = Buffer.concat([header(1_048_576), Buffer.alloc(1_048_576, 0x61)]);
    const [message] = await decode([atLimit]);
    expect(message).toHaveLength(1_048_576);
    await expect(decode([header(1_048_577)])).rejects.toThrow(RangeError);
  });

  it("fails with a truncated-frame error when the input ends in the middle of a frame", async () => {
    const bytes = encodeFrame("cut short");
    await expect(decode([bytes.subarray(0, 8)])).rejects.toThrow(/truncated/);
    await expect(decode([encodeFrame("ok"), bytes.subarray(0, 2)])).rejects.toThrow(/truncated/);
  });

  it("decodes 5 000 frames streamed in 16-byte chunks", { timeout: 5_000 }, async () => {
    const sent = Array.from({ length: 5_000 }, (_, i) => (i % 10 === 0 ? "" : `message-${i}`));
    const bytes = Buffer.concat(sent.map(encodeFrame));
    expect(await decode(split(bytes, 16))).toEqual(sent);
  });
});
