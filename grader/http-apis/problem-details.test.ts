import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { sendProblem, validated, VALIDATION_ERROR_TYPE, type RouteHandler } from "../../exercises/http-apis/problem-details.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

/** Serves `handler` at /orders/:id (the test plays the router of kata 1). */
async function start(handler: RouteHandler) {
  server = http.createServer((req, res) => {
    const id = new URL(req.url ?? "/", "http://x").pathname.split("/")[2] ?? "";
    handler(req, res, { id }).catch((error: unknown) => {
      // Say what broke instead of leaving the request hanging.
      if (!res.headersSent) res.writeHead(599).end(`the handler threw: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors: { in: string; pointer: string; detail: string }[];
}

const postJson = (url: string, body: string, contentType = "application/json") =>
  fetch(url, { method: "POST", headers: { "Content-Type": contentType }, body });

const orderSchemas = {
  params: z.object({ id: z.string().regex(/^\d+$/) }),
  query: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
  body: z.object({
    sku: z.string().min(1),
    quantity: z.number().int().positive(),
    shipping: z.object({ country: z.string().length(2) }),
  }),
};

function orderHandler() {
  return validated(orderSchemas, (input, _req, res) => {
    res.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify(input));
  });
}

describe("validated", () => {
  it("passes parsed params, query and body to the handler when all are valid", async () => {
    const base = await start(orderHandler());
    const res = await postJson(`${base}/orders/12?dryRun=true`, JSON.stringify({ sku: "A-1", quantity: 2, shipping: { country: "NL" } }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      params: { id: "12" },
      query: { dryRun: "true" },
      body: { sku: "A-1", quantity: 2, shipping: { country: "NL" } },
    });
  });

  it("hands the handler zod's output, so transforms and coercions apply", async () => {
    const handler = validated(
      { query: z.object({ limit: z.coerce.number().int().default(10) }) },
      (input, _req, res) => {
        res.end(JSON.stringify({ limit: input.query.limit, type: typeof input.query.limit }));
      },
    );
    const base = await start(handler);
    expect(await (await fetch(`${base}/orders/1?limit=25`)).json()).toEqual({ limit: 25, type: "number" });
    expect(await (await fetch(`${base}/orders/1`)).json()).toEqual({ limit: 10, type: "number" });
  });

  it("answers 422 problem details as application/problem+json with type, title, status and detail", async () => {
    const base = await start(orderHandler());
    const res = await postJson(`${base}/orders/12`, JSON.stringify({ sku: "A-1", quantity: 0, shipping: { country: "NL" } }));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await res.json()) as ProblemBody;
    expect(problem).toMatchObject({ type: VALIDATION_ERROR_TYPE, title: "Your request is not valid.", status: 422 });
    expect(typeof problem.detail).toBe("string");
    expect(problem.errors).toEqual([{ in: "body", pointer: "#/quantity", detail: expect.any(String) }]);
  });

  it("lists every invalid field of params, query and body, in that order, with JSON pointers", async () => {
    const base = await start(orderHandler());
    const res = await postJson(`${base}/orders/abc?dryRun=maybe`, JSON.stringify({ sku: "", quantity: 1.5, shipping: { country: "Netherlands" } }));
    expect(res.status).toBe(422);
    const problem = (await res.json()) as ProblemBody;
    expect(problem.errors.map((e: { in: string; pointer: string }) => `${e.in} ${e.pointer}`)).toEqual([
      "params #/id",
      "query #/dryRun",
      "body #/sku",
      "body #/quantity",
      "body #/shipping/country",
    ]);
    for (const error of problem.errors) expect(error.detail, error.pointer).toEqual(expect.any(String));
  });

  it("reports missing fields and array items by their path", async () => {
    const handler = validated({ body: z.object({ items: z.array(z.object({ qty: z.number() })), note: z.string() }) }, (_i, _r, res) => {
      res.end();
    });
    const base = await start(handler);
    const res = await postJson(`${base}/orders/1`, JSON.stringify({ items: [{ qty: 1 }, { qty: "two" }] }));
    const problem = (await res.json()) as ProblemBody;
    expect(problem.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["#/items/1/qty", "#/note"]);
  });

  it("escapes ~ and / inside keys as RFC 6901 requires", async () => {
    const handler = validated({ body: z.object({ "a/b": z.string(), "c~d": z.string() }) }, (_i, _r, res) => {
      res.end();
    });
    const base = await start(handler);
    const res = await postJson(`${base}/orders/1`, "{}");
    const problem = (await res.json()) as ProblemBody;
    expect(problem.errors.map((e: { pointer: string }) => e.pointer)).toEqual(["#/a~1b", "#/c~0d"]);
  });

  it("answers 415 when a body is expected but the Content-Type is not JSON, and never calls the handler", async () => {
    let called = false;
    const base = await start(
      validated({ body: z.object({ sku: z.string() }) }, (_i, _r, res) => {
        called = true;
        res.end();
      }),
    );
    const res = await postJson(`${base}/orders/1`, "sku=A-1", "application/x-www-form-urlencoded");
    expect(res.status).toBe(415);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({ type: "about:blank", title: "Unsupported Media Type", status: 415 });
    const none = await fetch(`${base}/orders/1`, { method: "POST" });
    expect(none.status).toBe(415);
    expect(called).toBe(false);
  });

  it("accepts a JSON Content-Type in any case and with parameters", async () => {
    const base = await start(
      validated({ body: z.object({ sku: z.string() }) }, (input, _r, res) => {
        res.end(input.body.sku);
      }),
    );
    for (const contentType of ["Application/JSON; charset=utf-8", "application/json ; charset=utf-8"]) {
      const res = await postJson(`${base}/orders/1`, JSON.stringify({ sku: "A-1" }), contentType);
      expect(res.status, contentType).toBe(200);
      expect(await res.text()).toBe("A-1");
    }
  });

  it("answers 400 for malformed JSON, including an empty body", async () => {
    const base = await start(orderHandler());
    for (const body of ['{"sku": "A-1",', ""]) {
      const res = await postJson(`${base}/orders/1`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await res.json()).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
    }
  });

  it("answers 500 problem details without leaking the error when the handler throws", async () => {
    const base = await start(
      validated({}, () => {
        throw new Error("database password is hunter2");
      }),
    );
    const res = await fetch(`${base}/orders/1`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ type: "about:blank", title: "Internal Server Error", status: 500 });
    expect(text).not.toContain("hunter2");
  });
});

describe("validated, after the handler has started answering", () => {
  it("destroys the response when the handler fails after sending headers", async () => {
    const base = await start(
      validated({}, async (_input, _req, res) => {
        res.writeHead(200, { "Content-Type": "text/plain" });
        res.write("half an answer");
        await new Promise((resolve) => setImmediate(resolve));
        throw new Error("boom");
      }),
    );
    const res = await fetch(`${base}/orders/1`);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });
});

describe("sendProblem", () => {
  it("writes the problem with its status and extension members", async () => {
    const base = await start(async (_req, res) => {
      sendProblem(res, { type: "https://example.com/problems/out-of-credit", title: "You do not have enough credit.", status: 403, balance: 30 });
    });
    const res = await fetch(`${base}/orders/1`);
    expect(res.status, await res.clone().text()).toBe(403);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toEqual({ type: "https://example.com/problems/out-of-credit", title: "You do not have enough credit.", status: 403, balance: 30 });
  });
});
