/**
 * Runs before every hidden suite (grader/vitest.config.ts `setupFiles`).
 *
 * Tells the grader's runner host which test is starting, so that when the watchdog has to stop a
 * run it can name the test that never finished, not only the kata. vitest's own progress reports
 * are batched and would never leave a thread stuck in a loop; a BroadcastChannel message is on
 * its way the moment it is posted. Outside the grader (a plain `vitest run`) nobody listens.
 */
import { BroadcastChannel } from "node:worker_threads";
import { beforeEach } from "vitest";

/** The runner host listens on this name (src/runner/host.ts). */
const CHANNEL_NAME = "backend-katas:current-test";
const KEY = Symbol.for(CHANNEL_NAME);
const scope = globalThis as typeof globalThis & { [KEY]?: BroadcastChannel };

// Setup files run again for every suite in the same worker: open the channel once.
const channel = (scope[KEY] ??= openChannel());

function openChannel(): BroadcastChannel {
  const opened = new BroadcastChannel(CHANNEL_NAME);
  // It must not keep a worker alive that has nothing else to do.
  opened.unref();
  return opened;
}

beforeEach((context) => {
  channel.postMessage({ name: context.task.name });
});
