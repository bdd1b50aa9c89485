import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nodeVersionProblem, SUPPORTED_NODE } from "../../src/node-version.mjs";
import { REPO_ROOT } from "../support/mini-project.ts";

describe("nodeVersionProblem", () => {
  it("accepts the Node versions vite and vitest run on", () => {
    for (const version of ["20.19.0", "20.20.2", "22.12.0", "23.1.0", "24.11.1", "26.0.0"]) expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it("turns away older ones, saying which version is needed and how to get it", () => {
    for (const version of ["18.20.4", "20.10.0", "20.18.3", "21.7.3", "22.11.0"]) {
      expect(nodeVersionProblem(version)).toMatch(new RegExp(`needs Node.js 20.19 or newer.*this is Node ${version.replace(/\./g, "\\.")}.*npm run learn`));
    }
  });

  it("agrees with the engines field npm shows the learner", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(SUPPORTED_NODE);
  });
});
