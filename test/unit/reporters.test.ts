import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../support/mini-project.ts";
import { classroomReport, githubReport, junitReport } from "../../src/results/reporters/reporters.ts";
import { failingTest, kataResult, makeCatalog, passingTest } from "./fixtures.ts";

const catalog = makeCatalog(["a/one", "a/two"]);
const [one, two] = catalog.katas as [(typeof catalog.katas)[0], (typeof catalog.katas)[0]];
const graded = [
  { kata: one, result: kataResult("a/one", "pass", { tests: [passingTest("adds"), passingTest("subtracts")] }) },
  {
    kata: { ...two, points: 3 },
    result: kataResult("a/two", "fail", {
      tests: [passingTest("works"), failingTest("keeps <order> & counts", "expected 1, got 2\nsecond line", { learnerLocation: { file: "exercises/a/two.ts", line: 7, column: 5 } })],
    }),
  },
];

describe("verify's reporters", () => {
  it("junit: one testsuite per kata and one testcase per hidden test, failures with their message, text escaped", () => {
    const xml = junitReport(graded);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="backend-katas">')).toBe(true);
    expect(xml).toContain('<testsuite name="a/one" tests="2" failures="0" errors="0"');
    expect(xml).toContain('<testsuite name="a/two" tests="2" failures="1" errors="0"');
    expect(xml).toContain('name="keeps &lt;order&gt; &amp; counts"');
    expect(xml).toContain('<failure message="expected 1, got 2\nsecond line">');
  });

  it("github: an error annotation at the learner's failing line, escaped, and a summary table", () => {
    const { annotations, summary } = githubReport(graded);
    expect(annotations).toBe("::error file=exercises/a/two.ts,line=7,col=5,title=a/two does not pass::keeps <order> & counts: expected 1, got 2%0Asecond line");
    expect(summary).toContain("### Katas: 1/2 pass");
    expect(summary).toContain("| ✅ | `a/one` | 2/2 |");
    expect(summary).toContain("| ❌ | `a/two` | 1/2 |");
  });

  it("classroom: each kata worth its points (default 1), all or nothing, as GitHub Classroom's reporter reads them", () => {
    const { points, encoded, results } = classroomReport(graded);
    expect(points).toBe("Points 1/4");
    expect(results).toEqual({
      version: 1,
      status: "fail",
      max_score: 4,
      tests: [
        { name: "a/one", status: "pass", score: 1 },
        { name: "a/two", status: "fail", score: 0, message: "keeps <order> & counts" },
      ],
    });
    expect(JSON.parse(Buffer.from(encoded, "base64").toString("utf8"))).toEqual(results);
  });

  it("the ready workflow hands GitHub Classroom's reporter the classroom output, under the names it looks for", () => {
    const workflow = fs.readFileSync(path.join(REPO_ROOT, "docs", "github-actions.yml"), "utf8");
    // The reporter puts the points on the check run it finds by this name (its notify-classroom.js).
    expect(workflow).toMatch(/^name: Autograding Tests$/m);
    expect(workflow).toMatch(/^ {2}run-autograding-tests:\n {4}name: Autograding Tests$/m);
    const stepId = /^\s+id: (\S+)\n\s+#.*\n\s+run: npm run -s learn -- verify .*--reporter classroom/m.exec(workflow)?.[1];
    expect(stepId).toBeDefined();
    // It reads each runner's results from the environment variable RUNNER_RESULTS (its main.js).
    const runners = /^\s+runners: (.+)$/m.exec(workflow)?.[1]?.split(",") ?? [];
    expect(runners.length).toBeGreaterThan(0);
    for (const runner of runners) expect(workflow).toContain(`${runner.trim().toUpperCase()}_RESULTS: \${{ steps.${stepId}.outputs.result }}`);
  });
});
