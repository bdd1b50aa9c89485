/**
 * Hostile input — reference solution.
 *
 * Three attacks, one habit: decide what you accept before you do the work. Count bytes as they
 * arrive instead of after buffering them; drop the keys that reach the prototype chain instead of
 * trusting a merge; resolve the path first and check it is still inside the root.
 */
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

export type Settings = Record<string, unknown>;

export interface HostileInputOptions {
  publicDir: string;
  bodyLimitBytes: number;
  settings: Settings;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendError(res: ServerResponse, status: number, error: string): void {
  // Close the connection: the rest of a refused body must not be parsed as the next request.
  res.writeHead(status, { "Content-Type": "application/json", Connection: "close" }).end(JSON.stringify({ error }));
}

/** Reads at most `limit` bytes; rejects with 413 as soon as the body is (or announces it will be) larger. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new HttpError(413, "body too large"));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading: no more 'data' listeners, and a paused stream stops pulling from the socket.
        req.off("data", onData);
        req.off("end", onEnd);
        req.pause();
        reject(new HttpError(413, "body too large"));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", reject);
  });
}

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Deep-merges `source` into `target`, skipping keys that would reach a prototype. */
function safeMerge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(source)) {
    if (FORBIDDEN_KEYS.has(key)) continue;
    const value = source[key];
    const current = Object.hasOwn(target, key) ? target[key] : undefined;
    if (isPlainObject(value) && isPlainObject(current)) {
      safeMerge(current, value);
    } else if (isPlainObject(value)) {
      const fresh: Record<string, unknown> = {};
      safeMerge(fresh, value);
      target[key] = fresh;
    } else {
      target[key] = value;
    }
  }
}

export function hostileInputApp({ publicDir, bodyLimitBytes, settings: initial }: HostileInputOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const root = path.resolve(publicDir);
  const settings: Settings = structuredClone(initial);

  async function postSettings(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers["content-type"]?.split(";")[0].trim().toLowerCase() !== "application/json") {
      return sendError(res, 415, "send application/json");
    }
    const body = await readBody(req, bodyLimitBytes);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      return sendError(res, 400, "malformed JSON");
    }
    if (!isPlainObject(parsed)) return sendError(res, 400, "the body must be a JSON object");
    safeMerge(settings, parsed);
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(settings));
  }

  async function getStatic(rawPath: string, res: ServerResponse): Promise<void> {
    let relative: string;
    try {
      relative = decodeURIComponent(rawPath.slice("/static/".length));
    } catch {
      return sendError(res, 400, "bad percent-encoding");
    }
    if (relative.includes("\0")) return sendError(res, 400, "NUL byte in path");
    // Decode first, resolve second, check last: every spelling of ".." or of an absolute path has
    // been turned into a plain path by then. (A symlink inside the root can still point out of it:
    // compare fs.realpath results too if the directory can contain links.)
    const target = path.resolve(root, relative);
    if (!target.startsWith(root + path.sep)) return sendError(res, 403, "outside the public directory");
    try {
      if (!(await stat(target)).isFile()) return sendError(res, 404, "not found");
      const content = await readFile(target);
      res.writeHead(200, { "Content-Type": "application/octet-stream" }).end(content);
    } catch {
      sendError(res, 404, "not found");
    }
  }

  return (req, res) => {
    const rawPath = (req.url ?? "/").split("?")[0];
    let work: Promise<void>;
    if (req.method === "POST" && rawPath === "/settings") work = postSettings(req, res);
    else if (req.method === "GET" && rawPath.startsWith("/static/")) work = getStatic(rawPath, res);
    else work = Promise.resolve(sendError(res, 404, "not found"));
    work.catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpError) sendError(res, error.status, error.message);
      else sendError(res, 500, "internal error");
    });
  };
}
