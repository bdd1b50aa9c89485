import path from "node:path";
import chokidar from "chokidar";

/**
 * Under WSL, files on a Windows drive (/mnt/c/…) send no change events to Linux watchers.
 * Saying so up front beats a learner wondering why nothing re-runs.
 * @param kernelVersion the contents of /proc/version (WSL kernels name Microsoft)
 */
export function pollingAdvice(root: string, poll: boolean, kernelVersion: string): string | undefined {
  if (poll || !/^\/mnt\/[a-z]\//.test(root) || !/microsoft/i.test(kernelVersion)) return undefined;
  return "This project is on a Windows drive under WSL, where file watching often misses saves. If nothing re-runs when you save, restart with: npm run learn -- --poll";
}

export function watchFailedMessage(error: unknown, poll: boolean): string {
  const reason = error instanceof Error ? error.message : String(error);
  return poll
    ? `File watching failed (${reason}), even by polling. Saves may not be noticed: press q and start again.`
    : `File watching failed (${reason}). Saves may not be noticed. If the project is on a network drive or a Windows drive under WSL, restart with: npm run learn -- --poll`;
}

export interface ExerciseWatcher {
  /** Resolves once the initial scan is done and saves are being noticed. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Calls `onSave` with the path of every exercise file that is written, created or removed.
 * It watches the folder, not one file: editors that save by writing a new file and renaming it
 * (vim, VS Code) replace the inode, which a watch on the file itself would lose.
 */
export function watchExercises(root: string, poll: boolean, onSave: (file: string) => void, onError: (message: string) => void): ExerciseWatcher {
  const watcher = chokidar.watch(path.join(root, "exercises"), { ignoreInitial: true, usePolling: poll, interval: 100, atomic: true });
  watcher.on("all", (_event, file) => onSave(path.resolve(file)));
  watcher.on("error", (error) => onError(watchFailedMessage(error, poll)));
  const ready = new Promise<void>((resolve) => watcher.once("ready", resolve));
  return { ready, close: () => watcher.close() };
}
