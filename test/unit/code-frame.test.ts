import { describe, expect, it } from "vitest";
import { codeFrame } from "../../src/watch/code-frame.ts";

const source = ["line one", "line two", "line three", "line four", "line five", "line six"].join("\n");

describe("codeFrame", () => {
  it("shows two lines either side, marks the line and puts a caret under the column", () => {
    expect(codeFrame(source, 3, 6)).toBe(
      ["  1 | line one", "  2 | line two", "> 3 | line three", "    |      ^", "  4 | line four", "  5 | line five"].join("\n"),
    );
  });

  it("stops at the start and end of the file", () => {
    expect(codeFrame(source, 1, 1).split("\n")[0]).toBe("> 1 | line one");
    expect(codeFrame(source, 6, 1).split("\n").slice(-2)).toEqual(["> 6 | line six", "    | ^"]);
  });

  it("pads line numbers to the widest one shown", () => {
    const long = Array.from({ length: 12 }, (_, i) => `l${i + 1}`).join("\n");
    expect(codeFrame(long, 9, 2).split("\n")).toEqual(["   7 | l7", "   8 | l8", ">  9 | l9", "     |  ^", "  10 | l10", "  11 | l11"]);
  });

  it("honours a custom amount of context", () => {
    expect(codeFrame(source, 3, 1, 0)).toBe("> 3 | line three\n    | ^");
  });

  it("handles Windows line endings", () => {
    expect(codeFrame("a\r\nbb\r\nc", 2, 2, 0)).toBe("> 2 | bb\n    |  ^");
  });

  it("is empty for a line outside the file", () => {
    expect(codeFrame(source, 0, 1)).toBe("");
    expect(codeFrame(source, 7, 1)).toBe("");
  });

  it("keeps the caret at the start for a column below 1", () => {
    expect(codeFrame(source, 2, 0, 0)).toBe("> 2 | line two\n    | ^");
  });
});
