import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { listHandler, type Item, type PaginationOptions } from "../../exercises/http-apis/cursor-pagination.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

const SECRET = "test-secret-0123456789abcdef";

interface Page {
  items: Item[];
  nextCursor: string | null;
}

async function start(options: PaginationOptions) {
  const handler = listHandler(options);
  server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const get = async (pathAndQuery: string) => {
    const res = await fetch(base + pathAndQuery);
    const body = (await res.json()) as Page;
    return { res, body, link: res.headers.get("link") };
  };
  return { get };
}

/** Items item-1 … item-n with createdAt 1000, 2000, …, shuffled so the handler must sort. */
function items(n: number): Item[] {
  const list = Array.from({ length: n }, (_, i) => ({ id: `item-${String(i + 1).padStart(3, "0")}`, createdAt: (i + 1) * 1000 }));
  return list.reverse();
}

const ids = (page: { items: Item[] }) => page.items.map((item) => item.id);

/** The target of a Link header's rel="next" link, or undefined. */
function nextLink(link: string | null): string | undefined {
  return link?.match(/^<([^>]*)>; rel="next"$/)?.[1];
}

/** Follows next links from `first` until the last page; returns every id seen, in order. */
async function walk(get: (p: string) => Promise<{ body: { items: Item[] }; link: string | null }>, first: string, between?: (page: number) => void) {
  const seen: string[] = [];
  let target: string | undefined = first;
  for (let page = 0; target && page < 50; page++) {
    const { body, link } = await get(target);
    seen.push(...ids(body));
    between?.(page);
    target = nextLink(link);
  }
  return seen;
}

