/**
 * The most heap the test worker (the learner's code and its suite) may hold. Without a ceiling,
 * code that fills an array in a loop takes gigabytes (≈1 GB a second here) before the watchdog
 * stops it, and can push a learner's machine into swap. No kata needs more than a few tens of MB.
 */
export const WORKER_HEAP_LIMIT_MB = 512;
