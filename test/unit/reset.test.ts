import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Kata } from "../../src/catalog/catalog.ts";
import { attemptStamp, resetKata } from "../../src/workspace/reset.ts";
import { makeCatalog } from "./fixtures.ts";

let root: string;
let kata: Kata;
// Bytes a text round trip could alter: CRLF, a BOM, non-ASCII, no final newline.
const STARTER = Buffer.from("\uFEFFexport function f(): number {\r\n  throw new Error(\"todo – é\");\r\n}", "utf8");
const now = new Date("2026-11-25T19:26:36.123Z");

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "katas-reset-"));
  const found = makeCatalog(["caching/lru-cache"]).katas[0];
  if (!found) throw new Error("fixture catalog is empty");
  kata = found;
  write(kata.starter, STARTER);
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function write(relative: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  fs.writeFileSync(path.join(root, relative), content);
}

const read = (relative: string): Buffer => fs.readFileSync(path.join(root, relative));

describe("resetKata", () => {
  it("restores the starter byte for byte", () => {
    write(kata.exercise, "export function f() { return 1; }\n");
    resetKata(root, kata, now);
    expect(read(kata.exercise).equals(STARTER)).toBe(true);
  });

  it("keeps the previous attempt under .learn/attempts/<id>/<stamp>.ts", () => {
    const attempt = "export function f() { return 1; }\n";
    write(kata.exercise, attempt);
    const outcome = resetKata(root, kata, now);
    expect(outcome.attemptSavedAs).toBe(path.join(".learn", "attempts", "caching", "lru-cache", "2026-11-25T19-26-36-123Z.ts"));
    expect(read(outcome.attemptSavedAs ?? "").toString("utf8")).toBe(attempt);
  });

  it("keeps nothing when the file is still the starter", () => {
    write(kata.exercise, STARTER);
    expect(resetKata(root, kata, now).attemptSavedAs).toBeUndefined();
    expect(fs.existsSync(path.join(root, ".learn"))).toBe(false);
  });

  it("keeps nothing when the file is empty", () => {
    write(kata.exercise, "");
    expect(resetKata(root, kata, now).attemptSavedAs).toBeUndefined();
    expect(read(kata.exercise).equals(STARTER)).toBe(true);
  });

  it("works when the exercise file was deleted, keeping nothing", () => {
    const outcome = resetKata(root, kata, now);
    expect(outcome.attemptSavedAs).toBeUndefined();
    expect(read(kata.exercise).equals(STARTER)).toBe(true);
  });

  it("recreates the exercise folder when it was deleted too", () => {
    fs.rmSync(path.join(root, "exercises"), { recursive: true, force: true });
    resetKata(root, kata, now);
    expect(read(kata.exercise).equals(STARTER)).toBe(true);
  });

  it("leaves no temporary file beside the exercise", () => {
    write(kata.exercise, "changed");
    resetKata(root, kata, now);
    expect(fs.readdirSync(path.dirname(path.join(root, kata.exercise)))).toEqual(["lru-cache.ts"]);
  });

  it("keeps every attempt across resets at different times", () => {
    write(kata.exercise, "attempt one");
    const first = resetKata(root, kata, now).attemptSavedAs;
    write(kata.exercise, "attempt two");
    const second = resetKata(root, kata, new Date(now.getTime() + 1)).attemptSavedAs;
    expect(first).not.toBe(second);
    expect(read(first ?? "").toString()).toBe("attempt one");
    expect(read(second ?? "").toString()).toBe("attempt two");
  });

  it("never overwrites an earlier attempt saved at the same instant", () => {
    write(kata.exercise, "attempt one");
    const first = resetKata(root, kata, now).attemptSavedAs;
    write(kata.exercise, "attempt two");
    try {
      resetKata(root, kata, now);
    } catch {
      // Refusing is fine; losing the first attempt is not.
    }
    expect(read(first ?? "").toString()).toBe("attempt one");
  });

  it("does not touch the shipped starter", () => {
    write(kata.exercise, "changed");
    resetKata(root, kata, now);
    expect(read(kata.starter).equals(STARTER)).toBe(true);
  });
});

describe("attemptStamp", () => {
  it("is the ISO time with characters legal in file names", () => {
    expect(attemptStamp(now)).toBe("2026-11-25T19-26-36-123Z");
  });
});