describe("listHandler", () => {
  it("returns the first page in (createdAt, id) order with a next cursor and a Link header", async () => {
    const { get } = await start({ items: items(5), secret: SECRET });
    const { res, body, link } = await get("/items?limit=2");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(ids(body)).toEqual(["item-001", "item-002"]);
    expect(body.nextCursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(link).toBe(`</items?limit=2&cursor=${body.nextCursor}>; rel="next"`);
  });

  it("walks every item exactly once by following rel=\"next\", and the last page has no next", async () => {
    const { get } = await start({ items: items(7), secret: SECRET });
    expect(await walk(get, "/items?limit=3")).toEqual(items(7).reverse().map((item) => item.id));
    const last = await get(nextLink((await get(nextLink((await get("/items?limit=3")).link)!)).link)!);
    expect(ids(last.body)).toEqual(["item-007"]);
    expect(last.body.nextCursor).toBeNull();
    expect(last.link).toBeNull();
  });

  it("does not promise a next page when the items end exactly at a page boundary", async () => {
    const { get } = await start({ items: items(4), secret: SECRET });
    const first = await get("/items?limit=2");
    const second = await get(nextLink(first.link)!);
    expect(ids(second.body)).toEqual(["item-003", "item-004"]);
    expect(second.body.nextCursor).toBeNull();
    expect(second.link).toBeNull();
  });

  it("breaks createdAt ties by id, so equal timestamps across a page boundary are neither skipped nor repeated", async () => {
    const tied: Item[] = [
      { id: "d", createdAt: 5 },
      { id: "b", createdAt: 5 },
      { id: "a", createdAt: 5 },
      { id: "c", createdAt: 5 },
      { id: "z", createdAt: 1 },
    ];
    const { get } = await start({ items: tied, secret: SECRET });
    expect(await walk(get, "/items?limit=2")).toEqual(["z", "a", "b", "c", "d"]);
  });

  it("stays stable when items are inserted between pages: no duplicates, no skips", async () => {
    const data = items(6);
    const { get } = await start({ items: data, secret: SECRET });
    const seen = await walk(get, "/items?limit=2", (page) => {
      if (page === 0) {
        // Older than everything already served: an offset would now serve item-002 twice.
        data.push({ id: "item-000", createdAt: 0 }, { id: "item-000b", createdAt: 500 });
        // Newer than the cursor: must still be served, in its place.
        data.push({ id: "item-003b", createdAt: 3500 });
      }
    });
    expect(seen).toEqual(["item-001", "item-002", "item-003", "item-003b", "item-004", "item-005", "item-006"]);
  });

  it("keeps going when the item the cursor points at has been deleted", async () => {
    const data = items(4);
    const { get } = await start({ items: data, secret: SECRET });
    const seen = await walk(get, "/items?limit=2", (page) => {
      if (page === 0) data.splice(data.findIndex((item) => item.id === "item-002"), 1);
    });
    expect(seen).toEqual(["item-001", "item-002", "item-003", "item-004"]);
  });

  it("uses a default limit of 20 and clamps a larger limit to maxLimit (default 100)", async () => {
    const { get } = await start({ items: items(150), secret: SECRET });
    const byDefault = await get("/items");
    expect(byDefault.body.items).toHaveLength(20);
    const huge = await get("/items?limit=1000");
    expect(huge.body.items).toHaveLength(100);
    expect(nextLink(huge.link)).toBe(`/items?limit=100&cursor=${huge.body.nextCursor}`);
  });

  it("accepts limit=1", async () => {
    const { get } = await start({ items: items(3), secret: SECRET });
    const { res, body } = await get("/items?limit=1");
    expect(res.status).toBe(200);
    expect(ids(body)).toEqual(["item-001"]);
  });

  it("honours custom defaultLimit and maxLimit options", async () => {
    const { get } = await start({ items: items(30), secret: SECRET, defaultLimit: 5, maxLimit: 8 });
    expect((await get("/items")).body.items).toHaveLength(5);
    expect((await get("/items?limit=50")).body.items).toHaveLength(8);
  });

  it("answers 400 problem details for a limit that is not a positive integer", async () => {
    const { get } = await start({ items: items(5), secret: SECRET });
    for (const limit of ["0", "-1", "abc", "2.5", ""]) {
      const { res, body } = await get(`/items?limit=${limit}`);
      expect(res.status, `limit=${limit}`).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(body).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
    }
  });

  it("answers 400 for a cursor whose payload was edited, even though it still decodes", async () => {
    const { get } = await start({ items: items(5), secret: SECRET });
    const { body } = await get("/items?limit=2");
    const [payload, signature] = (body.nextCursor as string).split(".");
    const decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    const edited = Buffer.from(JSON.stringify({ ...decoded, createdAt: 0 })).toString("base64url");
    const tampered = await get(`/items?limit=2&cursor=${edited}.${signature}`);
    expect(tampered.res.status).toBe(400);
    expect(tampered.body).toMatchObject({ title: "Bad Request", status: 400 });
  });

  it("answers 400 for garbage, truncated or foreign-secret cursors", async () => {
    const { get } = await start({ items: items(5), secret: SECRET });
    const { body } = await get("/items?limit=2");
    const good = body.nextCursor as string;
    const payload = good.split(".")[0];
    const foreign = createHmac("sha256", "another-secret").update(payload).digest("base64url");
    for (const cursor of ["garbage", good.slice(0, -4), `${payload}.`, `${payload}.${foreign}`, `${good}.extra`]) {
      const { res } = await get(`/items?limit=2&cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, cursor).toBe(400);
    }
  });

  it("answers 400 for a correctly signed cursor whose payload is not a cursor", async () => {
    const { get } = await start({ items: items(5), secret: SECRET });
    const sign = (text: string) => {
      const payload = Buffer.from(text).toString("base64url");
      return `${payload}.${createHmac("sha256", SECRET).update(payload).digest("base64url")}`;
    };
    const forge = (value: unknown) => sign(JSON.stringify(value));
    for (const value of [{ foo: 1 }, { createdAt: "5", id: "x" }, { createdAt: 2000, id: 2 }, null, 42]) {
      const { res } = await get(`/items?cursor=${forge(value)}`);
      expect(res.status, JSON.stringify(value)).toBe(400);
    }
    // Signed, but not JSON at all.
    for (const text of ['{"createdAt": 2000, "id": ', "not json"]) {
      const { res, body } = await get(`/items?cursor=${sign(text)}`);
      expect(res.status, text).toBe(400);
      expect(body, text).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
    }
    expect((await get(`/items?cursor=${forge({ createdAt: 2000, id: "item-002" })}`)).body.items[0].id).toBe("item-003");
  });

  it("returns an empty page with no next for an empty collection", async () => {
    const { get } = await start({ items: [], secret: SECRET });
    const { res, body, link } = await get("/items");
    expect(res.status).toBe(200);
    expect(body).toEqual({ items: [], nextCursor: null });
    expect(link).toBeNull();
  });
});
