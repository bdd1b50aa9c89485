/**
 * Event loop order
 *
 * What you build
 *   Predictions: for eight small scenarios, the exact order in which their callbacks log.
 *
 * Why it matters
 *   "Why did this run before that?" is behind many production bugs: a `process.nextTick` loop that
 *   starves I/O, a response sent before an `await`ed write finished, a timer that fires later than
 *   expected because a promise chain kept the CPU busy. Knowing the queues (nextTick, microtasks,
 *   timers, check, I/O poll) lets you reason about them instead of guessing.
 *
 * Your task
 *   Fill in every array in `predictions` below with the labels its scenario logs, in the order they
 *   are logged. Each label appears exactly once. The scenario's code is in the comment above its
 *   array; `log(label)` appends to the list.
 *   - The suite runs the real code in Node and compares it with your array. On a mismatch it tells
 *     you how many of your first entries are right, never the answer.
 *   - Each scenario starts in a fresh macrotask (the suite calls it from a `setImmediate`
 *     callback), like the start of a request handler: the nextTick and microtask queues are empty.
 *   - You may run the snippets yourself, but predict first: that is the exercise.
 *   Not included on purpose: a top-level `setTimeout(fn, 0)` against `setImmediate(fn)`. Their
 *   order depends on how long the loop took to start and is NOT deterministic; inside an I/O
 *   callback (the last scenario) it is.
 *
 * Example
 *   // scenario:  setTimeout(() => log("b"), 0); log("a");
 *   // prediction: ["a", "b"]
 */

export type ScenarioName =
  | "syncFirst"
  | "nextTickVsPromise"
  | "microtaskQueue"
  | "asyncAwait"
  | "nestedQueues"
  | "betweenTimers"
  | "immediates"
  | "insideIo";

export const predictions: Record<ScenarioName, string[]> = {
  // log("sync 1");
  // setTimeout(() => log("timeout"), 0);
  // Promise.resolve().then(() => log("promise"));
  // log("sync 2");
  syncFirst: [],

  // Promise.resolve().then(() => log("promise"));
  // process.nextTick(() => log("nextTick"));
  // log("sync");
  nextTickVsPromise: [],

  // setImmediate(() => log("immediate"));
  // queueMicrotask(() => log("queueMicrotask"));
  // Promise.resolve().then(() => log("promise"));
  // process.nextTick(() => log("nextTick"));
  // log("sync");
  microtaskQueue: [],

  // async function work() {
  //   log("work start");
  //   await null;
  //   log("work after await");
  // }
  // log("before");
  // work().then(() => log("work done"));
  // Promise.resolve().then(() => log("promise"));
  // log("after");
  asyncAwait: [],

  // process.nextTick(() => {
  //   log("tick 1");
  //   Promise.resolve().then(() => log("promise from tick 1"));
  //   process.nextTick(() => log("tick 2"));
  // });
  // Promise.resolve().then(() => {
  //   log("promise 1");
  //   process.nextTick(() => log("tick from promise 1"));
  //   Promise.resolve().then(() => log("promise 2"));
  // });
  nestedQueues: [],

  // setTimeout(() => {
  //   log("timeout 1");
  //   Promise.resolve().then(() => log("promise in timeout 1"));
  //   process.nextTick(() => log("tick in timeout 1"));
  // }, 0);
  // setTimeout(() => log("timeout 2"), 0);
  betweenTimers: [],

  // setImmediate(() => {
  //   log("immediate 1");
  //   setImmediate(() => log("immediate 3"));
  //   process.nextTick(() => log("tick in immediate 1"));
  // });
  // setImmediate(() => log("immediate 2"));
  immediates: [],

  // fs.readFile(someFile, () => {
  //   setTimeout(() => log("timeout"), 0);
  //   setImmediate(() => log("immediate"));
  //   process.nextTick(() => log("nextTick"));
  //   log("io callback");
  // });
  insideIo: [],
};
