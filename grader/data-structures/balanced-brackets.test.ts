import { describe, expect, it } from "vitest";
import { checkBrackets } from "../../exercises/data-structures/balanced-brackets.ts";

describe("checkBrackets", () => {
  it("accepts correctly nested brackets of all three kinds", () => {
    expect(checkBrackets("{[()()]}")).toEqual({ ok: true });
    expect(checkBrackets("()[]{}")).toEqual({ ok: true });
    expect(checkBrackets("([{}])")).toEqual({ ok: true });
  });

  it("ignores every character that is not a bracket", () => {
    expect(checkBrackets('fn(a[0], { "k": [1, 2] })')).toEqual({ ok: true });
    expect(checkBrackets("<div> 1 < 2 </div>")).toEqual({ ok: true });
  });

  it("accepts the empty string and text with no brackets", () => {
    expect(checkBrackets("")).toEqual({ ok: true });
    expect(checkBrackets("no brackets here")).toEqual({ ok: true });
  });

  it("reports a closer that does not match the most recently opened bracket, at the closer's index", () => {
    expect(checkBrackets("([)]")).toEqual({ ok: false, index: 2, kind: "mismatch" });
    expect(checkBrackets("f(a[1)]")).toEqual({ ok: false, index: 5, kind: "mismatch" });
    expect(checkBrackets("{]")).toEqual({ ok: false, index: 1, kind: "mismatch" });
  });

  it("reports a closing bracket when nothing is open as unexpected-close", () => {
    expect(checkBrackets("())")).toEqual({ ok: false, index: 2, kind: "unexpected-close" });
    expect(checkBrackets("a)")).toEqual({ ok: false, index: 1, kind: "unexpected-close" });
    expect(checkBrackets("][")).toEqual({ ok: false, index: 0, kind: "unexpected-close" });
  });

  it("reports the earliest bracket still open when the input ends", () => {
    expect(checkBrackets("((x)")).toEqual({ ok: false, index: 0, kind: "unclosed" });
    expect(checkBrackets("x{[]")).toEqual({ ok: false, index: 1, kind: "unclosed" });
    expect(checkBrackets("()[{")).toEqual({ ok: false, index: 2, kind: "unclosed" });
  });

  it("reports only the first problem, reading left to right", () => {
    expect(checkBrackets("(]))")).toEqual({ ok: false, index: 1, kind: "mismatch" });
    expect(checkBrackets(")(")).toEqual({ ok: false, index: 0, kind: "unexpected-close" });
    expect(checkBrackets("[(])")).toEqual({ ok: false, index: 2, kind: "mismatch" });
  });

  it("checks a 200 000-deep nesting in linear time without recursion", { timeout: 5_000 }, () => {
    const depth = 200_000;
    const balanced = "(".repeat(depth) + ")".repeat(depth);
    expect(checkBrackets(balanced)).toEqual({ ok: true });

    const brokenAtEnd = "[".repeat(depth) + "]".repeat(depth - 1) + ")";
    expect(checkBrackets(brokenAtEnd)).toEqual({ ok: false, index: 2 * depth - 1, kind: "mismatch" });
  });
});
