/**
 * Password storage — reference solution.
 *
 * The stored string carries its own parameters, so the cost can be raised at any time: old
 * records still verify with what they were made with, and are upgraded the next time their
 * owner proves the password, the only moment the plaintext is available.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

export interface AuthServiceOptions {
  params: ScryptParams;
  users: Map<string, string>;
  log: (line: string) => void;
}

const SALT_BYTES = 16;
const KEY_BYTES = 32;
const FORMAT = /^\$scrypt\$n=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

function derive(password: string, salt: Buffer, keyLength: number, { N, r, p }: ScryptParams): Promise<Buffer> {
  // scrypt needs 128 * r * (N + p + 2) bytes, and Node refuses to run when that exceeds maxmem
  // (32 MiB by default); OWASP's N = 2^17, r = 8 needs 128 MiB, so give it room explicitly.
  const options: ScryptOptions = { N, r, p, maxmem: 128 * r * (N + p + 2) };
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

interface Stored {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

function parse(stored: string): Stored | undefined {
  const m = FORMAT.exec(stored);
  if (!m) return undefined;
  return { params: { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) }, salt: Buffer.from(m[4], "base64url"), key: Buffer.from(m[5], "base64url") };
}

export async function hashPassword(password: string, params: ScryptParams): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, params);
  return `$scrypt$n=${params.N},r=${params.r},p=${params.p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const record = parse(stored);
  if (!record || record.key.length === 0) return false;
  let key: Buffer;
  try {
    key = await derive(password, record.salt, record.key.length, record.params);
  } catch {
    return false; // parameters scrypt refuses (N not a power of two…): not a record we wrote
  }
  return timingSafeEqual(key, record.key);
}

export function needsRehash(stored: string, params: ScryptParams): boolean {
  const record = parse(stored);
  if (!record) return true;
  return record.params.N < params.N || record.params.r < params.r || record.params.p < params.p;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

export function authService({ params, users, log }: AuthServiceOptions): (req: IncomingMessage, res: ServerResponse) => void {
  // Verified against when the user does not exist, so "no such user" costs as long as "wrong
  // password" and response times do not reveal which usernames exist.
  const dummy = hashPassword("dummy password", params);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "POST" || (path !== "/register" && path !== "/login")) return send(res, 404, { error: "Not Found" });

    const body = await readJson(req);
    const { username, password } = body ?? {};
    if (typeof username !== "string" || typeof password !== "string" || username === "" || password === "") {
      return send(res, 400, { error: "username and password are required" });
    }

    if (path === "/register") {
      if (users.has(username)) {
        log(`register rejected: ${username} exists`);
        return send(res, 409, { error: "username taken" });
      }
      users.set(username, await hashPassword(password, params));
      log(`registered ${username}`);
      return send(res, 201, { username });
    }

    const stored = users.get(username);
    const ok = await verifyPassword(password, stored ?? (await dummy));
    if (!stored || !ok) {
      log(`login failed for ${username}`);
      return send(res, 401, { error: "invalid username or password" });
    }
    if (needsRehash(stored, params)) {
      users.set(username, await hashPassword(password, params));
      log(`rehashed ${username}`);
    }
    log(`login ok for ${username}`);
    send(res, 200, { username });
  }

  return (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { error: "Internal Server Error" });
    });
  };
}
