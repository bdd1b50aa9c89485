import { describe, expect, it } from "vitest";
import { capText, terminalSafe } from "../../src/util/terminal-safe.ts";

describe("terminalSafe", () => {
  it("removes escape sequences that would clear the screen, leave the alternate screen or retitle the window", () => {
    expect(terminalSafe("a\u001b[2Jb\u001b[?1049lc\u001b]0;owned\u0007d")).toBe("abcd");
  });

  it("shows other control characters (binary output, a lone ESC, carriage returns) as a placeholder, keeping newlines and tabs", () => {
    expect(terminalSafe("x\u0000y\rz\u001b\n\tw\u009b")).toBe("x�y�z�\n\tw�");
  });

  it("leaves ordinary text, including wide characters, as it is", () => {
    expect(terminalSafe("expected 'héllo 世界' to be 'x'")).toBe("expected 'héllo 世界' to be 'x'");
  });
});

describe("capText", () => {
  it("keeps text within the limit and counts what it dropped", () => {
    expect(capText("abcdef", 4)).toEqual({ text: "abcd", dropped: 2 });
    expect(capText("ab", 4)).toEqual({ text: "ab", dropped: 0 });
  });
});
