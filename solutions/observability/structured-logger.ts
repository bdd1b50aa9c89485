/**
 * Structured logger — reference solution.
 *
 * One JSON object per line, written with a single `write` call so that lines from concurrent
 * requests never interleave. Redaction works on a copy: the caller's objects are never touched.
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

function serializeError(err: Error): { type: string; message: string; stack: string | undefined } {
  return { type: err.constructor.name, message: err.message, stack: err.stack };
}

const isObject = (value: unknown): value is Fields => typeof value === "object" && value !== null;

const isPlainObject = (value: unknown): value is Fields =>
  isObject(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * Copies arrays and plain objects, turning every Error inside into its serialised form. Other
 * objects (a Date, a Buffer) are left for JSON.stringify, which calls their toJSON().
 */
function toLoggable(value: unknown): unknown {
  if (value instanceof Error) return serializeError(value);
  if (Array.isArray(value)) return value.map(toLoggable);
  if (isPlainObject(value)) {
    const copy: Fields = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = toLoggable(inner);
    return copy;
  }
  return value;
}

function censorPath(record: Fields, path: string[], censor: string): void {
  let node: unknown = record;
  for (const key of path.slice(0, -1)) node = isObject(node) ? node[key] : undefined;
  const last = path[path.length - 1];
  if (isObject(node) && Object.hasOwn(node, last)) node[last] = censor;
}

export function createLogger(options: LoggerOptions): Logger {
  const { destination, level = "info", now = Date.now, redact = [], censor = "[Redacted]" } = options;
  if (!Object.hasOwn(LEVELS, level)) throw new RangeError(`unknown level "${level}"`);
  const paths = redact.map((path) => path.split("."));
  return build(LEVELS[level], {});

  function build(minimum: number, bindings: Fields): Logger {
    const method =
      (name: LevelName): LogMethod =>
      (fieldsOrMsg, msg) => {
        const value = LEVELS[name];
        if (value < minimum) return;
        let fields: Fields = {};
        let message = msg;
        if (typeof fieldsOrMsg === "string") {
          message = fieldsOrMsg;
        } else if (fieldsOrMsg instanceof Error) {
          fields = { err: fieldsOrMsg };
          message ??= fieldsOrMsg.message;
        } else if (fieldsOrMsg) {
          fields = fieldsOrMsg;
        }
        // Call fields override bindings; nothing overrides level and time.
        const record = toLoggable({ ...bindings, ...fields }) as Fields;
        const time = now();
        const line: Fields = { level: value, time, ...record };
        line.level = value;
        line.time = time;
        if (message !== undefined) line.msg = message;
        for (const path of paths) censorPath(line, path, censor);
        destination.write(JSON.stringify(line) + "\n");
      };

    return {
      trace: method("trace"),
      debug: method("debug"),
      info: method("info"),
      warn: method("warn"),
      error: method("error"),
      fatal: method("fatal"),
      isLevelEnabled: (name) => LEVELS[name] >= minimum,
      child: (more) => build(minimum, { ...bindings, ...more }),
    };
  }
}
