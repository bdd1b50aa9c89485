import { describe, expect, it } from "vitest";
import { buildJournal, chosenEditor, noteTemplate } from "../../src/journey/notes.ts";
import { recordAttempt, recordPass } from "../../src/journey/journal.ts";
import { makeCatalog, progressWith } from "./fixtures.ts";

const catalog = makeCatalog(["a/one", "a/two", "b/three"]);
const kata = (id: string) => catalog.katas.find((k) => k.id === id)!;

describe("the learning log", () => {
  it("starts a note with the kata's title and three prompts", () => {
    const note = noteTemplate(kata("a/one"));
    expect(note.startsWith("# Title of one\n")).toBe(true);
    expect(note).toContain("## What I learned");
    expect(note).toContain("## What surprised me");
    expect(note).toContain("## What I'd do in production");
  });

  it("takes $VISUAL before $EDITOR, and neither when both are empty", () => {
    expect(chosenEditor({ VISUAL: "code -w", EDITOR: "vim" })).toBe("code -w");
    expect(chosenEditor({ EDITOR: "nano" })).toBe("nano");
    expect(chosenEditor({ VISUAL: " ", EDITOR: "" })).toBeUndefined();
  });

  it("builds one page in phase order from the notes and the figures, leaving out untouched templates", () => {
    const at = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 9, minutes));
    let progress = progressWith(["b/three"], { done: { "b/three": at(10).toISOString() } });
    progress = recordPass(recordAttempt(recordAttempt(progress, "b/three", at(0)), "b/three", at(6)), "b/three", at(10));
    const notes = new Map([
      ["b/three", `${noteTemplate(kata("b/three")).replace("## What I learned\n\n", "## What I learned\n\nHeaps are arrays.\n")}`],
      ["a/two", noteTemplate(kata("a/two"))],
    ]);
    const page = buildJournal(catalog, progress, notes, at(20));
    expect(page.startsWith("# My backend engineering journal\n\n1 of 3 katas done")).toBe(true);
    expect(page.indexOf("## Phase a")).toBeLessThan(page.indexOf("## Phase b"));
    expect(page).toContain("### Title of three\n\n_What three teaches — passed 2026-03-01 after 10 min, 2 attempts, 0 hints._");
    expect(page).toContain("Heaps are arrays.");
    expect(page).toContain("### Title of two\n\n_What two teaches — in progress._");
    expect(page.match(/## What I learned/g)).toHaveLength(1); // the untouched template is not repeated
  });
});
