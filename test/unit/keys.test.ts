import { describe, expect, it } from "vitest";
import { decodeKeys } from "../../src/terminal/keys.ts";

describe("decodeKeys", () => {
  it("decodes letters, lower-casing them", () => {
    expect(decodeKeys("h")).toEqual(["h"]);
    expect(decodeKeys("Q")).toEqual(["q"]);
  });

  it("decodes enter from a carriage return or a line feed", () => {
    expect(decodeKeys("\r")).toEqual(["enter"]);
    expect(decodeKeys("\n")).toEqual(["enter"]);
  });

  it("decodes a lone escape", () => {
    expect(decodeKeys("\u001B")).toEqual(["escape"]);
  });

  it("decodes arrow keys in both CSI and SS3 forms", () => {
    expect(decodeKeys("\u001B[A\u001B[B\u001B[C\u001B[D")).toEqual(["up", "down", "right", "left"]);
    expect(decodeKeys("\u001BOA\u001BOB")).toEqual(["up", "down"]);
  });

  it("decodes ctrl-c and ctrl-d", () => {
    expect(decodeKeys("\u0003")).toEqual(["ctrl-c"]);
    expect(decodeKeys("\u0004")).toEqual(["ctrl-d"]);
  });

  it("decodes several keys arriving in one chunk, in order", () => {
    expect(decodeKeys("jj\u001B[Ak\r")).toEqual(["j", "j", "up", "k", "enter"]);
  });

  it("skips function keys and Home/End (SS3 and CSI forms) so their letters never act as commands", () => {
    expect(decodeKeys("\u001BOQ")).toEqual([]); // F2 in xterm: not "o", "q" (quit)
    expect(decodeKeys("\u001BOP\u001BOR\u001BOH")).toEqual([]); // F1, F3, Home
    expect(decodeKeys("\u001B[15~h")).toEqual(["h"]); // F5, then a real key
  });

  it("skips unknown escape sequences instead of reading them as letters", () => {
    expect(decodeKeys("\u001B[3~x")).toEqual(["x"]);
    expect(decodeKeys("\u001B[1;5Cy")).toEqual(["y"]);
  });

  it("decodes nothing from an empty chunk", () => {
    expect(decodeKeys("")).toEqual([]);
  });
});
