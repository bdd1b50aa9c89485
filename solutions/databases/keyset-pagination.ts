/**
 * Keyset pagination — reference solution.
 *
 * The cursor is base64url JSON of the last row's sort key. It is opaque to clients but not
 * secret or tamper-proof; a public API that must not leak or accept forged positions would sign
 * it (an HMAC) as well.
 */

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

interface Position {
  publishedAt: string;
  id: number;
}

function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString("base64url");
}

function decodeCursor(cursor: string): Position {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof value === "object" && value !== null) {
      const { publishedAt, id } = value as Record<string, unknown>;
      if (typeof publishedAt === "string" && !Number.isNaN(Date.parse(publishedAt)) && Number.isInteger(id)) {
        return { publishedAt, id: id as number };
      }
    }
  } catch {
    // Not JSON: reported below like any other malformed cursor.
  }
  throw new RangeError("invalid cursor");
}

export async function listPosts(sql: Sql, request: { limit: number; cursor?: string }): Promise<Page> {
  const { limit, cursor } = request;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new RangeError(`limit must be an integer from 1 to 100, got ${limit}`);
  }
  const after = cursor === undefined ? null : decodeCursor(cursor);

  const columns = `SELECT id, title, published_at AS "publishedAt" FROM posts`;
  const order = `ORDER BY published_at DESC, id DESC`;
  // One row more than asked tells whether another page exists, without a COUNT.
  const { rows } = after
    ? await sql.query<{ id: number; title: string; publishedAt: Date }>(
        `${columns} WHERE (published_at, id) < ($1::timestamptz, $2::int) ${order} LIMIT $3`,
        [after.publishedAt, after.id, limit + 1],
      )
    : await sql.query<{ id: number; title: string; publishedAt: Date }>(`${columns} ${order} LIMIT $1`, [limit + 1]);

  const posts = rows.slice(0, limit).map((row) => ({ ...row, publishedAt: row.publishedAt.toISOString() }));
  const last = posts.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
  return { posts, nextCursor };
}
