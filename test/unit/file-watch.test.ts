import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pollingAdvice, watchExercises, watchFailedMessage, type ExerciseWatcher } from "../../src/watch/file-watch.ts";

const WSL_KERNEL = "Linux version 5.15.153.1-microsoft-standard-WSL2 (root@941d701f84f1) (gcc (GCC) 11.2.0)";
const PLAIN_KERNEL = "Linux version 6.8.0-45-generic (buildd@lcy02-amd64-075) (x86_64-linux-gnu-gcc-13)";

describe("pollingAdvice", () => {
  it("suggests --poll for a project on a Windows drive under WSL", () => {
    expect(pollingAdvice("/mnt/c/Users/ada/katas", false, WSL_KERNEL)).toMatch(/Windows drive under WSL.*npm run learn -- --poll/);
  });

  it("says nothing once --poll is on, off a Windows drive, or outside WSL", () => {
    expect(pollingAdvice("/mnt/c/Users/ada/katas", true, WSL_KERNEL)).toBeUndefined();
    expect(pollingAdvice("/home/ada/katas", false, WSL_KERNEL)).toBeUndefined();
    expect(pollingAdvice("/mnt/c/Users/ada/katas", false, PLAIN_KERNEL)).toBeUndefined();
  });
});

describe("watchFailedMessage", () => {
  it("names the cause and suggests --poll, or a restart when polling already failed", () => {
    const error = Object.assign(new Error("ENOSPC: System limit for number of file watchers reached"), { code: "ENOSPC" });
    expect(watchFailedMessage(error, false)).toMatch(/^File watching failed \(ENOSPC: System limit.*\)\. Saves may not be noticed\..*npm run learn -- --poll$/);
    expect(watchFailedMessage(error, true)).toMatch(/even by polling.*press q and start again/);
  });
});

describe("watchExercises", () => {
  let watcher: ExerciseWatcher | undefined;
  let root = "";
  afterEach(async () => {
    await watcher?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  for (const poll of [false, true]) {
    it(`notices a save by rename, as vim and VS Code do${poll ? ", by polling (--poll)" : ""}`, async () => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), "kata-watch-"));
      const file = path.join(root, "exercises", "caching", "lru-cache.ts");
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, "export {};\n");
      const saves: string[] = [];
      const errors: string[] = [];
      watcher = watchExercises(root, poll, (saved) => saves.push(saved), (message) => errors.push(message));
      await watcher.ready;
      // A poller compares each stat with the one before; chokidar says "ready" before the first
      // stat of each file is taken, so a save in the same instant has nothing to differ from.
      // A learner's first save comes seconds later; give the poller three intervals.
      if (poll) await new Promise((resolve) => setTimeout(resolve, 300));

      fs.writeFileSync(`${file}.swp`, "export const edited = true;\n");
      fs.renameSync(`${file}.swp`, file);
      await vi.waitFor(() => expect(saves).toContain(file), { timeout: 5_000, interval: 20 });
      expect(errors).toEqual([]);
    });
  }
});
