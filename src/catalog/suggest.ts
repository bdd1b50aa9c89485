import type { Catalog, Kata } from "./catalog.ts";

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The ids closest to what was typed: by whole id, or by the name after the phase. Pure. */
export function nearestIds(catalog: Catalog, typed: string, count = 3): string[] {
  const needle = typed.toLowerCase();
  return catalog.katas
    .map((kata) => {
      const name = kata.id.split("/")[1] ?? kata.id;
      const contains = kata.id.includes(needle) ? -100 : 0;
      return { id: kata.id, score: contains + Math.min(editDistance(needle, kata.id), editDistance(needle, name)) };
    })
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map((entry) => entry.id);
}

export class UnknownKataError extends Error {
  constructor(typed: string, suggestions: readonly string[]) {
    super(`There is no kata "${typed}". Did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}? (\`npm run learn -- list\` shows them all)`);
    this.name = "UnknownKataError";
  }
}

/** The kata with that id, or with that name in exactly one phase (`hint token-bucket`). */
export function requireKata(catalog: Catalog, id: string): Kata {
  const kata = catalog.katas.find((k) => k.id === id);
  if (kata) return kata;
  const byName = catalog.katas.filter((k) => k.id.split("/").pop() === id);
  if (byName.length === 1 && byName[0]) return byName[0];
  throw new UnknownKataError(id, byName.length > 1 ? byName.map((k) => k.id) : nearestIds(catalog, id));
}
