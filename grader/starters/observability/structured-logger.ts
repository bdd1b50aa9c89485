/**
 * Structured logger
 *
 * What you build
 *   A JSON-lines logger: levels, a minimum level, child loggers that carry request context,
 *   redaction of secrets, and Errors that survive serialisation.
 *
 * Why it matters
 *   Log pipelines (Loki, Elasticsearch, CloudWatch Logs Insights) query fields, not prose:
 *   `requestId = "r-1" and level >= 50` only works if every line is one JSON object. Child
 *   loggers stamp the request id on every line of a request, and redaction keeps passwords and
 *   bearer tokens out of a log store that many people can read. This is what pino does in most
 *   Node services.
 *
 * Your task
 *   Implement `createLogger(options)`, returning a `Logger`. Options:
 *   - `destination` — a `Writable` stream. Each record is written as ONE call to
 *     `destination.write(JSON.stringify(record) + "\n")`.
 *   - `level` — the minimum level name (default `"info"`); calls below it write nothing.
 *     An unknown name throws a `RangeError`.
 *   - `now` — the clock, milliseconds since the epoch (default `Date.now`).
 *   - `redact` — dot-separated paths into the record, e.g. `"password"` or
 *     `"req.headers.authorization"`; `censor` — what replaces their values (default
 *     `"[Redacted]"`, as in pino).
 *
 *   Levels are pino's numeric levels (`LEVELS`): trace 10, debug 20, info 30, warn 40, error 50,
 *   fatal 60. Each has a method, e.g. `logger.info(fields?, msg?)`, where the first argument is
 *   one of:
 *   - a fields object: its keys go into the record, and `msg` (if given) becomes `msg`;
 *   - a string: it is the message (no fields);
 *   - an `Error`: the record gets `err` (serialised, below) and `msg` is the second argument,
 *     or the error's message when there is none;
 *   - nothing: the record has just `level` and `time`.
 *
 *   A record is `{ level: <number>, time: now(), ...bindings, ...fields, msg }`, with no `msg`
 *   key when there is no message. `now()` is read once per record. Call fields override
 *   bindings; `level` and `time` cannot be overridden by either.
 *
 *   - `logger.child(bindings)` returns a logger with the same destination, level and redaction
 *     that adds `bindings` to every record; a child's bindings are merged over its parent's.
 *   - `logger.isLevelEnabled(name)` says whether that level would be written.
 *   - Every `Error` value in the fields, at any depth inside plain objects and arrays, is written
 *     as `{ type: err.constructor.name, message, stack }` (pino's `err` serialiser keeps the same
 *     three). Every other value is written as `JSON.stringify` writes it (`null` stays `null`, a
 *     `Date` becomes its ISO string).
 *   - Redaction applies to the whole record (bindings and `msg` included): a path that exists
 *     gets the censor as its value; a path that does not exist, or that runs through `null` or a
 *     non-object, is left alone and not added. The caller's objects must not be modified.
 *
 * Example
 *   const log = createLogger({ destination: process.stdout, redact: ["password"], now: () => 0 });
 *   log.child({ requestId: "r-1" }).info({ user: "ada", password: "x" }, "signed in");
 *   // {"level":30,"time":0,"requestId":"r-1","user":"ada","password":"[Redacted]","msg":"signed in"}
 *   log.debug("dropped"); // below info: nothing written
 *   log.error(new TypeError("bad"));
 *   // {"level":50,"time":0,"err":{"type":"TypeError","message":"bad","stack":"TypeError: bad\n..."},"msg":"bad"}
 */
import type { Writable } from "node:stream";

export const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;
export type LevelName = keyof typeof LEVELS;

export type Fields = Record<string, unknown>;

export interface LoggerOptions {
  destination: Writable;
  level?: LevelName;
  now?: () => number;
  redact?: string[];
  censor?: string;
}

export type LogMethod = (fieldsOrMsg?: Fields | Error | string, msg?: string) => void;

export interface Logger {
  trace: LogMethod;
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  fatal: LogMethod;
  isLevelEnabled(level: LevelName): boolean;
  child(bindings: Fields): Logger;
}

export function createLogger(options: LoggerOptions): Logger {
  void options;
  throw new Error("not implemented");
}
