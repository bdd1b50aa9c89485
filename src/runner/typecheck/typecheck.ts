import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { TypeError_ } from "../../results/result.ts";
import { sha256 } from "../../util/hash.ts";

/**
 * A warm TypeScript language service for one file at a time. The first check pays for loading
 * lib.d.ts and @types/node (≈1 s); after that an edited file re-checks in tens of milliseconds.
 * Compiler options come from the project's tsconfig.json, so the grader and the learner's editor agree.
 */
export class FileTypeChecker {
  readonly #service: ts.LanguageService;
  #currentFile: string | undefined;
  /** The content this check is for: the one the tests ran against, not whatever the disk holds now. */
  #currentContent = "";
  readonly #versions = new Map<string, string>();

  constructor(readonly root: string) {
    const configPath = path.join(root, "tsconfig.json");
    const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
    const options = ts.parseJsonConfigFileContent(config.config ?? {}, ts.sys, root, undefined, configPath).options;
    const host: ts.LanguageServiceHost = {
      getScriptFileNames: () => (this.#currentFile ? [this.#currentFile] : []),
      getScriptVersion: (file) => this.#versions.get(file) ?? fileVersion(file),
      getScriptSnapshot: (file) => {
        const text = file === this.#currentFile ? this.#currentContent : ts.sys.readFile(file);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => root,
      getCompilationSettings: () => ({ ...options, noEmit: true }),
      getDefaultLibFileName: (opts) => ts.getDefaultLibFilePath(opts),
      fileExists: (file) => ts.sys.fileExists(file),
      readFile: (file) => ts.sys.readFile(file),
      readDirectory: (...args) => ts.sys.readDirectory(...args),
      directoryExists: (dir) => ts.sys.directoryExists(dir),
      getDirectories: (dir) => ts.sys.getDirectories(dir),
    };
    this.#service = ts.createLanguageService(host, ts.createDocumentRegistry());
  }

  /** Syntactic and semantic errors of `file` only (not of the files it imports). */
  check(file: string, content: string): TypeError_[] {
    this.#currentFile = file;
    this.#currentContent = content;
    this.#versions.set(file, sha256(content));
    const diagnostics = [...this.#service.getSyntacticDiagnostics(file), ...this.#service.getSemanticDiagnostics(file)];
    return diagnostics
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => {
        const { line, character } = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
        return { line: line + 1, column: character + 1, code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, "\n") };
      });
  }
}

function fileVersion(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return "missing";
  }
}
