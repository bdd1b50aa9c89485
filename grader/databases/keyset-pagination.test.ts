import { describe, expect, it } from "vitest";
import { listPosts } from "../../exercises/databases/keyset-pagination.ts";
import { explain, planNodes, recordingSql, useDatabase, type PlanNode } from "../support/database.ts";

const schema = `
  CREATE TABLE posts (id int PRIMARY KEY, title text NOT NULL, published_at timestamptz NOT NULL);
  CREATE INDEX posts_feed_idx ON posts (published_at DESC, id DESC);
`;

// Post g is published at minute g % 1000, so ids g, g + 1000 and g + 2000 share a timestamp and
// neither id order nor time order alone is the feed order.
const seed = `
  INSERT INTO posts
  SELECT g, 'Post ' || g, timestamptz '2024-01-01 00:00:00+00' + (g % 1000) * interval '1 minute'
    FROM generate_series(1, 3000) g;
  ANALYZE posts;
`;

/** The feed order of the seeded posts with ids up to `n`, computed independently in JS. */
function feedOrder(ids: number[]): number[] {
  return [...ids].sort((a, b) => (b % 1000) - (a % 1000) || b - a);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function walk(sql: Parameters<typeof listPosts>[0], limit: number): Promise<{ ids: number[]; calls: number }> {
  const ids: number[] = [];
  let cursor: string | undefined;
  let calls = 0;
  do {
    const page = await listPosts(sql, cursor === undefined ? { limit } : { limit, cursor });
    calls += 1;
    ids.push(...page.posts.map((p) => p.id));
    cursor = page.nextCursor ?? undefined;
    if (calls > 1000) throw new Error("more than 1000 pages: is nextCursor ever null?");
  } while (cursor !== undefined);
  return { ids, calls };
}

function scanRowsRead(plan: PlanNode): number {
  const scans = planNodes(plan).filter((n) => n["Relation Name"] === "posts");
  return scans.reduce((sum, n) => sum + (n["Actual Rows"] ?? 0) + Number(n["Rows Removed by Filter"] ?? 0), 0);
}

describe("listPosts", () => {
  const db = useDatabase({ schema, seed });

  it("returns the newest posts first, ties on published_at broken by id descending", async () => {
    const page = await listPosts(db(), { limit: 4 });
    expect(page.posts).toEqual([
      { id: 2999, title: "Post 2999", publishedAt: "2024-01-01T16:39:00.000Z" },
      { id: 1999, title: "Post 1999", publishedAt: "2024-01-01T16:39:00.000Z" },
      { id: 999, title: "Post 999", publishedAt: "2024-01-01T16:39:00.000Z" },
      { id: 2998, title: "Post 2998", publishedAt: "2024-01-01T16:38:00.000Z" },
    ]);
    expect(typeof page.nextCursor).toBe("string");
  });

  it("continues from the cursor, and walking every page visits each post once, in order", async () => {
    await db().exec("DELETE FROM posts WHERE id > 300");
    const { ids, calls } = await walk(db(), 7);
    expect(ids).toEqual(feedOrder(range(1, 300)));
    expect(calls).toBe(43);
  });

  it("returns nextCursor: null on the last page, with no empty page after exactly `limit` posts", async () => {
    await db().exec("DELETE FROM posts WHERE id > 300");
    expect((await walk(db(), 100)).calls).toBe(3);
    expect((await walk(db(), 60)).calls).toBe(5);
    expect((await walk(db(), 61)).calls).toBe(5);
    expect((await walk(db(), 7)).ids).toHaveLength(300);
    await db().exec("DELETE FROM posts WHERE id > 5");
    expect(await listPosts(db(), { limit: 5 })).toMatchObject({ nextCursor: null });
    await db().exec("DELETE FROM posts");
    expect(await listPosts(db(), { limit: 5 })).toEqual({ posts: [], nextCursor: null });
  });

  it("neither repeats nor skips a post when newer posts arrive between pages", async () => {
    const page1 = await listPosts(db(), { limit: 3 });
    await db().exec("INSERT INTO posts VALUES (5001, 'Breaking', '2024-01-02T00:00:00Z'), (5002, 'Also new', '2024-01-02T00:00:01Z')");
    const page2 = await listPosts(db(), { limit: 3, cursor: page1.nextCursor! });
    expect(page2.posts.map((p) => p.id)).toEqual([2998, 1998, 998]);
  });

  it("continues after the cursor's position even when that post has been deleted", async () => {
    const page1 = await listPosts(db(), { limit: 3 });
    await db().exec("DELETE FROM posts WHERE id IN (999, 2998)");
    const page2 = await listPosts(db(), { limit: 3, cursor: page1.nextCursor! });
    expect(page2.posts.map((p) => p.id)).toEqual([1998, 998, 2997]);
  });

  it("throws a RangeError for a limit outside 1…100 or a cursor it did not make, before querying", async () => {
    const sql = recordingSql(db());
    for (const limit of [0, 101, 2.5, -1]) {
      await expect(listPosts(sql, { limit }), `limit ${limit}`).rejects.toThrow(RangeError);
    }
    // JSON that is not a position: publishedAt missing or not a date string, id not an integer.
    const notPositions = [{ id: 7 }, { publishedAt: "soon", id: 7 }, { publishedAt: 2024, id: 7 }, { publishedAt: "2026-01-01T00:00:00.000Z", id: "7" }, { publishedAt: "2026-01-01T00:00:00.000Z", id: 7.5 }].map((value) =>
      Buffer.from(JSON.stringify(value)).toString("base64url"),
    );
    for (const cursor of ["not a cursor", Buffer.from("hello").toString("base64url"), "'; DROP TABLE posts; --", ...notPositions]) {
      await expect(listPosts(sql, { limit: 10, cursor }), `cursor ${cursor}`).rejects.toThrow(RangeError);
    }
    expect(sql.statements).toEqual([]);
    // Both ends of the range are allowed.
    expect((await listPosts(db(), { limit: 1 })).posts).toHaveLength(1);
    expect((await listPosts(db(), { limit: 100 })).posts).toHaveLength(100);
    const count = await db().query<{ n: number }>("SELECT count(*)::int AS n FROM posts");
    expect(count.rows[0]?.n).toBe(3000);
  });

  it("fetches a page in one parameterised statement", async () => {
    const first = await listPosts(db(), { limit: 10 });
    const sql = recordingSql(db());
    await listPosts(sql, { limit: 10, cursor: first.nextCursor! });
    expect(sql.statements).toHaveLength(1);
    expect(sql.statements[0]!.text).not.toMatch(/2024-|T\d\d:\d\d/);
  });

  it("seeks to a deep page through the index: no Sort, at most limit + 1 rows read", async () => {
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page: { nextCursor: string | null } = await listPosts(db(), cursor === undefined ? { limit: 100 } : { limit: 100, cursor });
      cursor = page.nextCursor!;
    }
    const sql = recordingSql(db());
    const page = await listPosts(sql, { limit: 10, cursor: cursor! });
    expect(page.posts.map((p) => p.id)).toEqual(feedOrder(range(1, 3000)).slice(2000, 2010));
    for (const statement of sql.statements) {
      const plan = await explain(db(), statement.text, statement.params, { analyze: true });
      const nodes = planNodes(plan).map((n) => n["Node Type"]);
      expect(nodes, "the plan sorts instead of reading the index in order").not.toContain("Sort");
      expect(scanRowsRead(plan), `rows of posts read for a page of 10 (plan: ${nodes.join(" → ")})`).toBeLessThanOrEqual(11);
    }
  });
});
