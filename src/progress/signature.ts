import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Done marks carry an HMAC under a key that only this checkout's grader holds (.learn/key, made
 * on first use). It does not stop a learner determined to cheat their own practice (the key is a
 * file they can read); it makes sure that marks edited by hand, copied from another checkout or
 * left by another tool are never taken on trust: the grader re-checks those katas instead.
 */
export const KEY_FILE = "key";

export function signatureKey(learnDir: string, create: boolean): Buffer | undefined {
  const file = path.join(learnDir, KEY_FILE);
  try {
    const key = Buffer.from(fs.readFileSync(file, "utf8").trim(), "hex");
    if (key.length === 32) return key;
  } catch {
    // not made yet (or unreadable): made below when writing
  }
  if (!create) return undefined;
  const key = crypto.randomBytes(32);
  fs.mkdirSync(learnDir, { recursive: true });
  try {
    // Exclusive: two graders starting at once must end up with one key, not one each.
    fs.writeFileSync(file, `${key.toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return signatureKey(learnDir, false);
  }
}

/** The signature of a done map: independent of key order, so a merge that reorders keeps it valid. Pure. */
export function signDone(key: Buffer, done: Readonly<Record<string, string>>): string {
  const canonical = JSON.stringify(Object.entries(done).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return crypto.createHmac("sha256", key).update(canonical).digest("hex");
}

export function doneIsSigned(key: Buffer | undefined, done: Readonly<Record<string, string>>, signature: string | undefined): boolean {
  if (Object.keys(done).length === 0) return true;
  if (!key || !signature) return false;
  const expected = Buffer.from(signDone(key, done), "hex");
  const given = Buffer.from(signature, "hex");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
