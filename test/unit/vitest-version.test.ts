import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installedVitestVersion, POOL_VITEST_VERSION, vitestVersionProblem } from "../../src/runner/host/vitest-version.ts";
import { REPO_ROOT } from "../support/mini-project.ts";

describe("the host checks the vitest its warm pool was written for", () => {
  it("accepts the version the pool was written for", () => {
    expect(vitestVersionProblem(POOL_VITEST_VERSION)).toBeUndefined();
  });

  it("refuses any other version, or none, and says how to fix it", () => {
    expect(vitestVersionProblem("4.2.0")).toMatch(/built for vitest 4\.1\.12, but vitest 4\.2\.0 is installed: run `npm ci`/);
    expect(vitestVersionProblem(undefined)).toMatch(/vitest is not installed: run `npm ci`/);
  });

  it("is the version package.json pins and node_modules holds", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(manifest.dependencies.vitest).toBe(POOL_VITEST_VERSION);
    expect(installedVitestVersion(REPO_ROOT)).toBe(POOL_VITEST_VERSION);
  });
});
