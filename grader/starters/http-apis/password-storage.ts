/**
 * Password storage with scrypt
 *
 * What you build
 *   Register and login endpoints that store passwords as salted scrypt hashes in a
 *   self-describing format, verify them in constant time, and upgrade old hashes on login.
 *
 * Why it matters
 *   Password databases leak. What decides the damage is how expensive each guess is for the
 *   attacker: a fast hash such as SHA-256 is cheap to try on GPUs by the billion, while a
 *   memory-hard KDF such as scrypt makes every guess cost time and memory. OWASP's Password Storage Cheat Sheet recommends scrypt (when Argon2id is not
 *   available) with N = 2^17, r = 8, p = 1. Costs must rise over the years, so each record says
 *   which parameters made it, and records are re-hashed when their owner next logs in.
 *
 * Your task
 *   Storage format (one string per user):
 *     $scrypt$n=<N>,r=<r>,p=<p>$<salt>$<key>
 *   salt = 16 bytes from `crypto.randomBytes`, fresh for every hash; key = the 32-byte output of
 *   `crypto.scrypt(password, salt, 32, { N, r, p })`; both base64url-encoded, without padding.
 *   Node's scrypt fails when the memory it needs, 128 * r * (N + p + 2) bytes, exceeds `maxmem`
 *   (default 32 MiB), so pass a `maxmem` large enough for the parameters you are given.
 *
 *   1. `hashPassword(password, params)` → the string above, made with `params` ({ N, r, p }).
 *   2. `verifyPassword(password, stored)` → true when scrypt of `password` with the record's own
 *      salt and parameters (not the current ones) equals its key. Compare with
 *      `crypto.timingSafeEqual`. A record that does not match the format, or whose parameters
 *      scrypt rejects (N not a power of two…), → false, never an exception.
 *   3. `needsRehash(stored, params)` → true when the record's N, r or p is below the one in
 *      `params` (or the record is unreadable); a record that is as strong or stronger → false.
 *   4. `authService({ params, users, log })` → a `node:http` listener. `users` maps username →
 *      stored string; `log(line)` receives one line per attempt (below). Requests are POST with a
 *      JSON body `{ "username": string, "password": string }`; both must be non-empty strings,
 *      else 400 (a body that is not JSON included). Every response is JSON, and every error
 *      answer is `{"error": <string>}`.
 *      - POST /register: username already in `users` → 409; otherwise store
 *        `hashPassword(password, params)` and answer 201 `{"username": <username>}`.
 *      - POST /login: unknown user or wrong password → the SAME 401 body for both
 *        `{"error": "invalid username or password"}`, so it does not reveal which usernames exist;
 *        right password → 200 `{"username": <username>}`, and when `needsRehash(stored, params)`
 *        store a new hash made with `params` first. A failed login changes nothing.
 *      - Every register and login attempt, successful or not, logs at least one line that names
 *        the username. No log line and no stored record may ever contain the plaintext password.
 *      - Any other method or path → 404.
 *      - When handling a request throws (a `log` that throws, say) → 500, never a request left
 *        unanswered.
 *
 * Example
 *   const users = new Map<string, string>();
 *   http.createServer(authService({ params: { N: 2 ** 17, r: 8, p: 1 }, users, log: console.log }));
 *   // POST /register {"username":"alice","password":"correct horse"} → 201 {"username":"alice"}
 *   // users.get("alice") → "$scrypt$n=131072,r=8,p=1$3q2-7w…$Jm9v…"
 *   // POST /login {"username":"alice","password":"wrong"}          → 401
 *   // a record made with n=16384 is re-hashed with n=131072 the next time alice logs in.
 */
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

export async function hashPassword(password: string, params: ScryptParams): Promise<string> {
  void password;
  void params;
  throw new Error("not implemented");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  void password;
  void stored;
  throw new Error("not implemented");
}

export function needsRehash(stored: string, params: ScryptParams): boolean {
  void stored;
  void params;
  throw new Error("not implemented");
}

export function authService(options: AuthServiceOptions): (req: IncomingMessage, res: ServerResponse) => void {
  void options;
  throw new Error("not implemented");
}
