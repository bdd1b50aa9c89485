/**
 * Request validation with problem details
 *
 * What you build
 *   A wrapper for route handlers that validates params, query and JSON body with zod and answers
 *   every failure as RFC 9457 problem details (`application/problem+json`).
 *
 * Why it matters
 *   A client needs two things from an error: a machine-readable reason it can branch on, and the
 *   list of everything it got wrong, in one response. RFC 9457 is the IETF's common shape for the
 *   first (Spring, ASP.NET Core and many public APIs emit it); an extension member listing every
 *   invalid field gives the second, so a form can highlight all its bad inputs after one request.
 *
 * Your task
 *   1. `sendProblem(res, problem)` — write `problem` as the JSON response body with status
 *      `problem.status` and `Content-Type: application/problem+json`. Extension members (any other
 *      key, e.g. `balance`) are sent as they are.
 *
 *   2. `validated(schemas, handler)` — returns a `RouteHandler` `(req, res, params)` (the shape of
 *      kata 1's handlers, so it plugs into the router). `schemas` may hold `params`, `query` and
 *      `body`, each a zod schema; a missing schema means that part is passed through unchecked
 *      (params and query as they are, body `undefined` and not read at all). In this order:
 *      a. Only when there is a `body` schema: the media type of `Content-Type` (before any ";",
 *         trimmed, compared case-insensitively) must be `application/json`; otherwise (or when the
 *         header is missing) answer 415
 *           { type: "about:blank", title: "Unsupported Media Type", status: 415, detail: <string> }
 *         Then read the whole body and `JSON.parse` it; if that throws (an empty body does) answer
 *           { type: "about:blank", title: "Bad Request", status: 400, detail: <string> }
 *      b. Validate all three parts with `safeParse`: `params` as given, the query as
 *         `Object.fromEntries(url.searchParams)` (a repeated key keeps its last value), and the
 *         parsed body. Do not stop at the first failing part: collect the issues of all three. If
 *         there are any, answer 422 with
 *           { type: VALIDATION_ERROR_TYPE, title: "Your request is not valid.", status: 422,
 *             detail: <string>, errors: [{ in, pointer, detail }, ...] }
 *         with one entry per zod issue, params first, then query, then body, each in zod's order:
 *         `in` is "params" | "query" | "body", `detail` is the issue's message, and `pointer` is
 *         the issue's path as a JSON Pointer in URI-fragment form, as in RFC 9457's example: "#"
 *         followed by "/" + key for each path element ("#/items/1/qty"), with "~" written "~0" and
 *         "/" written "~1" inside a key (RFC 6901). A top-level issue has the pointer "#".
 *      c. Otherwise call `handler({ params, query, body }, req, res)` with zod's OUTPUT (so
 *         defaults and coercions apply). If it throws or rejects, answer 500
 *           { type: "about:blank", title: "Internal Server Error", status: 500 }
 *         and nothing more: never the error's message (or destroy the response if headers were
 *         already sent).
 *   Every problem is written with `sendProblem`. ("about:blank" is RFC 9457's type for "nothing
 *   more than the status code"; its title is then the status phrase, §4.2.1.)
 *
 * Example
 *   const create = validated(
 *     { params: z.object({ id: z.string() }), body: z.object({ quantity: z.number().int().positive() }) },
 *     ({ params, body }, req, res) => res.end(`order ${params.id} × ${body.quantity}`),
 *   );
 *   router.add("POST", "/orders/:id", create);
 *   // POST /orders/7  {"quantity": 0}   → 422 application/problem+json
 *   //   {"type":"https://example.com/problems/validation-error","title":"Your request is not valid.",
 *   //    "status":422,"detail":"1 invalid field.","errors":[{"in":"body","pointer":"#/quantity",
 *   //    "detail":"Too small: expected number to be >0"}]}
 *   // POST /orders/7  text/plain        → 415      POST /orders/7  {"quantity":  → 400
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

export interface FieldError {
  in: "params" | "query" | "body";
  pointer: string;
  detail: string;
}

export interface Schemas<P, Q, B> {
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
}

export interface ValidInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, params: Record<string, string>) => Promise<void>;

export const VALIDATION_ERROR_TYPE = "https://example.com/problems/validation-error";

export function sendProblem(res: ServerResponse, problem: Problem): void {
  void res;
  void problem;
  throw new Error("not implemented");
}

export function validated<P = Record<string, string>, Q = Record<string, string>, B = undefined>(
  schemas: Schemas<P, Q, B>,
  handler: (input: ValidInput<P, Q, B>, req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
): RouteHandler {
  void schemas;
  void handler;
  throw new Error("not implemented");
}
