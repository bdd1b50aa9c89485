/**
 * Runs before every hidden suite (grader/vitest.config.ts `setupFiles`).
 *
 * The grader keeps one test worker alive between runs, so a timer the learner's code started and
 * never cleared would keep firing into later runs — a throwing `setInterval` from an old attempt
 * would fail every run after it, of any kata, even once the code is fixed. A fresh process would
 * drop such timers; this does the same when a suite ends. It wraps the global timer functions
 * the suite and the learner's code see; vitest's own timers are unaffected (it saved the
 * originals before any suite ran), and so are `vi.useFakeTimers()` clocks.
 */
import { afterAll } from "vitest";

interface TimerTracking {
  timers: Set<NodeJS.Timeout>;
  immediates: Set<NodeJS.Immediate>;
}

const KEY = Symbol.for("backend-katas.timer-tracking");
const scope = globalThis as typeof globalThis & { [KEY]?: TimerTracking };

// Setup files run again for every suite in the same worker: wrap the timers only once.
const tracking: TimerTracking = scope[KEY] ?? installTracking();

function installTracking(): TimerTracking {
  const created: TimerTracking = { timers: new Set(), immediates: new Set() };
  const { setTimeout: realTimeout, setInterval: realInterval, setImmediate: realImmediate } = globalThis;
  const track = <T extends NodeJS.Timeout | NodeJS.Immediate>(set: Set<T>, handle: T): T => {
    set.add(handle);
    return handle;
  };
  // Casts: the wrappers forward every argument, so they keep the real functions' overloads
  // (and the util.promisify.custom property that util.promisify reads from each).
  globalThis.setTimeout = Object.assign((...args: Parameters<typeof realTimeout>) => track(created.timers, realTimeout(...args)), realTimeout) as typeof setTimeout;
  globalThis.setInterval = Object.assign((...args: Parameters<typeof realInterval>) => track(created.timers, realInterval(...args)), realInterval) as typeof setInterval;
  globalThis.setImmediate = Object.assign((...args: Parameters<typeof realImmediate>) => track(created.immediates, realImmediate(...args)), realImmediate) as typeof setImmediate;
  scope[KEY] = created;
  return created;
}

afterAll(() => {
  for (const timer of tracking.timers) clearTimeout(timer);
  for (const immediate of tracking.immediates) clearImmediate(immediate);
  tracking.timers.clear();
  tracking.immediates.clear();
});
