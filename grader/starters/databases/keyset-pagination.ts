/**
 * Keyset pagination
 *
 * What you build
 *   `listPosts(sql, { limit, cursor })`: one page of a newest-first feed plus an opaque cursor for
 *   the next page, found by position (WHERE … < the last row seen), not by OFFSET.
 *
 * Why it matters
 *   `LIMIT 20 OFFSET 100000` makes Postgres read and throw away 100 000 rows to return 20, and a
 *   post published while a reader pages shifts every later page by one (a duplicate or a skipped
 *   row). Keyset ("seek") pagination remembers where the last page ended and continues from there
 *   through an index: page 5 000 costs what page 1 costs. This is why many public APIs hand out an
 *   opaque cursor instead of a page number.
 *
 * The database (the suite creates it, with up to 3 000 posts; several share a published_at)
 *   CREATE TABLE posts (
 *     id           int         PRIMARY KEY,
 *     title        text        NOT NULL,
 *     published_at timestamptz NOT NULL     -- whole seconds; NOT unique
 *   );
 *   CREATE INDEX posts_feed_idx ON posts (published_at DESC, id DESC);
 *
 * Your task
 *   `sql.query(text, params)` runs ONE statement and resolves to `{ rows }`; pass inputs as
 *   parameters ($1, $2, …), never inside the SQL text.
 *
 *   `listPosts(sql, { limit, cursor? })` resolves to `{ posts, nextCursor }`:
 *   - `posts`: up to `limit` posts as `{ id, title, publishedAt }` (`publishedAt` an ISO string,
 *     `Date#toISOString()`), newest first: published_at descending, and id descending among
 *     posts published at the same time, so the order is total and no post is skipped or repeated.
 *   - without `cursor`: the first page. With `cursor` (a `nextCursor` you returned earlier): the
 *     posts that come after the last post of that page in this order — even if newer posts were
 *     added or already-seen ones deleted since.
 *   - `nextCursor`: an opaque string encoding the last post's position (its published_at and id),
 *     or `null` when there is nothing after this page. Exactly `limit` posts left → they come back
 *     with `nextCursor: null`, never followed by an empty page. (Fetch `limit + 1` rows to know.)
 *   - Each call issues ONE statement, and it must seek, not skip: the suite runs
 *     `EXPLAIN ANALYZE` on it for a deep page and expects no Sort step and a scan of `posts`
 *     that reads at most `limit + 1` rows (rows it returns plus rows a filter removed). A row-value
 *     comparison, `WHERE (published_at, id) < ($1, $2)`, is what the index can seek to; OFFSET,
 *     or an `a < x OR (a = x AND …)` filter, reads every row before the page.
 *   Errors (thrown before any query): `limit` not an integer from 1 to 100 → `RangeError`; a
 *   `cursor` that does not decode to a position (the suite tries `"not a cursor"`, the
 *   base64url of `"hello"`, and JSON without a date string `publishedAt` — a number such as
 *   `2024` is not one — or an integer `id`) → `RangeError`.
 *
 * Example
 *   // posts: id 1 published at 10:00, ids 2 and 3 both at 10:05
 *   const page1 = await listPosts(sql, { limit: 2 });
 *   // → { posts: [{ id: 3, title: "…", publishedAt: "2024-01-01T10:05:00.000Z" }, { id: 2, … }],
 *   //     nextCursor: "eyJwdWJs…" }
 *   await listPosts(sql, { limit: 2, cursor: page1.nextCursor! });
 *   // → { posts: [{ id: 1, … }], nextCursor: null }
 */

/** A database connection: one statement per call, inputs only as `params` ($1, $2, …). */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
}

export interface Post {
  id: number;
  title: string;
  publishedAt: string;
}

export interface Page {
  posts: Post[];
  nextCursor: string | null;
}

export async function listPosts(sql: Sql, request: { limit: number; cursor?: string }): Promise<Page> {
  void sql;
  void request;
  throw new Error("not implemented");
}
