import { scryptSync } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { authService, hashPassword, needsRehash, verifyPassword, type AuthServiceOptions, type ScryptParams } from "../../exercises/http-apis/password-storage.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

// Tiny costs keep each hash at a few milliseconds; production uses N = 2^17 (OWASP).
const CURRENT: ScryptParams = { N: 1024, r: 8, p: 1 };
const OLD: ScryptParams = { N: 256, r: 8, p: 1 };
const PASSWORD = "correct horse battery staple";

const FORMAT = /^\$scrypt\$n=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9_-]+)\$([A-Za-z0-9_-]+)$/;

function parts(stored: string) {
  const m = FORMAT.exec(stored);
  expect(m, `"${stored}" is not $scrypt$n=<N>,r=<r>,p=<p>$<salt>$<key>`).not.toBeNull();
  return { N: Number(m![1]), r: Number(m![2]), p: Number(m![3]), salt: Buffer.from(m![4], "base64url"), key: Buffer.from(m![5], "base64url") };
}

async function start(overrides: Partial<AuthServiceOptions> = {}) {
  const logs: string[] = [];
  const users = new Map<string, string>();
  server = http.createServer(authService({ params: CURRENT, users, log: (line) => logs.push(line), ...overrides }));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const post = async (path: string, body: unknown, method = "POST") => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: { "Content-Type": "application/json" }, ...(method === "GET" ? {} : { body: JSON.stringify(body) }) });
    expect(res.headers.get("content-type"), `${method} ${path}`).toBe("application/json");
    return { status: res.status, body: await res.json() };
  };
  return { port, post, logs, users: overrides.users ?? users };
}

describe("hashPassword", () => {
  it("stores scrypt(password, salt) with a 16-byte salt, a 32-byte key and its parameters", async () => {
    const stored = await hashPassword(PASSWORD, CURRENT);
    const { N, r, p, salt, key } = parts(stored);
    expect({ N, r, p }).toEqual(CURRENT);
    expect(salt).toHaveLength(16);
    expect(key).toHaveLength(32);
    expect(key.equals(scryptSync(PASSWORD, salt, 32, { N, r, p }))).toBe(true);
  });

  it("uses a fresh random salt every time, so equal passwords get different records", async () => {
    const a = await hashPassword(PASSWORD, CURRENT);
    const b = await hashPassword(PASSWORD, CURRENT);
    expect(a).not.toBe(b);
    expect(parts(a).salt.equals(parts(b).salt)).toBe(false);
  });

  it("raises maxmem so parameters above Node's 32 MiB default still work", async () => {
    // 128 * r * (N + p + 2) = 32 MiB + 3 KiB: just over Node's default maxmem, which refuses it.
    // (One hash, ≈0.3 s.)
    const stored = await hashPassword(PASSWORD, { N: 32768, r: 8, p: 1 });
    expect(parts(stored).N).toBe(32768);
  });

  it("gives scrypt the memory p needs too, when p is large next to N", async () => {
    // 128 * r * (N + p + 2) = 50 KiB, more than twice 128 * N * r.
    const stored = await hashPassword(PASSWORD, { N: 16, r: 8, p: 32 });
    expect({ N: parts(stored).N, p: parts(stored).p }).toEqual({ N: 16, p: 32 });
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
  });
});

describe("verifyPassword", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const stored = await hashPassword(PASSWORD, CURRENT);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("verifies with the parameters in the record, not the current ones", async () => {
    const stored = await hashPassword(PASSWORD, OLD);
    expect(parts(stored).N).toBe(256);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
  });

  it("returns false, without throwing, for a record it cannot read", async () => {
    const { salt } = parts(await hashPassword(PASSWORD, CURRENT));
    const s = salt.toString("base64url");
    // "A" is valid base64url for zero bytes: an empty key must never match every password.
    for (const stored of ["", "plaintext-password", "$scrypt$n=1024,r=8,p=1$onlysalt", `$bcrypt$n=1024,r=8,p=1$${s}$${s}`, `$scrypt$n=1000,r=8,p=1$${s}$${s}`, `$scrypt$n=1024,r=8,p=1$${s}$A`]) {
      expect(await verifyPassword(PASSWORD, stored), stored).toBe(false);
    }
  });
});

describe("needsRehash", () => {
  it("is true only when a stored parameter is below the current one", async () => {
    expect(needsRehash(await hashPassword(PASSWORD, OLD), CURRENT)).toBe(true);
    expect(needsRehash(await hashPassword(PASSWORD, { N: 1024, r: 4, p: 1 }), CURRENT)).toBe(true);
    expect(needsRehash(await hashPassword(PASSWORD, CURRENT), CURRENT)).toBe(false);
    expect(needsRehash(await hashPassword(PASSWORD, { N: 2048, r: 8, p: 1 }), CURRENT)).toBe(false);
    expect(needsRehash(await hashPassword(PASSWORD, CURRENT), { N: 1024, r: 8, p: 2 })).toBe(true);
  });

  it("is true for a record it cannot read", () => {
    expect(needsRehash("plaintext-password", CURRENT)).toBe(true);
  });
});

