import { describe, expect, it } from "vitest";
import { Tracer, type SpanData } from "../../exercises/observability/spans.ts";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A tracer with a hand-moved clock, counting id generators and an exporter that keeps spans. */
function setup() {
  const clock = { t: 1_000 };
  const exported: SpanData[] = [];
  const calls: string[] = [];
  let traces = 0;
  let spans = 0;
  const tracer = new Tracer({
    now: () => clock.t,
    exporter: { export: (span) => exported.push(span) },
    ids: {
      traceId: () => {
        calls.push("traceId");
        return `trace-${++traces}`;
      },
      spanId: () => {
        calls.push("spanId");
        return `span-${++spans}`;
      },
    },
  });
  return { tracer, clock, exported, calls };
}

describe("Tracer", () => {
  it("exports a finished span with its name, ids, clock timings, attributes and status ok", async () => {
    const { tracer, clock, exported } = setup();
    const result = await tracer.startActiveSpan("GET /orders", async (span) => {
      span.setAttribute("http.request.method", "GET");
      span.setAttribute("retries", 0);
      clock.t += 40;
      return "done";
    });
    expect(result).toBe("done");
    expect(exported).toEqual([
      {
        name: "GET /orders",
        traceId: "trace-1",
        spanId: "span-1",
        parentSpanId: null,
        startTime: 1_000,
        endTime: 1_040,
        attributes: { "http.request.method": "GET", retries: 0 },
        status: "ok",
      },
    ]);
  });

  it("gives a root span a new trace id, asking for the trace id before the span id", async () => {
    const { tracer, calls, exported } = setup();
    await tracer.startActiveSpan("a", () => undefined);
    await tracer.startActiveSpan("b", () => undefined);
    expect(calls).toEqual(["traceId", "spanId", "traceId", "spanId"]);
    expect(exported.map((s) => [s.traceId, s.parentSpanId])).toEqual([
      ["trace-1", null],
      ["trace-2", null],
    ]);
  });

  it("makes a span started inside another its child, in the same trace, exported when it ends", async () => {
    const { tracer, clock, exported, calls } = setup();
    await tracer.startActiveSpan("request", async () => {
      clock.t += 5;
      await tracer.startActiveSpan("db.query", async () => {
        clock.t += 20;
      });
      clock.t += 5;
    });
    expect(calls).toEqual(["traceId", "spanId", "spanId"]);
    expect(exported.map((s) => ({ name: s.name, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId, startTime: s.startTime, endTime: s.endTime }))).toEqual([
      { name: "db.query", traceId: "trace-1", spanId: "span-2", parentSpanId: "span-1", startTime: 1_005, endTime: 1_025 },
      { name: "request", traceId: "trace-1", spanId: "span-1", parentSpanId: null, startTime: 1_000, endTime: 1_030 },
    ]);
  });

  it("reports the active span inside the callback, none outside, and the outer one again after a child ends", async () => {
    const { tracer } = setup();
    expect(tracer.activeSpan()).toBeUndefined();
    await tracer.startActiveSpan("outer", async (outer) => {
      expect(tracer.activeSpan()?.spanId).toBe(outer.spanId);
      await tracer.startActiveSpan("inner", (inner) => {
        expect(tracer.activeSpan()?.spanId).toBe(inner.spanId);
      });
      expect(tracer.activeSpan()?.spanId).toBe(outer.spanId);
    });
    expect(tracer.activeSpan()).toBeUndefined();
  });

  it("keeps the active span across await, setTimeout and setImmediate", async () => {
    const { tracer, exported } = setup();
    await tracer.startActiveSpan("job", async () => {
      await tick();
      await tracer.startActiveSpan("after-await", () => undefined);
      await new Promise<void>((resolve) =>
        setTimeout(() => {
          void tracer.startActiveSpan("in-timeout", () => undefined).then(() => resolve());
        }, 0),
      );
      await new Promise<void>((resolve) =>
        setImmediate(() => {
          void tracer.startActiveSpan("in-immediate", () => undefined).then(() => resolve());
        }),
      );
    });
    const job = exported.find((s) => s.name === "job")!;
    for (const name of ["after-await", "in-timeout", "in-immediate"]) {
      expect(exported.find((s) => s.name === name)?.parentSpanId, name).toBe(job.spanId);
    }
  });

  it("never mixes concurrent requests: each child belongs to its own request's trace", async () => {
    const { tracer, exported } = setup();
    const request = (name: string, hops: number) =>
      tracer.startActiveSpan(name, async () => {
        for (let i = 0; i < hops; i++) {
          await tick();
          await tracer.startActiveSpan(`${name}.step${i}`, async () => {
            await tick();
          });
        }
      });
    await Promise.all([request("A", 3), request("B", 2), request("C", 3)]);
    const roots = new Map(exported.filter((s) => s.parentSpanId === null).map((s) => [s.name, s]));
    expect(roots.size).toBe(3);
    for (const span of exported.filter((s) => s.parentSpanId !== null)) {
      const root = roots.get(span.name.split(".")[0])!;
      expect(span.parentSpanId, span.name).toBe(root.spanId);
      expect(span.traceId, span.name).toBe(root.traceId);
    }
  });

  it("marks a span whose callback throws or rejects as an error, exports it, and rethrows", async () => {
    const { tracer, clock, exported } = setup();
    await expect(
      tracer.startActiveSpan("charge", async () => {
        clock.t += 7;
        throw new Error("card declined");
      }),
    ).rejects.toThrow("card declined");
    await expect(
      tracer.startActiveSpan("sync", () => {
        throw new TypeError("bad");
      }),
    ).rejects.toThrow(TypeError);
    expect(exported.map((s) => [s.name, s.status, s.errorMessage, s.endTime])).toEqual([
      ["charge", "error", "card declined", 1_007],
      ["sync", "error", "bad", 1_007],
    ]);
  });

  it("ends a span once: an early end() sets the end time, later ends and attributes are ignored", async () => {
    const { tracer, clock, exported } = setup();
    await tracer.startActiveSpan("stream", async (span) => {
      clock.t += 10;
      span.end();
      span.end();
      clock.t += 90;
      span.setAttribute("late", true);
    });
    expect(exported).toHaveLength(1);
    expect(exported[0].endTime).toBe(1_010);
    expect(exported[0].attributes).toEqual({});
  });

  it("exports a snapshot: attributes set on a span after export do not change what was exported", async () => {
    const { tracer, exported } = setup();
    let keep: { setAttribute(k: string, v: string): void } | undefined;
    await tracer.startActiveSpan("a", (span) => {
      span.setAttribute("k", "v1");
      keep = span;
    });
    keep!.setAttribute("k", "v2");
    expect(exported[0].attributes).toEqual({ k: "v1" });
  });

  it("keeps 500 concurrent requests apart", async () => {
    const { tracer, exported } = setup();
    await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        tracer.startActiveSpan(`r${i}`, async () => {
          await tick();
          await tracer.startActiveSpan(`r${i}.child`, () => undefined);
        }),
      ),
    );
    const byName = new Map(exported.map((s) => [s.name, s]));
    for (let i = 0; i < 500; i++) {
      expect(byName.get(`r${i}.child`)!.parentSpanId).toBe(byName.get(`r${i}`)!.spanId);
    }
  });
});
