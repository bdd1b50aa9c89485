import fs from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { buildBundle, bundleFor, SRC_DIR } from "../../src/bundle/bundle.mjs";
import { REPO_ROOT } from "../support/mini-project.ts";
import { childPids } from "../support/processes.ts";

// `npm run learn` runs src/ as an esbuild bundle (src/bundle/bundle.mjs); these guard what
// bundling could silently break.
describe("the grader's bundle", () => {
  it("is built once per version of src/ and holds the grader, the host and the type checker", () => {
    const bundle = buildBundle();
    expect(bundle.built).toBe(true);
    expect(bundleFor()).toEqual(bundle);
    for (const file of [bundle.cli, bundle.host, bundle.typecheckWorker]) expect(fs.statSync(file).size).toBeGreaterThan(0);
  });

  it("pins import.meta.url to bundle.mjs, so no other bundled module may rely on its own", () => {
    // Plain-JS entry points and dev scripts are not bundled; everything else is.
    const notBundled = new Set(["start.mjs", path.join("bundle", "bundle.mjs")]);
    const offenders = fs
      .readdirSync(SRC_DIR, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.(ts|mjs)$/.test(file) && !notBundled.has(file) && !file.startsWith(`dev${path.sep}`))
      .filter((file) => fs.readFileSync(path.join(SRC_DIR, file), "utf8").includes("import.meta"));
    expect(offenders).toEqual([]);
  });

  it("leaves nothing of esbuild running once built: no service process beside the grader for the whole session", async () => {
    // In a process of its own: a build in this one would be cached already, or load esbuild for good.
    const script = `const m = await import(${JSON.stringify(path.join(SRC_DIR, "bundle", "bundle.mjs"))}); m.compileBundle(); console.log("compiled", process.env.ESBUILD_WORKER_THREADS ?? "unset"); setTimeout(() => {}, 10_000);`;
    const child = execa("node", ["--input-type=module", "-e", script]);
    try {
      const said = await new Promise<string>((resolve, reject) => {
        child.stdout?.on("data", (chunk: Buffer) => resolve(chunk.toString()));
        child.catch(reject);
      });
      expect(said.trim()).toBe("compiled unset");
      expect(childPids(child.pid ?? 0)).toEqual([]);
    } finally {
      child.kill();
      await child.catch(() => {});
    }
  });

  it("finds the project it belongs to when no --root is given", async () => {
    const { stdout, exitCode } = await execa("node", [path.join(REPO_ROOT, "src", "start.mjs"), "list", "--json"], { cwd: "/", reject: false });
    expect(exitCode).toBe(0);
    const catalog = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "catalog.json"), "utf8")) as { katas: unknown[] };
    expect((JSON.parse(stdout) as { katas: unknown[] }).katas).toHaveLength(catalog.katas.length);
  });
});
