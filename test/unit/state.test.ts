import { describe, expect, it } from "vitest";
import { doneCount, initialState, nextUnfinished, quitSummary, startIndex } from "../../src/watch/state.ts";
import { makeCatalog, progressWith, THREE } from "./fixtures.ts";

const catalog = makeCatalog(THREE);

describe("startIndex", () => {
  it("starts a newcomer at the first kata", () => {
    expect(startIndex(catalog, progressWith())).toBe(0);
  });

  it("resumes at the saved kata while it is unfinished", () => {
    expect(startIndex(catalog, progressWith(["a/one"], { current: "b/three" }))).toBe(2);
  });

  it("starts at the first unfinished kata when the saved one is done", () => {
    expect(startIndex(catalog, progressWith(["a/one", "b/three"], { current: "b/three" }))).toBe(1);
  });

  it("starts at the first unfinished kata when the saved one is no longer in the catalog", () => {
    expect(startIndex(catalog, progressWith(["a/one"], { current: "gone/kata" }))).toBe(1);
  });

  it("starts at the first kata when every kata is done", () => {
    expect(startIndex(catalog, progressWith(["a/one", "a/two", "b/three"]))).toBe(0);
  });
});

describe("nextUnfinished", () => {
  it("finds the first unfinished kata at or after a position, wrapping around", () => {
    const progress = progressWith(["a/two"]);
    expect(nextUnfinished(catalog, progress, 0)).toBe(0);
    expect(nextUnfinished(catalog, progress, 1)).toBe(2);
    expect(nextUnfinished(catalog, progressWith(["a/two", "b/three"]), 1)).toBe(0);
  });

  it("is undefined when every kata is done", () => {
    expect(nextUnfinished(catalog, progressWith(["a/one", "a/two", "b/three"]), 0)).toBeUndefined();
  });
});

describe("doneCount", () => {
  it("counts only katas in the catalog", () => {
    expect(doneCount({ catalog, progress: progressWith(["a/one", "removed/kata"]) })).toBe(1);
  });
});

describe("initialState", () => {
  it("opens the kata view at the start kata, with the list cursor there and the given notice", () => {
    const notice = { kind: "warning", text: "progress was rebuilt" } as const;
    const state = initialState(catalog, progressWith(["a/one"]), notice);
    expect(state.currentIndex).toBe(1);
    expect(state.listCursor).toBe(1);
    expect(state.view).toEqual({ kind: "kata" });
    expect(state.notice).toBe(notice);
    expect(state.running).toBe(false);
    expect(state.result).toBeUndefined();
    expect(state.checkAll).toBeUndefined();
  });
});

describe("quitSummary", () => {
  it("says how many are done and which kata is next from where the learner is", () => {
    expect(quitSummary({ catalog, progress: progressWith(["a/one"]), currentIndex: 2 })).toBe("1/3 done · next: b/three");
    expect(quitSummary({ catalog, progress: progressWith(["a/one", "b/three"]), currentIndex: 2 })).toBe("2/3 done · next: a/two");
  });

  it("says so when every kata passes", () => {
    expect(quitSummary({ catalog, progress: progressWith([...THREE]), currentIndex: 0 })).toBe("3/3 done · every kata passes");
  });
});
