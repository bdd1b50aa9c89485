import { pathToFileURL } from "node:url";

/**
 * OSC 8 hyperlinks make paths clickable in terminals that support them. Terminals that don't
 * may print the escape codes, so links are only used where support is known, or forced with
 * FORCE_HYPERLINK=1 (and disabled with FORCE_HYPERLINK=0).
 */
export function supportsHyperlinks(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== "0";
  if (!isTTY || env.CI || env.TERM === "dumb") return false;
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.WEZTERM_PANE || env.GHOSTTY_RESOURCES_DIR) return true;
  if (["iTerm.app", "vscode", "WezTerm", "ghostty", "Hyper", "Tabby"].includes(env.TERM_PROGRAM ?? "")) return true;
  return Number(env.VTE_VERSION ?? 0) >= 5000;
}

export function hyperlink(text: string, absolutePath: string): string {
  return `\u001B]8;;${pathToFileURL(absolutePath).href}\u001B\\${text}\u001B]8;;\u001B\\`;
}
