import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { keyOf, listenForKeys } from "../../src/terminal/keys.ts";

/** The keys a real readline decoder reports for these chunks, as they would arrive from a terminal. */
async function keysFrom(chunks: readonly string[]): Promise<string[]> {
  const input = new PassThrough();
  const keys: string[] = [];
  const stop = listenForKeys(input, (key) => keys.push(key), 10);
  for (const chunk of chunks) {
    input.write(chunk);
    await new Promise((resolve) => setImmediate(resolve));
  }
  // Long enough for readline to decide that a trailing ESC is a key of its own.
  await new Promise((resolve) => setTimeout(resolve, 40));
  stop();
  return keys;
}

describe("keys", () => {
  it("decodes letters, lower-casing them, and enter", async () => {
    expect(await keysFrom(["h", "Q", "\r"])).toEqual(["h", "q", "enter"]);
  });

  it("decodes arrow keys in both CSI and SS3 forms", async () => {
    expect(await keysFrom(["\u001B[A\u001B[B\u001B[C\u001B[D", "\u001BOA\u001BOB"])).toEqual(["up", "down", "right", "left", "up", "down"]);
  });

  it("joins an escape sequence split across two reads into one key", async () => {
    expect(await keysFrom(["\u001B[", "A"])).toEqual(["up"]);
    expect(await keysFrom(["\u001B", "[B"])).toEqual(["down"]);
  });

  it("decodes a lone escape, and ctrl-c and ctrl-d", async () => {
    expect(await keysFrom(["\u001B"])).toEqual(["escape"]);
    expect(await keysFrom(["\u0003", "\u0004"])).toEqual(["ctrl-c", "ctrl-d"]);
  });

  it("decodes several keys arriving in one chunk, in order", async () => {
    expect(await keysFrom(["jj\u001B[Ak\r"])).toEqual(["j", "j", "up", "k", "enter"]);
  });

  it("skips function keys, Home/End and Delete so their letters never act as commands", async () => {
    expect(await keysFrom(["\u001BOQ"])).toEqual([]); // F2 in xterm: not "o", "q" (quit)
    expect(await keysFrom(["\u001BOP\u001BOR\u001BOH"])).toEqual([]); // F1, F3, Home
    expect(await keysFrom(["\u001B[15~h"])).toEqual(["h"]); // F5, then a real key
    expect(await keysFrom(["\u001B[3~x", "\u001B[1;5Cy"])).toEqual(["x", "y"]);
  });

  it("names keys from readline's report without a terminal", () => {
    expect(keyOf("?", undefined)).toBe("?");
    expect(keyOf(undefined, { name: "f5" })).toBeUndefined();
    expect(keyOf("\u007F", { name: "backspace" })).toBeUndefined();
  });
});
