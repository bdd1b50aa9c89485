import { describe, expect, it } from "vitest";
import { Histogram } from "../../exercises/observability/histogram.ts";

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * A strict parser for the subset of the Prometheus text format a histogram uses: HELP and TYPE
 * comments, then `name{label="value",...} number` lines. Label values are unescaped
 * (\\ \" \n), so a wrong escape shows up as a wrong value or a parse error.
 */
function parseExposition(text: string) {
  expect(text.endsWith("\n"), "the text must end with a line feed").toBe(true);
  const help = new Map<string, string>();
  const type = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.slice(0, -1).split("\n")) {
    if (line.startsWith("# HELP ")) {
      const rest = line.slice("# HELP ".length);
      const space = rest.indexOf(" ");
      help.set(rest.slice(0, space), rest.slice(space + 1).replace(/\\(\\|n)/g, (_, c: string) => (c === "n" ? "\n" : "\\")));
      continue;
    }
    if (line.startsWith("# TYPE ")) {
      const [name, kind] = line.slice("# TYPE ".length).split(" ");
      type.set(name, kind);
      continue;
    }
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${JSON.stringify(line)}`);
    const labels: Record<string, string> = {};
    if (match[2]) {
      const body = match[2].slice(1, -1);
      const pair = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"(,|$)/y;
      let at = 0;
      while (at < body.length) {
        pair.lastIndex = at;
        const m = pair.exec(body);
        if (!m) throw new Error(`bad labels in ${JSON.stringify(line)}`);
        labels[m[1]] = m[2].replace(/\\(.)/g, (_, c: string) => {
          if (c === "n") return "\n";
          if (c === "\\" || c === '"') return c;
          throw new Error(`bad escape \\${c} in ${JSON.stringify(line)}`);
        });
        at = pair.lastIndex;
      }
    }
    const raw = match[3];
    samples.push({ name: match[1], labels, value: raw === "+Inf" ? Infinity : Number(raw) });
  }
  return { help, type, samples };
}

const latency = (labelNames?: string[]) =>
  new Histogram({ name: "http_request_duration_seconds", help: "Request duration.", buckets: [0.1, 0.5, 1, 2.5], labelNames });

describe("Histogram", () => {
  it("exposes HELP, TYPE, cumulative le buckets ending in +Inf, then _sum and _count", () => {
    const h = latency();
    for (const v of [0.05, 0.2, 0.3, 0.7, 3]) h.observe(v);
    expect(h.expose()).toBe(
      [
        "# HELP http_request_duration_seconds Request duration.",
        "# TYPE http_request_duration_seconds histogram",
        'http_request_duration_seconds_bucket{le="0.1"} 1',
        'http_request_duration_seconds_bucket{le="0.5"} 3',
        'http_request_duration_seconds_bucket{le="1"} 4',
        'http_request_duration_seconds_bucket{le="2.5"} 4',
        'http_request_duration_seconds_bucket{le="+Inf"} 5',
        "http_request_duration_seconds_sum 4.25",
        "http_request_duration_seconds_count 5",
        "",
      ].join("\n"),
    );
  });

  it("puts a value equal to a bound into that bucket (le means less than or equal)", () => {
    const h = latency();
    h.observe(0.5);
    h.observe(2.5);
    const { samples } = parseExposition(h.expose());
    const buckets = samples.filter((s) => s.name.endsWith("_bucket")).map((s) => [s.labels.le, s.value]);
    expect(buckets).toEqual([
      ["0.1", 0],
      ["0.5", 1],
      ["1", 1],
      ["2.5", 2],
      ["+Inf", 2],
    ]);
  });

  it("parses back: buckets never decrease, +Inf equals _count, _sum is the sum", () => {
    const h = latency();
    const values = [0.01, 0.09, 0.1, 0.11, 0.49, 0.9, 1.2, 2.4, 2.6, 10, 0.3, 0.7];
    for (const v of values) h.observe(v);
    const { help, type, samples } = parseExposition(h.expose());
    expect(help.get("http_request_duration_seconds")).toBe("Request duration.");
    expect(type.get("http_request_duration_seconds")).toBe("histogram");
    const buckets = samples.filter((s) => s.name === "http_request_duration_seconds_bucket");
    expect(buckets.map((b) => b.labels.le)).toEqual(["0.1", "0.5", "1", "2.5", "+Inf"]);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i].value).toBeGreaterThanOrEqual(buckets[i - 1].value);
    const count = samples.find((s) => s.name === "http_request_duration_seconds_count")!.value;
    const sum = samples.find((s) => s.name === "http_request_duration_seconds_sum")!.value;
    expect(buckets.at(-1)!.value).toBe(count);
    expect(count).toBe(values.length);
    expect(sum).toBeCloseTo(values.reduce((a, b) => a + b, 0), 9);
  });

  it("estimates quantiles by linear interpolation inside the bucket, as histogram_quantile() does", () => {
    const h = new Histogram({ name: "d", help: "d", buckets: [1, 2, 4, 8] });
    // 10 observations: 2 in (0,1], 4 in (1,2], 2 in (2,4], 2 in (4,8]
    for (const v of [0.5, 1, 1.5, 1.5, 2, 2, 3, 4, 5, 8]) h.observe(v);
    expect(h.quantile(0.5)).toBeCloseTo(1.75, 9); // rank 5: 3 of the 4 in (1,2] → 1 + 1 × 3/4
    expect(h.quantile(0.7)).toBeCloseTo(3, 9); // rank 7: 1 of the 2 in (2,4] → 2 + 2 × 1/2
    expect(h.quantile(0.95)).toBeCloseTo(7, 9); // rank 9.5: 1.5 of 2 in (4,8] → 4 + 4 × 3/4
    expect(h.quantile(0.1)).toBeCloseTo(0.5, 9); // lowest bucket: lower bound 0
    expect(h.quantile(0)).toBe(0);
    expect(h.quantile(1)).toBe(8);
  });

  it("stops at the first bucket whose cumulative count reaches the rank, skipping empty buckets", () => {
    const h = new Histogram({ name: "d", help: "d", buckets: [1, 2, 4] });
    for (const v of [0.5, 0.7, 3, 3.5]) h.observe(v); // 2 in (0,1], none in (1,2], 2 in (2,4]
    expect(h.quantile(0.5)).toBe(1); // rank 2 is reached at le="1" exactly
    const late = new Histogram({ name: "d", help: "d", buckets: [1, 2, 4] });
    late.observe(3);
    expect(late.quantile(0)).toBe(2); // rank 0: the first bucket holding anything is (2,4]
  });

  it("answers p50, p95 and p99 over many observations within one bucket width of the truth", () => {
    const h = new Histogram({ name: "latency_ms", help: "x", buckets: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] });
    for (let i = 1; i <= 10_000; i++) h.observe((i % 1000) / 10); // uniform over [0, 100)
    expect(h.quantile(0.5)).toBeCloseTo(50, 0);
    expect(h.quantile(0.95)).toBeCloseTo(95, 0);
    expect(h.quantile(0.99)).toBeCloseTo(99, 0);
  });

  it("returns the highest finite bound for a quantile that falls in the +Inf bucket", () => {
    const h = latency();
    h.observe(0.2);
    for (let i = 0; i < 9; i++) h.observe(100);
    expect(h.quantile(0.99)).toBe(2.5);
  });

  it("returns the lowest bound itself when that bound is not above 0, and interpolates negative buckets above it", () => {
    const h = new Histogram({ name: "temp", help: "t", buckets: [-10, 0, 10] });
    for (const v of [-20, -15, -12, 5]) h.observe(v);
    expect(h.quantile(0.5)).toBe(-10);
    const g = new Histogram({ name: "temp", help: "t", buckets: [-10, -5, 0] });
    for (const v of [-8, -7]) g.observe(v); // both in (-10,-5]
    expect(g.quantile(0.5)).toBeCloseTo(-7.5, 9); // -10 + 5 × 1/2
  });

  it("returns NaN with no observations, -Infinity below q = 0 and +Infinity above q = 1", () => {
    const h = latency();
    expect(h.quantile(0.5)).toBeNaN();
    h.observe(0.3);
    expect(h.quantile(-0.1)).toBe(-Infinity);
    expect(h.quantile(1.1)).toBe(Infinity);
  });

  it("keeps one series per label set, in the order first observed, with le last among the labels", () => {
    const h = latency(["method", "route"]);
    h.observe(0.2, { method: "GET", route: "/a" });
    h.observe(3, { route: "/b", method: "POST" });
    h.observe(0.05, { method: "GET", route: "/a" });
    const { samples } = parseExposition(h.expose());
    expect(samples.filter((s) => s.name.endsWith("_count"))).toEqual([
      { name: "http_request_duration_seconds_count", labels: { method: "GET", route: "/a" }, value: 2 },
      { name: "http_request_duration_seconds_count", labels: { method: "POST", route: "/b" }, value: 1 },
    ]);
    expect(h.expose()).toContain('http_request_duration_seconds_bucket{method="GET",route="/a",le="0.1"} 1\n');
    expect(h.quantile(0.5, { method: "POST", route: "/b" })).toBe(2.5);
    expect(h.quantile(0.5, { method: "PUT", route: "/c" })).toBeNaN();
  });

  it("exposes an unlabelled histogram with no observations as one series of zeros", () => {
    const h = new Histogram({ name: "jobs_seconds", help: "Job time.", buckets: [1, 5] });
    expect(h.expose()).toBe(
      [
        "# HELP jobs_seconds Job time.",
        "# TYPE jobs_seconds histogram",
        'jobs_seconds_bucket{le="1"} 0',
        'jobs_seconds_bucket{le="5"} 0',
        'jobs_seconds_bucket{le="+Inf"} 0',
        "jobs_seconds_sum 0",
        "jobs_seconds_count 0",
        "",
      ].join("\n"),
    );
  });

  it("exposes a labelled histogram with no observations as just its HELP and TYPE lines", () => {
    const h = latency(["method"]);
    expect(h.expose()).toBe("# HELP http_request_duration_seconds Request duration.\n# TYPE http_request_duration_seconds histogram\n");
  });

  it("escapes backslash, double quote and line feed in label values, and backslash and line feed in HELP", () => {
    const h = new Histogram({ name: "files", help: 'Paths like C:\\dir\nand "quotes".', buckets: [1], labelNames: ["path"] });
    const path = 'C:\\DIR\\FILE.TXT "x"\nnext';
    h.observe(0.5, { path });
    const text = h.expose();
    expect(text).toContain('# HELP files Paths like C:\\\\dir\\nand "quotes".\n');
    expect(text).toContain('files_count{path="C:\\\\DIR\\\\FILE.TXT \\"x\\"\\nnext"} 1\n');
    const { help, samples } = parseExposition(text);
    expect(help.get("files")).toBe('Paths like C:\\dir\nand "quotes".');
    expect(samples.every((s) => s.labels.path === path)).toBe(true);
  });

  it("rejects buckets that are empty, not strictly increasing or not finite", () => {
    expect(() => new Histogram({ name: "x", help: "x", buckets: [] })).toThrow(RangeError);
    expect(() => new Histogram({ name: "x", help: "x", buckets: [1, 1, 2] })).toThrow(RangeError);
    expect(() => new Histogram({ name: "x", help: "x", buckets: [2, 1] })).toThrow(RangeError);
    expect(() => new Histogram({ name: "x", help: "x", buckets: [1, Infinity] })).toThrow(RangeError);
  });

  it("rejects an invalid metric name, a label named le, and observations with the wrong labels", () => {
    expect(() => new Histogram({ name: "http-requests", help: "x", buckets: [1] })).toThrow(RangeError);
    expect(() => new Histogram({ name: "9lives", help: "x", buckets: [1] })).toThrow(RangeError);
    expect(() => new Histogram({ name: "x", help: "x", buckets: [1], labelNames: ["le"] })).toThrow(RangeError);
    expect(() => new Histogram({ name: "x", help: "x", buckets: [1], labelNames: ["9th"] })).toThrow(RangeError);
    expect(() => new Histogram({ name: "x", help: "x", buckets: [1], labelNames: ["http-method"] })).toThrow(RangeError);
    expect(() => new Histogram({ name: "ns:http_requests_seconds", help: "x", buckets: [1], labelNames: ["_private", "method2"] })).not.toThrow();
    const h = latency(["method"]);
    expect(() => h.observe(1, {})).toThrow(RangeError);
    expect(() => h.observe(1, { method: "GET", extra: "y" })).toThrow(RangeError);
    expect(() => h.observe(NaN, { method: "GET" })).toThrow(RangeError);
    expect(() => h.observe(1, { method: 42 as unknown as string })).toThrow(RangeError);
  });
});
