import fs from "node:fs";

/**
 * How much more memory the runner host may take while learner code runs. The test worker's heap
 * is capped by V8 (limits.ts), but Buffers, typed arrays and WASM memory live outside that heap:
 * a `Buffer.alloc` loop took the host to 3.8 GB before the watchdog fired. Measured as growth over
 * the run's start, so a database kept warm (≈0.7 GB) does not count against the learner.
 */
export const RUN_MEMORY_LIMIT_MB = 1024;
const POLL_MS = 100;

/** Resident memory of a process in MB, from /proc (Linux); undefined where that cannot be read. */
export function residentMb(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Calls `onExceeded` once if the process grows past the limit; `rebase()` after the grader's own growth (a database starting). */
export function watchMemory(pid: number, onExceeded: (grownMb: number) => void, limitMb = RUN_MEMORY_LIMIT_MB) {
  let baseline = residentMb(pid);
  const timer = setInterval(() => {
    const now = residentMb(pid);
    if (now === undefined || baseline === undefined) return;
    if (now - baseline > limitMb) {
      clearInterval(timer);
      onExceeded(now - baseline);
    }
  }, POLL_MS);
  timer.unref();
  return {
    rebase: () => {
      baseline = residentMb(pid);
    },
    stop: () => clearInterval(timer),
  };
}

export function memoryMessage(limitMb = RUN_MEMORY_LIMIT_MB): string {
  return `your code used more than ${limitMb >= 1024 ? `${limitMb / 1024} GB` : `${limitMb} MB`} of memory outside the JavaScript heap (Buffers, typed arrays), so the grader stopped it: is something allocating in a loop that never ends, or holding every chunk of a stream? Fix it and save again.`;
}
