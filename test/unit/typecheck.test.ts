import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FileTypeChecker } from "../../src/runner/typecheck/typecheck.ts";
import { createMiniProject } from "../support/mini-project.ts";

describe("FileTypeChecker checks the content it is given, never the disk's", () => {
  const project = createMiniProject();
  const file = path.join(project.root, "exercises", "basics", "add.ts");
  const good = "export function add(a: number, b: number): number {\n  return a + b;\n}\n";
  const bad = 'export function add(a: number, b: number): number {\n  return "a" + b;\n}\n';
  fs.writeFileSync(file, good);
  const checker = new FileTypeChecker(project.root);
  afterAll(() => project.cleanup());

  it("reports the errors of content that differs from the file on disk", { timeout: 30_000 }, () => {
    const errors = checker.check(file, bad);
    expect(errors).toEqual([expect.objectContaining({ line: 2, code: 2322 })]);
  });

  it("does not keep one content's answer for another, in either direction", { timeout: 30_000 }, () => {
    expect(checker.check(file, good)).toEqual([]);
    expect(checker.check(file, bad)).toHaveLength(1);
    fs.writeFileSync(file, bad);
    expect(checker.check(file, good)).toEqual([]);
  });
});
