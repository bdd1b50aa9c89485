/**
 * Problem details — reference solution.
 *
 * Validation collects the issues of all three parts before answering: a client that fixes one
 * field per round trip is a client that files a support ticket.
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
  res.writeHead(problem.status, { "Content-Type": "application/problem+json" }).end(JSON.stringify(problem));
}

/** RFC 6901: "~" and "/" inside a key are escaped as "~0" and "~1". */
function pointer(path: readonly PropertyKey[]): string {
  return "#" + path.map((key) => "/" + String(key).replaceAll("~", "~0").replaceAll("/", "~1")).join("");
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function isJson(contentType: string | undefined): boolean {
  return contentType?.split(";")[0].trim().toLowerCase() === "application/json";
}

export function validated<P = Record<string, string>, Q = Record<string, string>, B = undefined>(
  schemas: Schemas<P, Q, B>,
  handler: (input: ValidInput<P, Q, B>, req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
): RouteHandler {
  return async (req, res, rawParams) => {
    let rawBody: unknown = undefined;
    if (schemas.body) {
      if (!isJson(req.headers["content-type"])) {
        sendProblem(res, { type: "about:blank", title: "Unsupported Media Type", status: 415, detail: "Send the body as application/json." });
        return;
      }
      const text = await readText(req);
      try {
        rawBody = JSON.parse(text);
      } catch {
        sendProblem(res, { type: "about:blank", title: "Bad Request", status: 400, detail: "The request body is not valid JSON." });
        return;
      }
    }

    const rawQuery = Object.fromEntries(new URL(req.url ?? "/", "http://localhost").searchParams);
    const errors: FieldError[] = [];
    const check = <T>(where: FieldError["in"], schema: z.ZodType<T> | undefined, value: unknown): T => {
      if (!schema) return value as T;
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      for (const issue of result.error.issues) errors.push({ in: where, pointer: pointer(issue.path), detail: issue.message });
      return undefined as T;
    };
    const input: ValidInput<P, Q, B> = {
      params: check("params", schemas.params, rawParams),
      query: check("query", schemas.query, rawQuery),
      body: check("body", schemas.body, rawBody),
    };
    if (errors.length > 0) {
      sendProblem(res, {
        type: VALIDATION_ERROR_TYPE,
        title: "Your request is not valid.",
        status: 422,
        detail: `${errors.length} invalid field${errors.length === 1 ? "" : "s"}.`,
        errors,
      });
      return;
    }

    try {
      await handler(input, req, res);
    } catch {
      // Never the stack or the message: problem details are for the client, logs are for you.
      if (res.headersSent) res.destroy();
      else sendProblem(res, { type: "about:blank", title: "Internal Server Error", status: 500 });
    }
  };
}
