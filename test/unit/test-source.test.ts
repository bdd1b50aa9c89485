import { describe, expect, it } from "vitest";
import { extractTestSource } from "../../src/watch/test-source.ts";

const suite = [
  'describe("cache", () => {', // 1
  '  it("evicts the oldest", () => {', // 2
  "    const cache = new Cache(1);", // 3
  "    if (cache) {", // 4
  "    }", // 5
  "    expect(cache.size).toBe(1);", // 6
  "  });", // 7
  "", // 8
  '  it("keeps a value", () =>', // 9
  "    expect(1).toBe(1)", // 10
  "  );", // 11
  "});", // 12
].join("\n");

describe("extractTestSource", () => {
  it("returns the test from its opening line to the line that closes it", () => {
    expect(extractTestSource(suite, 2)).toBe(
      ['  it("evicts the oldest", () => {', "    const cache = new Cache(1);", "    if (cache) {", "    }", "    expect(cache.size).toBe(1);", "  });"].join("\n"),
    );
  });

  it("ends a test closed with a parenthesis", () => {
    expect(extractTestSource(suite, 9)).toBe(['  it("keeps a value", () =>', "    expect(1).toBe(1)", "  );"].join("\n"));
  });

  it("handles Windows line endings", () => {
    expect(extractTestSource('it("x", () => {\r\n  go();\r\n});\r\n', 1)).toBe('it("x", () => {\n  go();\n});');
  });

  it("is undefined for a line past the end of the file", () => {
    expect(extractTestSource(suite, 99)).toBeUndefined();
  });

  it("falls back to at most 31 lines when no closing line is found", () => {
    const unclosed = ['  it("x", () => {', ...Array.from({ length: 50 }, (_, i) => `    step${i}();`)].join("\n");
    const extracted = extractTestSource(unclosed, 1) ?? "";
    expect(extracted.split("\n")).toHaveLength(31);
    expect(extracted.startsWith('  it("x"')).toBe(true);
  });
});
