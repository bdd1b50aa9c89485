import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { LEVELS, createLogger, type LoggerOptions } from "../../exercises/observability/structured-logger.ts";

/** A real Writable that keeps every chunk it is given. */
function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString("utf8"));
      callback();
    },
  });
  const records = () => chunks.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { stream, chunks, records };
}

function setup(options: Omit<LoggerOptions, "destination"> = {}) {
  const out = sink();
  let t = 1_700_000_000_000;
  const logger = createLogger({ now: () => t, ...options, destination: out.stream });
  return { logger, out, tick: (ms: number) => (t += ms) };
}

describe("createLogger", () => {
  it("writes one JSON line with level, time, fields and msg", () => {
    const { logger, out } = setup();
    logger.info({ userId: 42 }, "signed in");
    expect(out.records()).toEqual([{ level: 30, time: 1_700_000_000_000, userId: 42, msg: "signed in" }]);
  });

  it("uses pino's numeric levels, trace 10 to fatal 60", () => {
    expect(LEVELS).toEqual({ trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60 });
    const { logger, out } = setup({ level: "trace" });
    logger.trace("t");
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    logger.fatal("f");
    expect(out.records().map((r) => [r.level, r.msg])).toEqual([
      [10, "t"],
      [20, "d"],
      [30, "i"],
      [40, "w"],
      [50, "e"],
      [60, "f"],
    ]);
  });

  it("writes each record with a single write call ending in a newline", () => {
    const { logger, out } = setup();
    logger.info("first");
    logger.warn({ a: 1 }, "second");
    expect(out.chunks).toHaveLength(2);
    for (const chunk of out.chunks) {
      expect(chunk.endsWith("\n")).toBe(true);
      expect(chunk.slice(0, -1)).not.toContain("\n");
    }
  });

  it("takes time from the injected clock at the moment of each call", () => {
    const { logger, out, tick } = setup();
    logger.info("a");
    tick(250);
    logger.info("b");
    expect(out.records().map((r) => r.time)).toEqual([1_700_000_000_000, 1_700_000_000_250]);
  });

  it("accepts a message alone, fields alone, or nothing", () => {
    const { logger, out } = setup();
    logger.info("just a message");
    logger.info({ only: "fields" });
    logger.info();
    expect(out.records()).toEqual([
      { level: 30, time: 1_700_000_000_000, msg: "just a message" },
      { level: 30, time: 1_700_000_000_000, only: "fields" },
      { level: 30, time: 1_700_000_000_000 },
    ]);
  });

  it("drops records below the minimum level, which defaults to info", () => {
    const { logger, out } = setup();
    logger.trace("hidden");
    logger.debug("hidden");
    logger.info("shown");
    expect(out.records().map((r) => r.msg)).toEqual(["shown"]);
    expect(logger.isLevelEnabled("debug")).toBe(false);
    expect(logger.isLevelEnabled("info")).toBe(true);

    const quiet = setup({ level: "error" });
    quiet.logger.warn("hidden");
    quiet.logger.error("shown");
    quiet.logger.fatal("shown too");
    expect(quiet.out.records().map((r) => r.level)).toEqual([50, 60]);
    expect(quiet.out.chunks).toHaveLength(2);
  });

  it("adds a child's bindings to every record it writes, merged with its parent's", () => {
    const { logger, out } = setup();
    const request = logger.child({ requestId: "r-1", service: "api" });
    const step = request.child({ step: "charge" });
    step.info({ amount: 5 }, "charging");
    request.info("done");
    logger.info("plain");
    expect(out.records()).toEqual([
      { level: 30, time: 1_700_000_000_000, requestId: "r-1", service: "api", step: "charge", amount: 5, msg: "charging" },
      { level: 30, time: 1_700_000_000_000, requestId: "r-1", service: "api", msg: "done" },
      { level: 30, time: 1_700_000_000_000, msg: "plain" },
    ]);
  });

  it("lets call fields override bindings, a child's bindings override its parent's, and nothing override level or time", () => {
    const { logger, out } = setup();
    const child = logger.child({ who: "parent", keep: 1 }).child({ who: "child" });
    child.info({ level: 99, time: 5 }, "x");
    child.info({ who: "call" }, "y");
    expect(out.records()).toEqual([
      { level: 30, time: 1_700_000_000_000, who: "child", keep: 1, msg: "x" },
      { level: 30, time: 1_700_000_000_000, who: "call", keep: 1, msg: "y" },
    ]);
  });

  it("keeps the parent's minimum level in a child", () => {
    const { logger, out } = setup({ level: "warn" });
    const child = logger.child({ a: 1 });
    child.info("hidden");
    child.warn("shown");
    expect(out.records().map((r) => r.msg)).toEqual(["shown"]);
  });

  it("replaces redacted paths with the default censor [Redacted]", () => {
    const { logger, out } = setup({ redact: ["password", "req.headers.authorization"] });
    logger.info({ user: "ada", password: "hunter2", req: { headers: { authorization: "Bearer abc", host: "x" } } }, "login");
    expect(out.records()).toEqual([
      {
        level: 30,
        time: 1_700_000_000_000,
        user: "ada",
        password: "[Redacted]",
        req: { headers: { authorization: "[Redacted]", host: "x" } },
        msg: "login",
      },
    ]);
  });

  it("uses a custom censor string, redacts bindings too, and never adds a missing path", () => {
    const { logger, out } = setup({ redact: ["token", "req.headers.authorization"], censor: "***" });
    logger.child({ token: "t-123" }).info({ req: { url: "/" } }, "no headers here");
    expect(out.records()).toEqual([{ level: 30, time: 1_700_000_000_000, token: "***", req: { url: "/" }, msg: "no headers here" }]);
    // msg is a path of the record like any other: censored when there is one, never added.
    const messages = setup({ redact: ["msg"] });
    messages.logger.info({ a: 1 });
    messages.logger.info("card 4242 4242 4242 4242");
    expect(messages.out.records()).toEqual([
      { level: 30, time: 1_700_000_000_000, a: 1 },
      { level: 30, time: 1_700_000_000_000, msg: "[Redacted]" },
    ]);
  });

  it("leaves a record alone when a redacted path runs through null, a string or a missing object", () => {
    const { logger, out } = setup({ redact: ["req.headers.authorization", "user.password"] });
    logger.info({ req: { headers: null }, user: "ada" }, "a");
    logger.info({ req: "GET /" }, "b");
    logger.info({ req: null }, "c");
    expect(out.records().map(({ level, time, ...rest }) => rest)).toEqual([
      { req: { headers: null }, user: "ada", msg: "a" },
      { req: "GET /", msg: "b" },
      { req: null, msg: "c" },
    ]);
  });

  it("does not modify the caller's objects when redacting", () => {
    const { logger } = setup({ redact: ["password", "req.headers.authorization"] });
    const fields = { password: "hunter2", req: { headers: { authorization: "Bearer abc" } } };
    logger.info(fields, "login");
    expect(fields).toEqual({ password: "hunter2", req: { headers: { authorization: "Bearer abc" } } });
  });

  it("serialises an Error field as type, message and stack", () => {
    const { logger, out } = setup();
    const err = new TypeError("bad input");
    logger.error({ err, attempt: 2 }, "failed");
    expect(out.records()).toEqual([
      { level: 50, time: 1_700_000_000_000, err: { type: "TypeError", message: "bad input", stack: err.stack }, attempt: 2, msg: "failed" },
    ]);
  });

  it("serialises an Error nested inside fields, named by its constructor", () => {
    class PaymentDeclined extends Error {}
    const { logger, out } = setup();
    const cause = new PaymentDeclined("card declined");
    logger.warn({ payment: { id: "p1", error: cause } });
    const [record] = out.records();
    expect(record.payment).toEqual({ id: "p1", error: { type: "PaymentDeclined", message: "card declined", stack: cause.stack } });
  });

  it("serialises Errors inside arrays too, and leaves null, numbers and Dates as JSON.stringify writes them", () => {
    const { logger, out } = setup();
    const first = new RangeError("too big");
    const when = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));
    logger.warn({ failures: [first, "plain"], nothing: null, count: 0, when });
    const [record] = out.records();
    expect(record.failures).toEqual([{ type: "RangeError", message: "too big", stack: first.stack }, "plain"]);
    expect(record.nothing).toBeNull();
    expect(record.count).toBe(0);
    expect(record.when).toBe("2024-01-02T03:04:05.000Z");
  });

  it("logs an Error passed alone under err, with its message as msg unless one is given", () => {
    const { logger, out } = setup();
    const err = new Error("db down");
    logger.error(err);
    logger.fatal(err, "giving up");
    expect(out.records()).toEqual([
      { level: 50, time: 1_700_000_000_000, err: { type: "Error", message: "db down", stack: err.stack }, msg: "db down" },
      { level: 60, time: 1_700_000_000_000, err: { type: "Error", message: "db down", stack: err.stack }, msg: "giving up" },
    ]);
  });

  it("rejects an unknown level name", () => {
    const out = sink();
    expect(() => createLogger({ destination: out.stream, level: "verbose" as never })).toThrow(RangeError);
  });
});