describe("authService", () => {
  it("registers a user (201) and logs them in (200)", async () => {
    const { post, users } = await start();
    expect(await post("/register", { username: "alice", password: PASSWORD })).toEqual({ status: 201, body: { username: "alice" } });
    expect(parts(users.get("alice")!).N).toBe(1024);
    expect(await post("/login", { username: "alice", password: PASSWORD })).toEqual({ status: 200, body: { username: "alice" } });
  });

  it("answers 409 for a taken username and 400 for a missing or empty field", async () => {
    const { post } = await start();
    await post("/register", { username: "alice", password: PASSWORD });
    expect(await post("/register", { username: "alice", password: "another" })).toEqual({ status: 409, body: { error: expect.any(String) } });
    expect(await post("/register", { username: "bob" })).toEqual({ status: 400, body: { error: expect.any(String) } });
    for (const body of [{ username: "bob" }, { password: PASSWORD }, { username: "", password: PASSWORD }, { username: "bob", password: "" }, { username: "bob", password: 42 }]) {
      expect((await post("/register", body)).status, JSON.stringify(body)).toBe(400);
    }
  });

  it("answers 400 for a body that is not JSON", async () => {
    const { port } = await start();
    for (const path of ["/register", "/login"]) {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"username": "bob", ' });
      expect(res.status, path).toBe(400);
      expect(res.headers.get("content-type"), path).toBe("application/json");
      expect(await res.json(), path).toEqual({ error: expect.any(String) });
    }
  });

  it("answers a wrong password and an unknown user with the same 401", async () => {
    const { post } = await start();
    await post("/register", { username: "alice", password: PASSWORD });
    const wrong = await post("/login", { username: "alice", password: "hunter2" });
    const unknown = await post("/login", { username: "mallory", password: "hunter2" });
    expect(wrong).toEqual({ status: 401, body: { error: "invalid username or password" } });
    expect(unknown).toEqual(wrong);
  });

  it("answers 404 for any other method or path", async () => {
    const { post } = await start();
    expect(await post("/login", undefined, "GET")).toEqual({ status: 404, body: { error: expect.any(String) } });
    expect(await post("/users", { username: "alice", password: PASSWORD })).toEqual({ status: 404, body: { error: expect.any(String) } });
  });

  it("answers 500 instead of leaving the request hanging when handling throws", async () => {
    const { post } = await start({
      log: () => {
        throw new Error("log disk full");
      },
    });
    expect(await post("/register", { username: "alice", password: PASSWORD })).toEqual({ status: 500, body: { error: expect.any(String) } });
  });

  it("rehashes with the current parameters on a successful login when the stored cost is lower", async () => {
    const users = new Map([["alice", await hashPassword(PASSWORD, OLD)]]);
    const { post } = await start({ users });
    const before = users.get("alice")!;
    expect((await post("/login", { username: "alice", password: "wrong" })).status).toBe(401);
    expect(users.get("alice")).toBe(before);
    expect((await post("/login", { username: "alice", password: PASSWORD })).status).toBe(200);
    const after = users.get("alice")!;
    expect(parts(after).N).toBe(1024);
    expect(await verifyPassword(PASSWORD, after)).toBe(true);
    expect((await post("/login", { username: "alice", password: PASSWORD })).status).toBe(200);
  });

  it("never downgrades a record whose cost is higher than the current one", async () => {
    const strong = await hashPassword(PASSWORD, { N: 2048, r: 8, p: 1 });
    const users = new Map([["alice", strong]]);
    const { post } = await start({ users });
    expect((await post("/login", { username: "alice", password: PASSWORD })).status).toBe(200);
    expect(users.get("alice")).toBe(strong);
  });

  it("logs every attempt by username but never the plaintext password, and never stores it", async () => {
    const { post, logs, users } = await start();
    await post("/register", { username: "alice", password: PASSWORD });
    await post("/login", { username: "alice", password: PASSWORD });
    await post("/login", { username: "alice", password: "hunter2-typo" });
    await post("/register", { username: "alice", password: "s3cond-try" });
    expect(logs.length).toBeGreaterThanOrEqual(4);
    expect(logs.filter((line) => line.includes("alice")).length).toBeGreaterThanOrEqual(4);
    for (const secret of [PASSWORD, "hunter2-typo", "s3cond-try"]) {
      for (const line of logs) expect(line).not.toContain(secret);
      expect(users.get("alice")).not.toContain(secret);
    }
  });
});
