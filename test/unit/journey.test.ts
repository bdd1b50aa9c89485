import { describe, expect, it } from "vitest";
import { IDLE_GAP_MS, journalOf, mergeJournals, recordAttempt, recordPass, recordReset } from "../../src/journey/journal.ts";
import { computeStats, formatStats, streak } from "../../src/journey/stats.ts";
import { makeCatalog, progressWith } from "./fixtures.ts";

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 9, 0) + minutes * 60_000);

describe("the journal of a kata", () => {
  it("counts graded saves and the time between them", () => {
    let progress = progressWith();
    for (const minute of [0, 3, 5]) progress = recordAttempt(progress, "a/one", at(minute));
    expect(journalOf(progress, "a/one")).toMatchObject({ attempts: 3, activeMs: 5 * 60_000, resets: 0 });
  });

  it("does not count a pause longer than 10 minutes as time spent", () => {
    let progress = recordAttempt(progressWith(), "a/one", at(0));
    progress = recordAttempt(progress, "a/one", at(2));
    progress = recordAttempt(progress, "a/one", at(2 + IDLE_GAP_MS / 60_000 + 1)); // back from lunch
    progress = recordAttempt(progress, "a/one", at(2 + IDLE_GAP_MS / 60_000 + 2));
    expect(journalOf(progress, "a/one").activeMs).toBe(3 * 60_000);
  });

  it("keeps what the first pass took, whatever comes after", () => {
    let progress = recordAttempt(progressWith(), "a/one", at(0));
    progress = recordAttempt(progress, "a/one", at(4));
    progress = recordPass(progress, "a/one", at(6));
    progress = recordAttempt(recordPass(progress, "a/one", at(8)), "a/one", at(9));
    expect(journalOf(progress, "a/one")).toMatchObject({ attempts: 3, passedAfterAttempts: 2, passedAfterMs: 6 * 60_000 });
  });

  it("counts resets", () => {
    expect(journalOf(recordReset(recordReset(progressWith(), "a/one"), "a/one"), "a/one").resets).toBe(2);
  });

  it("merges two writers' journals without losing either's counts or the first pass", () => {
    const mine = recordPass(recordAttempt(recordAttempt(progressWith(), "a/one", at(0)), "a/one", at(1)), "a/one", at(2));
    const theirs = recordAttempt(progressWith(), "b/two", at(0));
    const merged = mergeJournals(theirs.journal, mine.journal);
    expect(merged["a/one"]).toMatchObject({ attempts: 2, passedAfterAttempts: 2 });
    expect(merged["b/two"]).toMatchObject({ attempts: 1 });
    const older = recordAttempt(progressWith(), "a/one", at(0));
    expect(mergeJournals(mine.journal, older.journal)["a/one"]).toMatchObject({ attempts: 2, passedAfterMs: 2 * 60_000 });
  });
});

describe("stats", () => {
  const catalog = makeCatalog(["a/one", "a/two", "b/three"]);

  it("counts done per phase and time per kata, and lists the slowest passes first", () => {
    let progress = progressWith(["a/one", "b/three"], { done: { "a/one": at(10).toISOString(), "b/three": at(40).toISOString() }, hintsShown: { "a/two": 2 } });
    progress = recordPass(recordAttempt(recordAttempt(progress, "a/one", at(0)), "a/one", at(8)), "a/one", at(10));
    progress = recordPass(recordAttempt(progress, "b/three", at(38)), "b/three", at(40));
    progress = recordAttempt(progress, "a/two", at(20));
    const stats = computeStats(catalog, progress, at(60));
    expect(stats.phases.map((p) => [p.id, p.done, p.total])).toEqual([["a", 1, 2], ["b", 1, 1]]);
    expect(stats.katas.find((k) => k.id === "a/one")).toMatchObject({ done: true, attempts: 2, timeToPassMs: 10 * 60_000 });
    expect(stats.katas.find((k) => k.id === "a/two")).toMatchObject({ done: false, attempts: 1, hints: 2 });
    expect(stats.slowest).toEqual([{ id: "a/one", timeToPassMs: 10 * 60_000 }, { id: "b/three", timeToPassMs: 2 * 60_000 }]);
    expect(stats.streakDays).toBe(1);
    const text = formatStats(stats);
    expect(text).toContain("2/3 katas done");
    expect(text).toMatch(/a\/one\s+2 · 0 · 10 min to pass/);
    // A phase nobody has touched says so, rather than "under a minute".
    expect(formatStats(computeStats(makeCatalog(["a/one", "z/other"]), progress, at(60)))).toMatch(/Phase z\s+0\/1  —/);
  });

  it("counts a streak of days with a pass, back from today or yesterday", () => {
    const day = (d: number) => new Date(2026, 2, d, 12).toISOString();
    expect(streak([day(1), day(2), day(3)], new Date(2026, 2, 3, 20))).toBe(3);
    expect(streak([day(1), day(2)], new Date(2026, 2, 3, 8))).toBe(2); // nothing yet today
    expect(streak([day(1), day(3)], new Date(2026, 2, 3, 20))).toBe(1);
    expect(streak([day(1)], new Date(2026, 2, 4, 20))).toBe(0);
  });
});
