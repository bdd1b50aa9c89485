/**
 * Cursor pagination — reference solution.
 *
 * The cursor names the last row a client saw, not how many rows it skipped, so rows inserted or
 * deleted before it cannot shift the next page. In SQL the same idea is
 * `WHERE (created_at, id) > ($1, $2) ORDER BY created_at, id LIMIT $3 + 1` over an index on both.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface Item {
  id: string;
  createdAt: number;
  [field: string]: unknown;
}

export interface PaginationOptions {
  items: Item[];
  secret: string;
  defaultLimit?: number;
  maxLimit?: number;
}

interface Key {
  createdAt: number;
  id: string;
}

const compare = (a: Key, b: Key): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function badRequest(res: ServerResponse, detail: string): void {
  res.writeHead(400, { "Content-Type": "application/problem+json" });
  res.end(JSON.stringify({ type: "about:blank", title: "Bad Request", status: 400, detail }));
}

export function listHandler({ items, secret, defaultLimit = 20, maxLimit = 100 }: PaginationOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const sign = (payload: string) => createHmac("sha256", secret).update(payload).digest();

  const encodeCursor = ({ createdAt, id }: Key): string => {
    const payload = Buffer.from(JSON.stringify({ createdAt, id })).toString("base64url");
    return `${payload}.${sign(payload).toString("base64url")}`;
  };

  const decodeCursor = (cursor: string): Key | undefined => {
    const [payload, signature, ...rest] = cursor.split(".");
    if (!payload || !signature || rest.length > 0) return undefined;
    const expected = sign(payload);
    const given = Buffer.from(signature, "base64url");
    // timingSafeEqual throws on a length mismatch, so check the length first.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    try {
      const key: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
      if (typeof key !== "object" || key === null) return undefined;
      const { createdAt, id } = key as Record<string, unknown>;
      if (typeof createdAt !== "number" || typeof id !== "string") return undefined;
      return { createdAt, id };
    } catch {
      return undefined;
    }
  };

  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const rawLimit = url.searchParams.get("limit");
    let limit = defaultLimit;
    if (rawLimit !== null) {
      if (!/^\d+$/.test(rawLimit) || Number(rawLimit) < 1) return badRequest(res, "limit must be a positive integer");
      limit = Math.min(Number(rawLimit), maxLimit);
    }

    const rawCursor = url.searchParams.get("cursor");
    let after: Key | undefined;
    if (rawCursor !== null) {
      after = decodeCursor(rawCursor);
      if (!after) return badRequest(res, "cursor is invalid");
    }

    const rest = items.filter((item) => !after || compare(item, after) > 0).sort(compare);
    const page = rest.slice(0, limit);
    const nextCursor = rest.length > limit ? encodeCursor(page[page.length - 1]) : null;

    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (nextCursor) headers.Link = `<${url.pathname}?limit=${limit}&cursor=${nextCursor}>; rel="next"`;
    res.writeHead(200, headers).end(JSON.stringify({ items: page, nextCursor }));
  };
}
