import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyProgress } from "../../src/progress/schema.ts";
import { execa } from "execa";
import { applyResults, markDone, markUndone, mergeProgress, NewerProgressError, parseProgress, ProgressStore } from "../../src/progress/store.ts";
import { progressWith } from "./fixtures.ts";

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "katas-store-"));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const learnDir = () => path.join(root, ".learn");
const progressFile = () => path.join(root, ".learn", "progress.json");

function writeProgressText(text: string): void {
  fs.mkdirSync(learnDir(), { recursive: true });
  fs.writeFileSync(progressFile(), text);
}

describe("ProgressStore", () => {
  it("starts fresh with empty progress when there is no progress file", () => {
    const loaded = new ProgressStore(root).load();
    expect(loaded).toEqual({ kind: "fresh", progress: emptyProgress() });
  });

  it("keeps the file in .learn/progress.json under the root", () => {
    expect(new ProgressStore(root).file).toBe(progressFile());
  });

  it("loads back exactly what it saved", () => {
    const store = new ProgressStore(root);
    const progress = progressWith(["a/one"], { current: "a/two", hintsShown: { "a/two": 2 } });
    store.save(progress);
    expect(store.load()).toEqual({ kind: "ok", progress });
  });

  it("creates the .learn folder on first save", () => {
    new ProgressStore(root).save(emptyProgress());
    expect(fs.existsSync(progressFile())).toBe(true);
  });

  it("leaves no temporary file behind after saving", () => {
    const store = new ProgressStore(root);
    store.save(progressWith(["a/one"]));
    store.save(progressWith(["a/one", "a/two"]));
    expect(fs.readdirSync(learnDir()).sort()).toEqual(["key", "progress.json"]);
  });

  it("overwrites the previous progress on save", () => {
    const store = new ProgressStore(root);
    store.save(progressWith(["a/one"]));
    store.save(progressWith([]));
    const loaded = store.load();
    expect(loaded.kind).toBe("ok");
    expect(loaded.progress.done).toEqual({});
  });

  it("migrates a version 1 file, from before hints or the journal were kept, to the current format", () => {
    writeProgressText(JSON.stringify({ formatVersion: 1, done: {}, current: "a/one" }));
    const loaded = new ProgressStore(root).load();
    expect(loaded).toEqual({ kind: "ok", progress: { formatVersion: 2, done: {}, current: "a/one", hintsShown: {}, journal: {} } });
  });

  it("migrates a signed version 1 file with its done marks, hints and journal, and writes it back as version 2", () => {
    const store = new ProgressStore(root);
    const journal = { "a/one": { attempts: 4, activeMs: 90_000, resets: 1, passedAfterAttempts: 4, passedAfterMs: 90_000 } };
    store.save(progressWith(["a/one"], { hintsShown: { "a/one": 2 }, journal }));
    const v1 = { ...(JSON.parse(fs.readFileSync(progressFile(), "utf8")) as object), formatVersion: 1 };
    writeProgressText(JSON.stringify(v1));
    const loaded = store.load();
    expect(loaded.kind).toBe("ok");
    expect(loaded.progress).toMatchObject({ formatVersion: 2, done: { "a/one": expect.any(String) }, hintsShown: { "a/one": 2 }, journal });
    store.update((onDisk) => onDisk);
    expect(JSON.parse(fs.readFileSync(progressFile(), "utf8"))).toMatchObject({ formatVersion: 2, journal });
  });

  it("leaves a newer grader's file untouched, neither set aside nor overwritten, and says to update", () => {
    const text = JSON.stringify({ formatVersion: 3, done: { "a/one": "2026-01-01T00:00:00.000Z" }, somethingNew: true });
    writeProgressText(text);
    const store = new ProgressStore(root);
    expect(() => store.load()).toThrow(/newer version of the grader \(format 3; this one reads up to 2\).*git pull, then npm install/);
    expect(() => store.update((onDisk) => onDisk)).toThrow(NewerProgressError);
    expect(fs.readFileSync(progressFile(), "utf8")).toBe(text);
    expect(fs.readdirSync(learnDir()).filter((f) => f.includes("corrupt"))).toEqual([]);
  });

  it("does not take done marks on trust that this grader did not write: edited by hand", () => {
    const store = new ProgressStore(root);
    store.save(progressWith(["a/one"], { hintsShown: { "a/one": 1 } }));
    const onDisk = JSON.parse(fs.readFileSync(progressFile(), "utf8")) as { done: Record<string, string> };
    onDisk.done["a/two"] = "2026-01-01T00:00:00.000Z";
    writeProgressText(JSON.stringify(onDisk));
    const loaded = store.load();
    expect(loaded.kind).toBe("untrusted");
    expect(loaded.progress.done).toEqual({});
    expect(loaded.progress.hintsShown).toEqual({ "a/one": 1 });
    if (loaded.kind === "untrusted") expect(loaded.untrusted.sort()).toEqual(["a/one", "a/two"]);
  });

  it("does not take done marks on trust that this grader did not write: copied from another checkout", () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "katas-store-other-"));
    try {
      new ProgressStore(other).save(progressWith(["a/one"]));
      writeProgressText(fs.readFileSync(path.join(other, ".learn", "progress.json"), "utf8"));
      expect(new ProgressStore(root).load().kind).toBe("untrusted");
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it("never signs marks it did not write when it merges with the file on disk", () => {
    const store = new ProgressStore(root);
    store.save(progressWith(["a/one"]));
    const onDisk = JSON.parse(fs.readFileSync(progressFile(), "utf8")) as { done: Record<string, string> };
    onDisk.done["a/forged"] = "2026-01-01T00:00:00.000Z";
    writeProgressText(JSON.stringify(onDisk));
    store.update((current) => markDone(current, "a/two", new Date("2026-02-01T00:00:00.000Z")));
    const loaded = store.load();
    expect(loaded.kind).toBe("ok");
    expect(Object.keys(loaded.progress.done)).toEqual(["a/two"]);
  });

  it("sets a file that is not JSON aside and recovers with empty progress instead of throwing", () => {
    writeProgressText("{ this is not json");
    const now = new Date("2026-11-25T19:26:36.123Z");
    const loaded = new ProgressStore(root).load(now);
    expect(loaded.kind).toBe("recovered");
    if (loaded.kind !== "recovered") return;
    expect(loaded.progress).toEqual(emptyProgress());
    expect(loaded.setAsideAs).toBe(`${progressFile()}.corrupt-2026-11-25T19-26-36-123Z`);
    expect(loaded.reason).toMatch(/^not valid JSON \(/);
    expect(fs.existsSync(progressFile())).toBe(false);
    expect(fs.readFileSync(loaded.setAsideAs, "utf8")).toBe("{ this is not json");
  });

  it("sets a schema-invalid file aside and says which field is wrong", () => {
    const text = JSON.stringify({ formatVersion: 1, done: { "a/one": 42 } });
    writeProgressText(text);
    const loaded = new ProgressStore(root).load(new Date("2026-01-02T03:04:05.006Z"));
    expect(loaded.kind).toBe("recovered");
    if (loaded.kind !== "recovered") return;
    expect(loaded.reason).toMatch(/^done\.a\/one: /);
    expect(path.basename(loaded.setAsideAs)).toBe("progress.json.corrupt-2026-01-02T03-04-05-006Z");
    expect(fs.readFileSync(loaded.setAsideAs, "utf8")).toBe(text);
  });

  it("sets a folder or a huge file in the progress file's place aside without reading it", () => {
    fs.mkdirSync(progressFile(), { recursive: true });
    const folder = new ProgressStore(root).load();
    expect(folder).toMatchObject({ kind: "recovered", reason: "not a file" });
    fs.writeFileSync(progressFile(), "");
    fs.truncateSync(progressFile(), 64 * 1024 * 1024);
    const huge = new ProgressStore(root).load(new Date("2026-01-02T03:04:05.007Z"));
    expect(huge).toMatchObject({ kind: "recovered", reason: "67108864 bytes, far more than progress ever takes" });
    expect(fs.existsSync(progressFile())).toBe(false);
  });

  it("reports a wrong top-level shape as such", () => {
    writeProgressText("[]");
    const loaded = new ProgressStore(root).load();
    expect(loaded.kind).toBe("recovered");
    if (loaded.kind !== "recovered") return;
    expect(loaded.reason).toMatch(/^top level: /);
  });

  it("can save fresh progress after recovering, and the set-aside file stays", () => {
    writeProgressText("garbage");
    const store = new ProgressStore(root);
    const loaded = store.load();
    store.save(progressWith(["a/one"]));
    expect(store.load().kind).toBe("ok");
    expect(loaded.kind === "recovered" && fs.existsSync(loaded.setAsideAs)).toBe(true);
  });
});

describe("parseProgress", () => {
  it("rejects a formatVersion it does not know", () => {
    const parsed = parseProgress(JSON.stringify({ formatVersion: 0, done: {} }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/^formatVersion: /);
  });

  it("rejects a negative hint count", () => {
    expect(parseProgress(JSON.stringify({ formatVersion: 1, done: {}, hintsShown: { "a/one": -1 } })).ok).toBe(false);
  });
});

describe("markDone and markUndone", () => {
  const first = new Date("2026-01-01T00:00:00.000Z");
  const later = new Date("2026-06-01T00:00:00.000Z");

  it("records when a kata was first passed", () => {
    expect(markDone(emptyProgress(), "a/one", first).done).toEqual({ "a/one": first.toISOString() });
  });

  it("keeps the first time when a kata passes again", () => {
    const once = markDone(emptyProgress(), "a/one", first);
    const twice = markDone(once, "a/one", later);
    expect(twice.done["a/one"]).toBe(first.toISOString());
    expect(twice).toBe(once);
  });

  it("does not change the progress it was given", () => {
    const before = emptyProgress();
    markDone(before, "a/one", first);
    expect(before.done).toEqual({});
  });

  it("forgets a kata's pass and only that", () => {
    const progress = markDone(markDone(emptyProgress(), "a/one", first), "a/two", first);
    const after = markUndone(progress, "a/one");
    expect(after.done).toEqual({ "a/two": first.toISOString() });
    expect(progress.done).toHaveProperty("a/one");
  });

  it("leaves progress as it is when unmarking a kata that was not done", () => {
    const progress = progressWith(["a/two"]);
    expect(markUndone(progress, "a/one")).toBe(progress);
  });
});

describe("applyResults", () => {
  it("marks passing katas done (keeping the first pass time) and failing or erroring ones not done", () => {
    const first = new Date("2026-01-01T00:00:00.000Z");
    const later = new Date("2026-02-01T00:00:00.000Z");
    const start = { ...emptyProgress(), done: { "a/one": first.toISOString(), "a/two": first.toISOString() } };
    const next = applyResults(start, [
      { kataId: "a/one", status: "pass" },
      { kataId: "a/two", status: "fail" },
      { kataId: "a/three", status: "pass" },
      { kataId: "a/four", status: "error" },
    ], later);
    expect(next.done).toEqual({ "a/one": first.toISOString(), "a/three": later.toISOString() });
  });
});

describe("ProgressStore.update and mergeProgress: writers never lose each other's marks", () => {
  it("keeps a done mark another process wrote after this one loaded", () => {
    const mine = new ProgressStore(root);
    const loaded = mine.load().progress;
    new ProgressStore(root).update((onDisk) => markDone(onDisk, "a/two", new Date("2026-02-02T00:00:00.000Z")));
    mine.update((onDisk) => mergeProgress(onDisk, { ...loaded, current: "a/three", hintsShown: { "a/three": 1 } }));
    const after = mine.load().progress;
    expect(after.done).toEqual({ "a/two": "2026-02-02T00:00:00.000Z" });
    expect(after).toMatchObject({ current: "a/three", hintsShown: { "a/three": 1 } });
  });

  it("keeps the earliest pass time and the highest hint count", () => {
    const onDisk = progressWith(["a/one"], { hintsShown: { "a/one": 3, "a/two": 1 } });
    const mine = { ...emptyProgress(), done: { "a/one": "2026-05-05T00:00:00.000Z" }, hintsShown: { "a/one": 1, "a/two": 2 } };
    const merged = mergeProgress(onDisk, mine);
    expect(merged.done).toEqual({ "a/one": "2026-01-01T00:00:00.000Z" });
    expect(merged.hintsShown).toEqual({ "a/one": 3, "a/two": 2 });
  });

  it("removes a done mark only when this writer explicitly undid it", () => {
    const onDisk = progressWith(["a/one", "a/two"]);
    expect(Object.keys(mergeProgress(onDisk, emptyProgress()).done)).toEqual(["a/one", "a/two"]);
    expect(Object.keys(mergeProgress(onDisk, emptyProgress(), ["a/one"]).done)).toEqual(["a/two"]);
  });

  it("takes a lock left by a process that died long ago", () => {
    const store = new ProgressStore(root);
    fs.mkdirSync(learnDir(), { recursive: true });
    const lock = `${progressFile()}.lock`;
    fs.writeFileSync(lock, "");
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    store.update((progress) => markDone(progress, "a/one", new Date()));
    expect(Object.keys(store.load().progress.done)).toEqual(["a/one"]);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it("loses no mark when several processes write at once", { timeout: 60_000 }, async () => {
    const storeModule = path.resolve("src/progress/store.ts");
    const writer = (n: number) =>
      execa("node", ["--import", "tsx", "-e", `
        const { ProgressStore, markDone } = await import(${JSON.stringify(storeModule)});
        const store = new ProgressStore(${JSON.stringify(root)});
        for (let i = 0; i < 25; i++) store.update((p) => markDone(p, "w${n}/kata-" + i, new Date()));
      `]);
    await Promise.all([writer(1), writer(2), writer(3)]);
    const done = Object.keys(new ProgressStore(root).load().progress.done);
    expect(done).toHaveLength(75);
    expect(fs.readdirSync(learnDir()).sort()).toEqual(["key", "progress.json"]);
  });
});
