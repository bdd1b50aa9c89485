import type { Catalog } from "../catalog/catalog.ts";
import type { ProgressStore } from "../progress/store.ts";

/** What every command gets: where the project is, its catalog, its progress, and where to print. */
export interface CommandContext {
  root: string;
  catalog: Catalog;
  store: ProgressStore;
  out: (text: string) => void;
  /** Asks a yes/no question; resolves false when there is no terminal to ask on. */
  confirm: (question: string) => Promise<boolean>;
}
