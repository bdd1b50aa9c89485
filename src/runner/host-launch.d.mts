import type { ChildProcess } from "node:child_process";

export interface HostBuild {
  /** The folder for this fingerprint of src/. */
  dir: string;
  hostEntry: string;
  typecheckWorker: string;
  /** Both files are there already. */
  built: boolean;
}

export const SRC_DIR: string;
export const HOST_CACHE_DIR: string;
export function hostBuildFor(): HostBuild;
export function forkHost(root: string, build: HostBuild): ChildProcess;
