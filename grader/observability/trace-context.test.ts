import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { continueTrace, parseTraceparent, type RandomBytes } from "../../exercises/observability/trace-context.ts";

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const PARENT_ID = "00f067aa0ba902b7";
const VALID = `00-${TRACE_ID}-${PARENT_ID}-01`;

/** Hands out the given byte sequences in order, one per call, and records the sizes asked for. */
function scripted(...chunks: number[][]) {
  const sizes: number[] = [];
  const random: RandomBytes = (size) => {
    sizes.push(size);
    const next = chunks.shift();
    if (!next) throw new Error("random source exhausted");
    expect(next.length, "scripted chunk size").toBe(size);
    return Uint8Array.from(next);
  };
  return { random, sizes };
}

const bytes = (size: number, value: number) => new Array<number>(size).fill(value);

let servers: http.Server[] = [];

afterEach(async () => {
  const closing = servers;
  servers = [];
  for (const server of closing) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function listen(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Two real services: the frontend continues the trace with continueTrace and calls the backend
 * with the headers it returns; the backend records what arrived.
 */
async function twoServices(random: RandomBytes) {
  const received: http.IncomingHttpHeaders[] = [];
  const backend = await listen((req, res) => {
    received.push(req.headers);
    res.end();
  });
  const frontend = await listen(async (req, res) => {
    try {
      const context = continueTrace(req.headers, random);
      const hop = await fetch(`${backend}/inventory`, { headers: { ...context.headers } });
      await hop.text();
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(context));
    } catch (err) {
      res.statusCode = 500;
      res.end(String(err instanceof Error ? err.stack : err));
    }
  });
  const call = async (headers: Record<string, string> = {}) => {
    const res = await fetch(`${frontend}/checkout`, { headers });
    if (res.status !== 200) throw new Error(`the frontend failed: ${await res.text()}`);
    return (await res.json()) as ReturnType<typeof continueTrace>;
  };
  return { call, received };
}

describe("parseTraceparent", () => {
  it("parses a version 00 header into its fields", () => {
    expect(parseTraceparent(VALID)).toEqual({ version: "00", traceId: TRACE_ID, parentId: PARENT_ID, flags: 1 });
    expect(parseTraceparent(`00-${TRACE_ID}-${PARENT_ID}-00`)?.flags).toBe(0);
    expect(parseTraceparent(`00-${TRACE_ID}-${PARENT_ID}-09`)?.flags).toBe(9);
  });

  it("rejects a missing header, wrong lengths and wrong delimiters", () => {
    expect(parseTraceparent(undefined)).toBeNull();
    expect(parseTraceparent("")).toBeNull();
    expect(parseTraceparent(VALID.slice(0, -1))).toBeNull();
    expect(parseTraceparent(`${VALID}-extra`)).toBeNull(); // version 00 is exactly 55 characters
    expect(parseTraceparent(`00-${TRACE_ID}0-${PARENT_ID.slice(1)}-01`)).toBeNull();
    expect(parseTraceparent(`00_${TRACE_ID}_${PARENT_ID}_01`)).toBeNull();
    expect(parseTraceparent(`00_${TRACE_ID}-${PARENT_ID}-01`)).toBeNull();
    expect(parseTraceparent(`00-${TRACE_ID}_${PARENT_ID}-01`)).toBeNull();
    expect(parseTraceparent(`00-${TRACE_ID}-${PARENT_ID}_01`)).toBeNull();
  });

  it("rejects uppercase or non-hex characters", () => {
    expect(parseTraceparent(`00-${TRACE_ID.toUpperCase()}-${PARENT_ID}-01`)).toBeNull();
    expect(parseTraceparent(`00-${TRACE_ID}-${PARENT_ID.toUpperCase()}-01`)).toBeNull();
    expect(parseTraceparent(`00-${TRACE_ID.replace("4", "g")}-${PARENT_ID}-01`)).toBeNull();
    expect(parseTraceparent(`0A-${TRACE_ID}-${PARENT_ID}-01`)).toBeNull();
    expect(parseTraceparent(`00-${TRACE_ID}-${PARENT_ID}-0x`)).toBeNull();
  });

  it("rejects an all-zero trace-id or parent-id, and version ff", () => {
    expect(parseTraceparent(`00-${"0".repeat(32)}-${PARENT_ID}-01`)).toBeNull();
    expect(parseTraceparent(`00-${TRACE_ID}-${"0".repeat(16)}-01`)).toBeNull();
    expect(parseTraceparent(`ff-${TRACE_ID}-${PARENT_ID}-01`)).toBeNull();
  });

  it("reads the known fields of a higher version, which may append more after a dash", () => {
    expect(parseTraceparent(`01-${TRACE_ID}-${PARENT_ID}-01`)).toEqual({ version: "01", traceId: TRACE_ID, parentId: PARENT_ID, flags: 1 });
    expect(parseTraceparent(`cc-${TRACE_ID}-${PARENT_ID}-01-what-the-future-holds`)).toEqual({
      version: "cc",
      traceId: TRACE_ID,
      parentId: PARENT_ID,
      flags: 1,
    });
    expect(parseTraceparent(`cc-${TRACE_ID}-${PARENT_ID}-01x`)).toBeNull();
  });
});

describe("continueTrace across a real HTTP hop", () => {
  it("keeps the trace id, makes a new span id, and forwards a traceparent naming it as the parent", async () => {
    const { random, sizes } = scripted(bytes(8, 0xab));
    const { call, received } = await twoServices(random);
    const context = await call({ traceparent: VALID });
    expect(context).toEqual({
      traceId: TRACE_ID,
      spanId: "abababababababab",
      parentSpanId: PARENT_ID,
      sampled: true,
      headers: { traceparent: `00-${TRACE_ID}-abababababababab-01` },
    });
    expect(sizes).toEqual([8]);
    expect(received[0].traceparent).toBe(`00-${TRACE_ID}-abababababababab-01`);
    expect(received[0].tracestate).toBeUndefined(); // none came in, so none goes out
  });

  it("forwards tracestate unchanged alongside a valid traceparent", async () => {
    const { random } = scripted(bytes(8, 0x11));
    const { call, received } = await twoServices(random);
    const context = await call({ traceparent: VALID, tracestate: "rojo=00f067aa0ba902b7,congo=t61rcWkgMzE" });
    expect(context.headers.tracestate).toBe("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE");
    expect(received[0].tracestate).toBe("rojo=00f067aa0ba902b7,congo=t61rcWkgMzE");
  });

  it("keeps the sampled flag as it came, and sends the other flag bits as zero", async () => {
    const { random } = scripted(bytes(8, 0x22), bytes(8, 0x33));
    const { call, received } = await twoServices(random);
    const unsampled = await call({ traceparent: `00-${TRACE_ID}-${PARENT_ID}-00` });
    const withOtherBits = await call({ traceparent: `00-${TRACE_ID}-${PARENT_ID}-09` });
    expect(unsampled.sampled).toBe(false);
    expect(received[0].traceparent).toBe(`00-${TRACE_ID}-2222222222222222-00`);
    expect(withOtherBits.sampled).toBe(true);
    expect(received[1].traceparent).toBe(`00-${TRACE_ID}-3333333333333333-01`);
  });

  it("starts a new sampled trace when there is no traceparent: 16 random bytes of trace id, then 8 of span id", async () => {
    const { random, sizes } = scripted(bytes(16, 0x5a), bytes(8, 0x07));
    const { call, received } = await twoServices(random);
    const context = await call();
    expect(sizes).toEqual([16, 8]);
    expect(context).toEqual({
      traceId: "5a".repeat(16),
      spanId: "07".repeat(8),
      parentSpanId: null,
      sampled: true,
      headers: { traceparent: `00-${"5a".repeat(16)}-${"07".repeat(8)}-01` },
    });
    expect(received[0].traceparent).toBe(context.headers.traceparent);
  });

  it("starts a new trace and drops tracestate when the incoming traceparent is invalid", async () => {
    const { random } = scripted(bytes(16, 0x01), bytes(8, 0x02));
    const { call, received } = await twoServices(random);
    const context = await call({ traceparent: `00-${TRACE_ID.toUpperCase()}-${PARENT_ID}-01`, tracestate: "congo=t61rcWkgMzE" });
    expect(context.traceId).toBe("01".repeat(16));
    expect(context.parentSpanId).toBeNull();
    expect(context.headers).toEqual({ traceparent: `00-${"01".repeat(16)}-${"02".repeat(8)}-01` });
    expect(received[0].tracestate).toBeUndefined();
  });

  it("forwards version 00 even when the caller sent a higher version", async () => {
    const { random } = scripted(bytes(8, 0x44));
    const { call, received } = await twoServices(random);
    await call({ traceparent: `cc-${TRACE_ID}-${PARENT_ID}-01-extra` });
    expect(received[0].traceparent).toBe(`00-${TRACE_ID}-4444444444444444-01`);
  });

  it("draws again when the random source returns an all-zero id", async () => {
    const { random, sizes } = scripted(bytes(16, 0), bytes(16, 0x0f), bytes(8, 0), bytes(8, 0xf0));
    const { call } = await twoServices(random);
    const context = await call();
    expect(sizes).toEqual([16, 16, 8, 8]);
    expect(context.traceId).toBe("0f".repeat(16));
    expect(context.spanId).toBe("f0".repeat(8));
  });

  it("gives concurrent requests their own span ids within the same trace", async () => {
    let n = 0;
    const counter: RandomBytes = (size) => {
      n++;
      const out = new Uint8Array(size);
      out[size - 1] = n;
      return out;
    };
    const { call, received } = await twoServices(counter);
    const contexts = await Promise.all([call({ traceparent: VALID }), call({ traceparent: VALID }), call({ traceparent: VALID })]);
    const spanIds = new Set(contexts.map((c) => c.spanId));
    expect(spanIds.size).toBe(3);
    expect(new Set(received.map((h) => h.traceparent)).size).toBe(3);
    for (const h of received) expect(h.traceparent).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`));
  });
});
