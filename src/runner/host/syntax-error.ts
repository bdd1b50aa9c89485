import { transformSync } from "esbuild";

export interface SyntaxErrorAt {
  line: number;
  column: number;
  message: string;
}

/**
 * Where a TypeScript source fails to parse, found by parsing it again with esbuild (what vite
 * itself uses to strip types): vitest's report of a transform failure names no line, only
 * "Transform failed with 1 error". Pure apart from esbuild; undefined when the source parses.
 */
export function syntaxErrorAt(source: string): SyntaxErrorAt | undefined {
  try {
    transformSync(source, { loader: "ts", format: "esm", logLevel: "silent" });
    return undefined;
  } catch (error) {
    const first = (error as { errors?: Array<{ text: string; location?: { line: number; column: number } | null }> }).errors?.[0];
    if (!first?.location) return undefined;
    // esbuild counts columns from 0; editors and the code frame count from 1.
    return { line: first.location.line, column: first.location.column + 1, message: first.text };
  }
}
