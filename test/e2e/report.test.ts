import fs from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAttempt, recordPass } from "../../src/journey/journal.ts";
import { emptyProgress, type Progress } from "../../src/progress/schema.ts";
import { markDone, ProgressStore } from "../../src/progress/store.ts";
import { createMiniProject, REPO_ROOT } from "../support/mini-project.ts";

// Debian's Chromium (apt-get install chromium); CI machines without it skip this file, saying so.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.skipIf(!hasChromium)("npm run learn -- report, in a real headless browser", () => {
  const project = createMiniProject();
  let browser: Browser | undefined;
  let file = "";

  beforeAll(async () => {
    // A learner who passed basics/add after 10 active minutes and 3 saves, with one hint on greet.
    const at = (minutes: number) => new Date(Date.UTC(2026, 10, 20, 9, minutes));
    let progress: Progress = { ...emptyProgress(), hintsShown: { "basics/greet": 1 } };
    for (const minute of [0, 4, 8]) progress = recordAttempt(progress, "basics/add", at(minute));
    progress = recordPass(markDone(progress, "basics/add", at(10)), "basics/add", at(10));
    new ProgressStore(project.root).save(progress);
    const { stdout, exitCode } = await execa("node", [path.join(REPO_ROOT, "src", "start.mjs"), "report", "--root", project.root], { reject: false });
    expect(exitCode).toBe(0);
    file = /^Wrote (.+\.html):/.exec(stdout)?.[1] ?? "";
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    project.cleanup();
  });

  it("renders the fixture's figures with no console errors and no network", { timeout: 30_000 }, async () => {
    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("request", (request) => !request.url().startsWith("file:") && problems.push(`network: ${request.url()}`));
    await page.goto(`file://${file}`);
    expect(await page.textContent("#summary")).toContain("1/3 katas done");
    expect(await page.locator("#completion .row").count()).toBe(1);
    expect(await page.textContent("#completion")).toContain("1/3");
    expect(await page.textContent("#time-to-green")).toContain("basics/add");
    expect(await page.textContent("#time-to-green")).toContain("10 min");
    expect(await page.locator('#activity rect.day[data-passes="1"]').count()).toBe(1);
    expect(await page.textContent("#hints")).toContain("basics/greet");
    // The bars are drawn: the completion bar has a width.
    expect(Number(await page.locator("#completion rect").first().getAttribute("width"))).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
