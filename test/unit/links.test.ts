import { describe, expect, it } from "vitest";
import { hyperlink, supportsHyperlinks } from "../../src/terminal/links.ts";

describe("supportsHyperlinks", () => {
  it("is off by default on an unknown terminal", () => {
    expect(supportsHyperlinks({ TERM: "xterm-256color" }, true)).toBe(false);
  });

  it("is on in terminals known to support them", () => {
    for (const env of [{ WT_SESSION: "1" }, { KITTY_WINDOW_ID: "1" }, { WEZTERM_PANE: "0" }, { GHOSTTY_RESOURCES_DIR: "/x" }]) {
      expect(supportsHyperlinks(env, true), JSON.stringify(env)).toBe(true);
    }
    for (const program of ["iTerm.app", "vscode", "WezTerm", "ghostty", "Hyper", "Tabby"]) {
      expect(supportsHyperlinks({ TERM_PROGRAM: program }, true), program).toBe(true);
    }
  });

  it("is off in an unlisted TERM_PROGRAM", () => {
    expect(supportsHyperlinks({ TERM_PROGRAM: "Apple_Terminal" }, true)).toBe(false);
  });

  it("is on from VTE 0.50 (VTE_VERSION 5000) and off before", () => {
    expect(supportsHyperlinks({ VTE_VERSION: "5000" }, true)).toBe(true);
    expect(supportsHyperlinks({ VTE_VERSION: "6800" }, true)).toBe(true);
    expect(supportsHyperlinks({ VTE_VERSION: "4999" }, true)).toBe(false);
    expect(supportsHyperlinks({ VTE_VERSION: "garbage" }, true)).toBe(false);
  });

  it("is off when output is not a terminal, on CI, or on a dumb terminal, even in a supporting terminal", () => {
    expect(supportsHyperlinks({ TERM_PROGRAM: "vscode" }, false)).toBe(false);
    expect(supportsHyperlinks({ TERM_PROGRAM: "vscode", CI: "true" }, true)).toBe(false);
    expect(supportsHyperlinks({ TERM_PROGRAM: "vscode", TERM: "dumb" }, true)).toBe(false);
  });

  it("can be forced on with FORCE_HYPERLINK, even without a terminal", () => {
    expect(supportsHyperlinks({ FORCE_HYPERLINK: "1" }, false)).toBe(true);
    expect(supportsHyperlinks({ FORCE_HYPERLINK: "1", CI: "true", TERM: "dumb" }, true)).toBe(true);
  });

  it("can be forced off with FORCE_HYPERLINK=0, even in a supporting terminal", () => {
    expect(supportsHyperlinks({ FORCE_HYPERLINK: "0", TERM_PROGRAM: "vscode" }, true)).toBe(false);
  });
});

describe("hyperlink", () => {
  it("wraps the text in an OSC 8 link to the file URL", () => {
    expect(hyperlink("a b.ts", "/tmp/a b.ts")).toBe("\u001B]8;;file:///tmp/a%20b.ts\u001B\\a b.ts\u001B]8;;\u001B\\");
  });
});
