import { describe, expect, it } from "vitest";
import { TailSampler, parentBasedSampler, traceIdRatioSampler, type FinishedSpan } from "../../exercises/observability/sampling.ts";

/** mulberry32: a small seeded PRNG, so the "random" trace ids are the same on every run. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function traceIds(count: number, seed = 42): string[] {
  const next = seeded(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join(""),
  );
}

const PREFIX = "4bf92f3577b34da6a3"; // 18 hex digits; the sampler must look only at the 14 after them

describe("traceIdRatioSampler", () => {
  it("keeps about ratio × N of N random trace ids", () => {
    const ids = traceIds(20_000);
    const kept = ids.filter(traceIdRatioSampler(0.1)).length;
    expect(kept).toBeGreaterThan(1_800);
    expect(kept).toBeLessThan(2_200);
  });

  it("decides the same way every time for the same trace id", () => {
    const a = traceIdRatioSampler(0.3);
    const b = traceIdRatioSampler(0.3);
    for (const id of traceIds(500)) {
      expect(b(id)).toBe(a(id));
      expect(a(id)).toBe(a(id));
    }
  });

  it("keeps, at a higher ratio, every trace that a lower ratio keeps", () => {
    const ratios = [0.01, 0.1, 0.25, 0.5, 0.9];
    const samplers = ratios.map(traceIdRatioSampler);
    for (const id of traceIds(2_000, 7)) {
      for (let i = 1; i < samplers.length; i++) {
        if (samplers[i - 1](id)) expect(samplers[i](id), `${id} at ${ratios[i]}`).toBe(true);
      }
    }
  });

  it("compares the last 14 hex digits (56 bits) with ratio × 2^56", () => {
    const half = traceIdRatioSampler(0.5);
    expect(half(`${PREFIX}7fffffffffffff`)).toBe(true);
    expect(half(`${PREFIX}80000000000000`)).toBe(false);
    expect(half(`ffffffffffffffffff7fffffffffffff`)).toBe(true); // the first 18 digits do not matter
    expect(half(`00000000000000000180000000000000`)).toBe(false);
    const quarter = traceIdRatioSampler(0.25);
    expect(quarter(`${PREFIX}3fffffffffffff`)).toBe(true);
    expect(quarter(`${PREFIX}40000000000000`)).toBe(false);
  });

  it("keeps everything at ratio 1 and nothing at ratio 0", () => {
    const all = traceIdRatioSampler(1);
    const none = traceIdRatioSampler(0);
    expect(all(`${PREFIX}ffffffffffffff`)).toBe(true);
    expect(none(`${PREFIX}00000000000000`)).toBe(false);
    expect(traceIdRatioSampler(0.000001)(`${PREFIX}00000000000000`)).toBe(true);
    const ids = traceIds(1_000);
    expect(ids.filter(all)).toHaveLength(1_000);
    expect(ids.filter(none)).toHaveLength(0);
  });

  it("rejects a ratio outside [0, 1] and a malformed trace id", () => {
    expect(() => traceIdRatioSampler(-0.1)).toThrow(RangeError);
    expect(() => traceIdRatioSampler(1.5)).toThrow(RangeError);
    expect(() => traceIdRatioSampler(NaN)).toThrow(RangeError);
    const sampler = traceIdRatioSampler(0.5);
    expect(() => sampler("not-a-trace-id")).toThrow(RangeError);
    expect(() => sampler(`${PREFIX}7FFFFFFFFFFFFF`)).toThrow(RangeError);
    expect(() => sampler(`${PREFIX}7fffffffffffff0`)).toThrow(RangeError); // 33 digits
    expect(() => sampler(`${PREFIX}7ffffffffffff`)).toThrow(RangeError); // 31 digits
    expect(() => sampler(`g${PREFIX}7fffffffffffff`)).toThrow(RangeError);
  });
});

describe("parentBasedSampler", () => {
  it("follows the parent's sampled flag whatever the root sampler would say", () => {
    const sampler = parentBasedSampler(traceIdRatioSampler(0));
    expect(sampler(`${PREFIX}00000000000000`, { sampled: true })).toBe(true);
    const always = parentBasedSampler(traceIdRatioSampler(1));
    expect(always(`${PREFIX}00000000000000`, { sampled: false })).toBe(false);
  });

  it("asks the root sampler when there is no parent", () => {
    const asked: string[] = [];
    const sampler = parentBasedSampler((id) => {
      asked.push(id);
      return id.endsWith("1");
    });
    expect(sampler(`${PREFIX}00000000000001`)).toBe(true);
    expect(sampler(`${PREFIX}00000000000002`)).toBe(false);
    sampler(`${PREFIX}00000000000003`, { sampled: true });
    expect(asked).toEqual([`${PREFIX}00000000000001`, `${PREFIX}00000000000002`]);
  });
});

describe("TailSampler", () => {
  const span = (traceId: string, spanId: string, parentSpanId: string | null, startTime: number, endTime: number, status: "ok" | "error" = "ok"): FinishedSpan => ({
    traceId,
    spanId,
    parentSpanId,
    startTime,
    endTime,
    status,
  });

  function setup(headSampled: (traceId: string) => boolean = () => false, slowMs = 1_000) {
    const batches: FinishedSpan[][] = [];
    const tail = new TailSampler({ headSampled, slowMs, exporter: { export: (spans) => batches.push(spans) } });
    return { tail, batches };
  }

  it("holds a trace's spans until its root ends, then exports them together in end order", () => {
    const { tail, batches } = setup(() => true);
    tail.onEnd(span("t1", "db", "root", 10, 20));
    tail.onEnd(span("t1", "cache", "root", 20, 25));
    expect(batches).toEqual([]);
    tail.onEnd(span("t1", "root", null, 0, 30));
    expect(batches.map((b) => b.map((s) => s.spanId))).toEqual([["db", "cache", "root"]]);
  });

  it("drops a fast, successful trace the head sampler did not pick", () => {
    const { tail, batches } = setup(() => false);
    tail.onEnd(span("t1", "child", "root", 0, 10));
    tail.onEnd(span("t1", "root", null, 0, 20));
    expect(batches).toEqual([]);
  });

  it("always keeps a trace in which any span failed", () => {
    const { tail, batches } = setup(() => false);
    tail.onEnd(span("t1", "child", "root", 0, 10, "error"));
    tail.onEnd(span("t1", "root", null, 0, 20));
    tail.onEnd(span("t2", "root", null, 0, 20, "error"));
    expect(batches.map((b) => b.map((s) => s.spanId))).toEqual([["child", "root"], ["root"]]);
  });

  it("always keeps a trace whose root took slowMs or longer", () => {
    const { tail, batches } = setup(() => false, 500);
    tail.onEnd(span("slow", "root", null, 1_000, 1_500));
    tail.onEnd(span("almost", "root", null, 1_000, 1_499));
    expect(batches.map((b) => b[0].traceId)).toEqual(["slow"]);
  });

  it("keeps traces of different ids apart when their spans interleave", () => {
    const { tail, batches } = setup((id) => id === "a");
    tail.onEnd(span("a", "a1", "ra", 0, 1));
    tail.onEnd(span("b", "b1", "rb", 0, 1));
    tail.onEnd(span("b", "rb", null, 0, 2));
    tail.onEnd(span("a", "ra", null, 0, 2));
    expect(batches.map((b) => b.map((s) => s.spanId))).toEqual([["a1", "ra"]]);
  });

  it("frees the buffer of every finished trace, kept or dropped", () => {
    const { tail } = setup((id) => id.endsWith("0"));
    for (let i = 0; i < 1_000; i++) {
      tail.onEnd(span(`t${i}`, "child", "root", 0, 1));
      tail.onEnd(span(`t${i}`, "root", null, 0, 2));
    }
    tail.onEnd(span("open", "child", "root", 0, 1));
    expect(tail.pendingTraces()).toBe(1);
  });
});
