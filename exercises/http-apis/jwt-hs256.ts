/**
 * JWT from first principles (HS256)
 *
 * What you build
 *   Sign and verify HS256 JSON Web Tokens with nothing but `node:crypto`, check the registered
 *   claims against an injected clock, then do the same with the `jose` library and prove the two
 *   agree.
 *
 * Why it matters
 *   JWTs carry identity between services (OpenID Connect ID tokens, many OAuth access tokens and
 *   session tokens). The famous JWT vulnerabilities were all verifiers that trusted the token: accepting
 *   `alg: "none"`, or letting a token that claims RS256 be checked with a different algorithm than
 *   the one the server uses (RFC 8725 §2.1 and §3.1). Writing one teaches what a library must
 *   check; in production you then use the library, configured as tightly as your own.
 *
 * Your task
 *   A token is three base64url segments (RFC 7515 §7.1, no padding): header.payload.signature,
 *   where the signature is base64url(HMAC-SHA256(secret, "<header>.<payload>")) over the two
 *   encoded segments as they appear in the token.
 *
 *   1. `signHs256(payload, secret)` — the header is exactly `{"alg":"HS256","typ":"JWT"}`; header
 *      and payload are `JSON.stringify`-ed, then base64url-encoded.
 *
 *   2. `verifyHs256(token, options)` — returns the payload, or throws a `JwtError` whose `code` says
 *      why. Options: `secret`, `issuer`, `audience`, `now` (ms clock, default `Date.now`) and
 *      `clockToleranceSeconds` (default 0). Check, in this order:
 *      - not exactly three "."-separated segments, or a header that is not a JSON object → "malformed";
 *      - `header.alg` is not exactly "HS256" ("none", "RS256", "HS512", "hs256", missing…) → "algorithm",
 *        even when the HMAC over the token happens to be right: the verifier, not the token,
 *        chooses the algorithm;
 *      - the signature segment differs from the one you compute → "signature". Compare with
 *        `crypto.timingSafeEqual` (check the lengths first: it throws on a length mismatch), so the
 *        comparison time does not tell an attacker how many leading bytes were right;
 *      - the payload is not a JSON object (an array is not), `exp` is missing or not a number, or
 *        `nbf` is present and not a number → "malformed" (a token that never expires is refused);
 *      - with t = Math.floor(now() / 1000) (JWT times are seconds, RFC 7519 §2 "NumericDate"):
 *        `nbf > t + tolerance` → "not-yet-valid"; `exp <= t - tolerance` → "expired"
 *        (RFC 7519 §4.1.4: the current time must be before exp; §4.1.5: at or after nbf);
 *      - `iss !== issuer` → "issuer" (a missing iss too);
 *      - `aud` is a string that is not `audience`, an array that does not contain it, or missing
 *        → "audience".
 *
 *   3. `verifyWithJose(token, options)` — the same checks through `jose`'s `jwtVerify`: pass the
 *      secret as is, `algorithms: ["HS256"]`, `issuer`, `audience`, `requiredClaims: ["exp"]`,
 *      `clockTolerance` (seconds) and `currentDate: new Date(now())`. Resolve with the payload;
 *      reject (with jose's error) when verifyHs256 would throw. The suite feeds both the same
 *      tokens and expects the same verdicts.
 *
 *   4. `meHandler(options)` — a `node:http` listener: a request whose `Authorization` header is
 *      `Bearer <token>` (the scheme matched case-insensitively, then one or more spaces, then the
 *      token, nothing after it) with a token verifyHs256 accepts →
 *      200, `Content-Type: application/json`, body = the claims. Otherwise 401 with
 *      `WWW-Authenticate: Bearer` and the JSON body `{"error": <JwtError code>}`, or
 *      `{"error":"missing-token"}` when there is no Bearer token at all.
 *
 * Example
 *   const secret = new TextEncoder().encode("a-32-byte-secret-for-hs256-tests!");
 *   const opts = { secret, issuer: "https://auth.example.com", audience: "orders-api", now: () => 1_700_000_000_000 };
 *   const token = signHs256({ iss: opts.issuer, aud: "orders-api", sub: "u1", exp: 1_700_000_600 }, secret);
 *   verifyHs256(token, opts)                      // → { iss, aud, sub: "u1", exp: 1700000600 }
 *   verifyHs256(token, { ...opts, now: () => 1_700_000_600_000 })  // throws JwtError, code "expired"
 *   await verifyWithJose(token, opts)             // → the same claims
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export type JwtErrorCode = "malformed" | "algorithm" | "signature" | "expired" | "not-yet-valid" | "issuer" | "audience";

export class JwtError extends Error {
  constructor(
    readonly code: JwtErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = "JwtError";
  }
}

export interface JwtPayload {
  iss?: string;
  sub?: string;
  aud?: string | string[];
  exp?: number;
  nbf?: number;
  iat?: number;
  [claim: string]: unknown;
}

export interface VerifyOptions {
  secret: Uint8Array;
  issuer: string;
  audience: string;
  now?: () => number;
  clockToleranceSeconds?: number;
}

export function signHs256(payload: JwtPayload, secret: Uint8Array): string {
  void payload;
  void secret;
  throw new Error("not implemented");
}

export function verifyHs256(token: string, options: VerifyOptions): JwtPayload {
  void token;
  void options;
  throw new Error("not implemented");
}

export async function verifyWithJose(token: string, options: VerifyOptions): Promise<JwtPayload> {
  void token;
  void options;
  throw new Error("not implemented");
}

export function meHandler(options: VerifyOptions): (req: IncomingMessage, res: ServerResponse) => void {
  void options;
  throw new Error("not implemented");
}
