/**
 * JWT (HS256) — reference solution.
 *
 * The verifier decides the algorithm; the token's header only has to agree. Every check here is
 * one that real libraries once got wrong (alg "none", RS256/HS256 confusion, skipped exp).
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { jwtVerify } from "jose";

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

const b64url = (data: string | Buffer) => Buffer.from(data).toString("base64url");
const hmac = (secret: Uint8Array, input: string) => createHmac("sha256", secret).update(input).digest("base64url");

export function signHs256(payload: JwtPayload, secret: Uint8Array): string {
  const signingInput = `${b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${b64url(JSON.stringify(payload))}`;
  return `${signingInput}.${hmac(secret, signingInput)}`;
}

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  } catch {
    throw new JwtError("malformed", "a token segment is not base64url-encoded JSON");
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

export function verifyHs256(token: string, { secret, issuer, audience, now = Date.now, clockToleranceSeconds = 0 }: VerifyOptions): JwtPayload {
  const parts = token.split(".");
  if (parts.length !== 3) throw new JwtError("malformed", "a JWS compact token has three segments");
  const [encodedHeader, encodedPayload, signature] = parts;

  const header = decodeJson(encodedHeader);
  if (!isObject(header)) throw new JwtError("malformed", "the header is not a JSON object");
  // Never let the token pick the algorithm: "none", RS256 or HS512 are all refused here.
  if (header.alg !== "HS256") throw new JwtError("algorithm", `alg ${String(header.alg)} is not accepted`);

  // Compare the encoded strings, so no other spelling of the same bytes is accepted either.
  const expected = Buffer.from(hmac(secret, `${encodedHeader}.${encodedPayload}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new JwtError("signature");

  const payload = decodeJson(encodedPayload);
  if (!isObject(payload)) throw new JwtError("malformed", "the payload is not a JSON object");
  const claims = payload as JwtPayload;
  if (typeof claims.exp !== "number") throw new JwtError("malformed", "exp is required and must be a number");
  if (claims.nbf !== undefined && typeof claims.nbf !== "number") throw new JwtError("malformed", "nbf must be a number");

  const t = Math.floor(now() / 1000);
  if (claims.nbf !== undefined && claims.nbf > t + clockToleranceSeconds) throw new JwtError("not-yet-valid");
  if (claims.exp <= t - clockToleranceSeconds) throw new JwtError("expired");
  if (claims.iss !== issuer) throw new JwtError("issuer");
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(audience)) throw new JwtError("audience");
  return claims;
}

export async function verifyWithJose(token: string, { secret, issuer, audience, now = Date.now, clockToleranceSeconds = 0 }: VerifyOptions): Promise<JwtPayload> {
  const { payload } = await jwtVerify(token, secret, {
    algorithms: ["HS256"],
    issuer,
    audience,
    requiredClaims: ["exp"],
    clockTolerance: clockToleranceSeconds,
    currentDate: new Date(now()),
  });
  return payload as JwtPayload;
}

export function meHandler(options: VerifyOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const unauthorized = (error: string) => {
      res.writeHead(401, { "Content-Type": "application/json", "WWW-Authenticate": "Bearer" }).end(JSON.stringify({ error }));
    };
    const match = /^Bearer +(\S+)$/i.exec(req.headers.authorization ?? "");
    if (!match) return unauthorized("missing-token");
    try {
      const claims = verifyHs256(match[1], options);
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(claims));
    } catch (error) {
      if (error instanceof JwtError) return unauthorized(error.code);
      throw error;
    }
  };
}
