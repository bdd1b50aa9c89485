/**
 * Event loop order — reference solution.
 *
 * The rules that decide every scenario:
 *   1. Synchronous code runs to completion first.
 *   2. Then Node drains the nextTick queue completely, then the microtask queue (promise
 *      callbacks, `await` continuations, queueMicrotask — one FIFO queue) completely, and repeats
 *      until both are empty. This happens after every single macrotask callback.
 *   3. Only then does the loop move on through its phases: timers → poll (I/O callbacks) → check
 *      (setImmediate) → close callbacks → timers …
 *   4. An immediate scheduled during the check phase runs in the next loop iteration.
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
  syncFirst: ["sync 1", "sync 2", "promise", "timeout"],

  // The nextTick queue is drained before the promise (microtask) queue.
  nextTickVsPromise: ["sync", "nextTick", "promise"],

  // queueMicrotask and promise callbacks share one FIFO queue: registration order wins.
  microtaskQueue: ["sync", "nextTick", "queueMicrotask", "promise", "immediate"],

  // Code before the first `await` runs synchronously; the continuation is a microtask queued
  // before the "promise" one, and work()'s own promise resolves only after the continuation.
  asyncAwait: ["before", "work start", "after", "work after await", "promise", "work done"],

  // Ticks added while draining ticks run in the same drain; a tick added from a microtask waits
  // until the whole microtask queue (including newly added microtasks) is empty.
  nestedQueues: ["tick 1", "tick 2", "promise 1", "promise from tick 1", "promise 2", "tick from promise 1"],

  // Since Node 11 both queues are drained between two timer callbacks, not only after the phase.
  betweenTimers: ["timeout 1", "tick in timeout 1", "promise in timeout 1", "timeout 2"],

  // "immediate 3" is scheduled during the check phase, so it waits for the next iteration.
  immediates: ["immediate 1", "tick in immediate 1", "immediate 2", "immediate 3"],

  // An I/O callback runs in the poll phase; the check phase comes next, timers only after a lap.
  insideIo: ["io callback", "nextTick", "immediate", "timeout"],
};
