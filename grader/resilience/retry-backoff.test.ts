import { describe, expect, it } from "vitest";
import {
  backoffDelay,
  fetchWithRetry,
  parseRetryAfter,
  RetryBudget,
  type RetryOptions,
} from "../../exercises/resilience/retry-backoff.ts";

/** A server that answers each attempt from a script: a status, [status, headers], or an error to throw. */
function scripted(...script: (number | [number, Record<string, string>] | Error)[]) {
  const calls: number[] = [];
  const send = async (attempt: number) => {
    calls.push(attempt);
    const step = script[Math.min(calls.length - 1, script.length - 1)];
    if (step instanceof Error) throw step;
    const [status, headers] = Array.isArray(step) ? step : [step, {}];
    return new Response(status === 204 ? null : `body ${calls.length}`, { status, headers });
  };
  return { send, calls };
}

function options(overrides: Partial<RetryOptions> = {}) {
  const delays: number[] = [];
  const opts: RetryOptions = {
    method: "GET",
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 10_000,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
    ...overrides,
  };
  return { opts, delays };
}

function networkError(code: string) {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ${code}`), { code }) });
}

describe("backoffDelay", () => {
  it("doubles the ceiling with each retry and scales it by random() (full jitter)", () => {
    const half = { baseDelayMs: 100, maxDelayMs: 10_000, random: () => 0.5 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, half))).toEqual([50, 100, 200, 400]);
    expect(backoffDelay(3, { ...half, random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { ...half, random: () => 0.999 })).toBe(399);
  });

  it("never lets the ceiling grow past maxDelayMs", () => {
    const opts = { baseDelayMs: 100, maxDelayMs: 250, random: () => 0.5 };
    expect([1, 2, 3, 4, 20].map((n) => backoffDelay(n, opts))).toEqual([50, 100, 125, 125, 125]);
  });
});

describe("parseRetryAfter", () => {
  it("reads delay-seconds as milliseconds", () => {
    expect(parseRetryAfter("120", 0)).toBe(120_000);
    expect(parseRetryAfter("0", 0)).toBe(0);
    expect(parseRetryAfter(" 3 ", 0)).toBe(3_000);
  });

  it("reads an IMF-fixdate as the time left until then, or 0 once it has passed", () => {
    const now = Date.parse("2015-10-21T07:27:30Z");
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now)).toBe(0);
  });

  it("returns undefined for a missing or malformed value", () => {
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
    const date = "Wed, 21 Oct 2015 07:28:00 GMT";
    for (const bad of ["", "soon", "1.5", "-5", "2015-10-21", "12abc", `x${date}`, `${date} x`]) {
      expect(parseRetryAfter(bad, 0), `Retry-After: ${JSON.stringify(bad)}`).toBeUndefined();
    }
  });
});

describe("RetryBudget", () => {
  it("starts full, spends one token per retry and refuses when under one", () => {
    const budget = new RetryBudget({ ratio: 0.5, maxTokens: 2 });
    expect(budget.tokens).toBe(2);
    expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(true);
    expect(budget.tryRetry()).toBe(false);
    expect(budget.tokens).toBe(0);
  });

  it("earns ratio tokens per request, capped at maxTokens", () => {
    const budget = new RetryBudget({ ratio: 0.25, maxTokens: 1 });
    budget.tryRetry();
    budget.onRequest();
    budget.onRequest();
    budget.onRequest();
    expect(budget.tokens).toBe(0.75);
    expect(budget.tryRetry()).toBe(false);
    budget.onRequest();
    budget.onRequest();
    expect(budget.tokens).toBe(1);
  });

  it("rejects a ratio outside [0, 1] or a negative maxTokens", () => {
    expect(() => new RetryBudget({ ratio: 1.5, maxTokens: 10 })).toThrow(RangeError);
    expect(() => new RetryBudget({ ratio: -0.1, maxTokens: 10 })).toThrow(RangeError);
    expect(() => new RetryBudget({ ratio: 0.1, maxTokens: -1 })).toThrow(RangeError);
    expect(new RetryBudget({ ratio: 1, maxTokens: 0 }).tokens).toBe(0);
    expect(new RetryBudget({ ratio: 0, maxTokens: 5 }).tokens).toBe(5);
  });
});

describe("fetchWithRetry", () => {
  it("returns the first response when it succeeds, without waiting", async () => {
    const server = scripted(200);
    const { opts, delays } = options();
    const res = await fetchWithRetry(server.send, opts);
    expect(res.status).toBe(200);
    expect(server.calls).toEqual([1]);
    expect(delays).toEqual([]);
  });

  it("retries a 503 with jittered exponential backoff until it succeeds", async () => {
    const server = scripted(503, 503, 503, 200);
    const { opts, delays } = options();
    const res = await fetchWithRetry(server.send, opts);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("body 4");
    expect(server.calls).toEqual([1, 2, 3, 4]);
    expect(delays).toEqual([50, 100, 200]);
  });

  it("gives up after maxAttempts and returns the last response", async () => {
    const server = scripted(500, 502, 503, 504, 200);
    const { opts, delays } = options({ maxAttempts: 3 });
    const res = await fetchWithRetry(server.send, opts);
    expect(res.status).toBe(503);
    expect(server.calls).toEqual([1, 2, 3]);
    expect(delays).toHaveLength(2);
  });

  it("retries every 5xx status", async () => {
    for (const status of [500, 501, 502, 503, 504, 599]) {
      const server = scripted(status, 200);
      const { opts } = options();
      expect((await fetchWithRetry(server.send, opts)).status, `after a ${status}`).toBe(200);
      expect(server.calls).toEqual([1, 2]);
    }
  });

  it("retries 408 and 429 but never another 4xx", async () => {
    for (const status of [408, 429]) {
      const server = scripted(status, 200);
      const { opts } = options();
      expect((await fetchWithRetry(server.send, opts)).status, `after a ${status}`).toBe(200);
    }
    for (const status of [400, 401, 403, 404, 409, 422]) {
      const server = scripted(status, 200);
      const { opts, delays } = options();
      const res = await fetchWithRetry(server.send, opts);
      expect(res.status, `a ${status} is final`).toBe(status);
      expect(server.calls).toEqual([1]);
      expect(delays).toEqual([]);
    }
  });

  it("retries a network error, reported by fetch as a cause code or by an error's own code", async () => {
    const server = scripted(networkError("ECONNRESET"), Object.assign(new Error("refused"), { code: "ECONNREFUSED" }), 200);
    const { opts } = options();
    const res = await fetchWithRetry(server.send, opts);
    expect(res.status).toBe(200);
    expect(server.calls).toEqual([1, 2, 3]);
  });

  it("recognises every listed network error code", async () => {
    for (const code of ["ECONNRESET", "ECONNREFUSED", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "UND_ERR_SOCKET"]) {
      const server = scripted(networkError(code), 200);
      expect((await fetchWithRetry(server.send, options().opts)).status, code).toBe(200);
    }
    const other = scripted(networkError("ENOTFOUND"), 200);
    await expect(fetchWithRetry(other.send, options().opts)).rejects.toThrow("fetch failed");
    expect(other.calls).toEqual([1]);
  });

  it("retries an attempt that timed out with a TimeoutError", async () => {
    const timeout = Object.assign(new Error("timed out after 2000 ms"), { name: "TimeoutError" });
    const server = scripted(timeout, 200);
    const { opts } = options();
    expect((await fetchWithRetry(server.send, opts)).status).toBe(200);
    expect(server.calls).toEqual([1, 2]);
  });

  it("rethrows any other error at once, the same object", async () => {
    const cancelled = new DOMException("The operation was aborted", "AbortError");
    const bug = new Error("cannot read properties of undefined");
    for (const error of [cancelled, bug]) {
      const server = scripted(error, 200);
      const { opts, delays } = options();
      await expect(fetchWithRetry(server.send, opts)).rejects.toBe(error);
      expect(server.calls).toEqual([1]);
      expect(delays).toEqual([]);
    }
  });

  it("rethrows a rejection that is not an Error object as it is", async () => {
    for (const value of [null, "socket closed"]) {
      const calls: number[] = [];
      const send = async (attempt: number): Promise<Response> => {
        calls.push(attempt);
        throw value;
      };
      await expect(fetchWithRetry(send, options().opts)).rejects.toBe(value);
      expect(calls).toEqual([1]);
    }
  });

  it("rethrows the last network error once attempts are used up", async () => {
    const errors = [networkError("ECONNRESET"), networkError("ETIMEDOUT")];
    const server = scripted(...errors);
    const { opts } = options({ maxAttempts: 2 });
    await expect(fetchWithRetry(server.send, opts)).rejects.toBe(errors[1]);
  });

  it("sends POST and PATCH once, unless marked idempotent", async () => {
    for (const method of ["POST", "PATCH"]) {
      const server = scripted(503, 200);
      const { opts } = options({ method });
      expect((await fetchWithRetry(server.send, opts)).status).toBe(503);
      expect(server.calls).toEqual([1]);
      const network = scripted(networkError("ECONNRESET"), 200);
      await expect(fetchWithRetry(network.send, options({ method }).opts)).rejects.toThrow("fetch failed");
      expect(network.calls).toEqual([1]);
    }
    const keyed = scripted(503, 201);
    const { opts } = options({ method: "POST", idempotent: true });
    expect((await fetchWithRetry(keyed.send, opts)).status).toBe(201);
    expect(keyed.calls).toEqual([1, 2]);
  });

  it("retries every idempotent method", async () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]) {
      const server = scripted(503, 204);
      const { opts } = options({ method });
      expect((await fetchWithRetry(server.send, opts)).status, method).toBe(204);
      expect(server.calls).toEqual([1, 2]);
    }
    const unsafeGet = scripted(503, 200);
    expect((await fetchWithRetry(unsafeGet.send, options({ idempotent: false }).opts)).status).toBe(503);
  });

  it("waits as long as Retry-After says, in seconds or as an HTTP-date", async () => {
    const seconds = scripted([429, { "Retry-After": "3" }], [503, { "Retry-After": "nonsense" }], 200);
    const first = options();
    expect((await fetchWithRetry(seconds.send, first.opts)).status).toBe(200);
    expect(first.delays).toEqual([3_000, 100]); // a malformed value falls back to the backoff

    const now = Date.parse("2015-10-21T07:27:58Z");
    const dated = scripted([503, { "Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT" }], 200);
    const second = options({ now: () => now });
    expect((await fetchWithRetry(dated.send, second.opts)).status).toBe(200);
    expect(second.delays).toEqual([2_000]);
  });

  it("still waits when Retry-After asks for exactly maxDelayMs", async () => {
    const server = scripted([503, { "Retry-After": "10" }], 200);
    const { opts, delays } = options({ maxDelayMs: 10_000 });
    expect((await fetchWithRetry(server.send, opts)).status).toBe(200);
    expect(delays).toEqual([10_000]);
  });

  it("gives up at once when Retry-After asks for longer than maxDelayMs", async () => {
    const server = scripted([503, { "Retry-After": "30" }], 200);
    const { opts, delays } = options({ maxDelayMs: 10_000 });
    const res = await fetchWithRetry(server.send, opts);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(server.calls).toEqual([1]);
    expect(delays).toEqual([]);
  });

  it("stops retrying when the shared budget is empty, and earns it back per request", async () => {
    const budget = new RetryBudget({ ratio: 0.5, maxTokens: 1 });
    const first = scripted(503);
    expect((await fetchWithRetry(first.send, options({ budget }).opts)).status).toBe(503);
    expect(first.calls).toEqual([1, 2]); // the one token paid for one retry, then the budget ran dry
    expect(budget.tokens).toBe(0);

    const second = scripted(503, 200);
    const secondRun = options({ budget });
    expect((await fetchWithRetry(second.send, secondRun.opts)).status).toBe(503);
    expect(second.calls).toEqual([1]); // this request earned 0.5: not enough for a retry
    expect(secondRun.delays).toEqual([]);
    expect(budget.tokens).toBe(0.5);

    const third = scripted(503, 200);
    expect((await fetchWithRetry(third.send, options({ budget }).opts)).status).toBe(200);
    expect(third.calls).toEqual([1, 2]); // 0.5 more makes a whole token again
    expect(budget.tokens).toBe(0);
  });

  it("does not spend the budget on a response that is final anyway", async () => {
    const budget = new RetryBudget({ ratio: 0, maxTokens: 3 });
    await fetchWithRetry(scripted(404).send, options({ budget }).opts);
    await fetchWithRetry(scripted(200).send, options({ budget }).opts);
    await fetchWithRetry(scripted([503, { "Retry-After": "60" }]).send, options({ budget }).opts);
    expect(budget.tokens).toBe(3);
  });

  it("rejects a maxAttempts that is not a positive integer", async () => {
    for (const maxAttempts of [0, -1, 1.5]) {
      await expect(fetchWithRetry(scripted(200).send, options({ maxAttempts }).opts)).rejects.toBeInstanceOf(RangeError);
    }
    const once = scripted(503, 200);
    expect((await fetchWithRetry(once.send, options({ maxAttempts: 1 }).opts)).status).toBe(503);
    expect(once.calls).toEqual([1]);
  });
});
