import { describe, expect, it } from "vitest";
import { RunChannel, type RunUpdate } from "../../src/runner/client/run-stream.ts";
import { kataResult } from "./fixtures.ts";

const update = (final: boolean, status: "pass" | "fail" = "fail"): RunUpdate => ({ runId: 3, result: kataResult("a/one", status), final, freshWorker: false });

describe("RunChannel", () => {
  it("keeps updates pushed before anyone reads, and ends with the final one", async () => {
    const channel = new RunChannel(3);
    channel.push(update(false));
    channel.push(update(true));
    channel.push(update(true, "pass")); // after the final: ignored
    const seen: boolean[] = [];
    for await (const u of channel) seen.push(u.final);
    expect(seen).toEqual([false, true]);
    expect((await channel.result).status).toBe("fail");
  });

  it("hands a reader waiting for the next update the one pushed later", async () => {
    const channel = new RunChannel(3);
    const reading = (async () => {
      const seen: RunUpdate[] = [];
      for await (const u of channel) seen.push(u);
      return seen;
    })();
    channel.push(update(false));
    await Promise.resolve();
    channel.push(update(true, "pass"));
    expect((await reading).map((u) => u.result.status)).toEqual(["fail", "pass"]);
  });
});
