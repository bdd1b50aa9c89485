/**
 * Runs before every hidden suite (grader/vitest.config.ts `setupFiles`).
 *
 * Tells the grader's runner host which test is starting, so that when the watchdog has to stop a
 * run it can name the test that never finished, not only the kata. vitest's own progress reports
 * are batched and would never leave a thread stuck in a loop; a BroadcastChannel message is on
 * its way the moment it is posted.
 */
import { BroadcastChannel } from "node:worker_threads";
import { beforeEach } from "vitest";

// Set by the runner host; a plain `vitest run` has no one listening, so it announces nothing.
const channelName = process.env.KATA_CURRENT_TEST_CHANNEL;

if (channelName) {
  const key = Symbol.for(channelName);
  const scope = globalThis as typeof globalThis & { [key: symbol]: BroadcastChannel | undefined };
  // Setup files run again for every suite in the same worker: open the channel once.
  const channel = (scope[key] ??= openChannel(channelName));
  beforeEach((context) => {
    channel.postMessage({ name: context.task.name });
  });
}

function openChannel(name: string): BroadcastChannel {
  const opened = new BroadcastChannel(name);
  // It must not keep a worker alive that has nothing else to do.
  opened.unref();
  return opened;
}
