import { createHmac } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { JwtError, meHandler, signHs256, verifyHs256, verifyWithJose, type JwtPayload, type VerifyOptions } from "../../exercises/http-apis/jwt-hs256.ts";

let server: http.Server | undefined;

afterEach(async () => {
  if (!server) return;
  const closing = server;
  server = undefined;
  closing.closeAllConnections();
  await new Promise<void>((resolve) => closing.close(() => resolve()));
});

const SECRET = new TextEncoder().encode("a-32-byte-secret-for-hs256-tests!");
const NOW = 1_700_000_000_000; // ms
const NOW_S = NOW / 1000;

function options(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return { secret: SECRET, issuer: "https://auth.example.com", audience: "orders-api", now: () => NOW, ...overrides };
}

function claims(overrides: JwtPayload = {}): JwtPayload {
  return { iss: "https://auth.example.com", aud: "orders-api", sub: "user-1", iat: NOW_S, exp: NOW_S + 600, ...overrides };
}

const b64 = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

/** Builds a token by hand, HMAC-SHA256-signed with `secret` whatever the header claims. */
function craft(header: unknown, payload: unknown, secret: Uint8Array | string = SECRET, hash = "sha256"): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac(hash, secret).update(input).digest("base64url")}`;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof JwtError) return error.code;
    throw error;
  }
}

describe("signHs256", () => {
  it("produces header.payload.signature with an HS256 JWT header, in base64url", () => {
    const token = signHs256(claims(), SECRET);
    const [header, payload, signature] = token.split(".");
    expect(JSON.parse(Buffer.from(header, "base64url").toString())).toEqual({ alg: "HS256", typ: "JWT" });
    expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toEqual(claims());
    expect(signature).toBe(createHmac("sha256", SECRET).update(`${header}.${payload}`).digest("base64url"));
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it("uses base64url without padding for every segment, whatever the payload", () => {
    // Lengths 1, 2 and 3 exercise the padding; "?>>" and "???" encode to "+" and "/" in plain base64.
    for (const sub of ["a", "ab", "abc", "?>>", "???", "ü?>>???"]) {
      const token = signHs256(claims({ sub }), SECRET);
      expect(token, sub).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(verifyHs256(token, options()).sub).toBe(sub);
    }
  });
});

describe("verifyHs256", () => {
  it("returns the claims of a valid token", () => {
    expect(verifyHs256(signHs256(claims(), SECRET), options())).toEqual(claims());
  });

  it("accepts an audience array that contains the expected audience", () => {
    const token = signHs256(claims({ aud: ["billing-api", "orders-api"] }), SECRET);
    expect(verifyHs256(token, options()).aud).toEqual(["billing-api", "orders-api"]);
    expect(codeOf(() => verifyHs256(signHs256(claims({ aud: ["billing-api"] }), SECRET), options()))).toBe("audience");
  });

  it("rejects alg none, RS256 and any other alg even when the HMAC over it is valid", () => {
    for (const alg of ["none", "RS256", "HS512", "hs256", undefined]) {
      const token = craft({ alg, typ: "JWT" }, claims());
      expect(codeOf(() => verifyHs256(token, options())), String(alg)).toBe("algorithm");
    }
    const unsigned = `${b64({ alg: "none" })}.${b64(claims())}.`;
    expect(codeOf(() => verifyHs256(unsigned, options()))).toBe("algorithm");
  });

  it("rejects a bad signature: another secret, an edited payload, a missing signature", () => {
    expect(codeOf(() => verifyHs256(craft({ alg: "HS256" }, claims(), "other-secret"), options()))).toBe("signature");
    const [header, , signature] = signHs256(claims(), SECRET).split(".");
    const edited = `${header}.${b64(claims({ sub: "admin" }))}.${signature}`;
    expect(codeOf(() => verifyHs256(edited, options()))).toBe("signature");
    expect(codeOf(() => verifyHs256(`${header}.${b64(claims())}.`, options()))).toBe("signature");
  });

  it("rejects malformed tokens", () => {
    for (const token of ["", "abc", "a.b", "a.b.c.d", `${b64("not json")}.${b64(claims())}.sig`]) {
      expect(codeOf(() => verifyHs256(token, options())), token).toBe("malformed");
    }
    expect(codeOf(() => verifyHs256(`${signHs256(claims(), SECRET)}.extra`, options()))).toBe("malformed");
    for (const header of [null, ["HS256"], '"HS256"']) {
      expect(codeOf(() => verifyHs256(craft(header, claims()), options())), JSON.stringify(header)).toBe("malformed");
    }
    for (const payload of [[1, 2], null, '"claims"']) {
      expect(codeOf(() => verifyHs256(craft({ alg: "HS256" }, payload), options())), JSON.stringify(payload)).toBe("malformed");
    }
    expect(codeOf(() => verifyHs256(craft({ alg: "HS256" }, claims({ nbf: "soon" as unknown as number })), options()))).toBe("malformed");
    const { exp: _exp, ...noExp } = claims();
    expect(codeOf(() => verifyHs256(craft({ alg: "HS256" }, noExp), options()))).toBe("malformed");
    expect(codeOf(() => verifyHs256(craft({ alg: "HS256" }, claims({ exp: "tomorrow" as unknown as number })), options()))).toBe("malformed");
  });

  it("rejects a token at or after exp, allowing clockToleranceSeconds of skew", () => {
    const exp = NOW_S + 60;
    const token = signHs256(claims({ exp }), SECRET);
    expect(verifyHs256(token, options({ now: () => (exp - 1) * 1000 + 999 })).exp).toBe(exp);
    expect(codeOf(() => verifyHs256(token, options({ now: () => exp * 1000 })))).toBe("expired");
    expect(verifyHs256(token, options({ now: () => (exp + 29) * 1000, clockToleranceSeconds: 30 })).exp).toBe(exp);
    expect(codeOf(() => verifyHs256(token, options({ now: () => (exp + 30) * 1000, clockToleranceSeconds: 30 })))).toBe("expired");
  });

  it("rejects a token before nbf, allowing clockToleranceSeconds of skew", () => {
    const nbf = NOW_S + 100;
    const token = signHs256(claims({ nbf, exp: NOW_S + 1000 }), SECRET);
    expect(codeOf(() => verifyHs256(token, options({ now: () => (nbf - 1) * 1000 })))).toBe("not-yet-valid");
    expect(verifyHs256(token, options({ now: () => nbf * 1000 })).nbf).toBe(nbf);
    expect(verifyHs256(token, options({ now: () => (nbf - 30) * 1000, clockToleranceSeconds: 30 })).nbf).toBe(nbf);
    expect(codeOf(() => verifyHs256(token, options({ now: () => (nbf - 31) * 1000, clockToleranceSeconds: 30 })))).toBe("not-yet-valid");
  });

  it("rejects a wrong or missing issuer or audience", () => {
    expect(codeOf(() => verifyHs256(signHs256(claims({ iss: "https://evil.example" }), SECRET), options()))).toBe("issuer");
    expect(codeOf(() => verifyHs256(signHs256(claims({ iss: undefined }), SECRET), options()))).toBe("issuer");
    expect(codeOf(() => verifyHs256(signHs256(claims({ aud: "billing-api" }), SECRET), options()))).toBe("audience");
    expect(codeOf(() => verifyHs256(signHs256(claims({ aud: undefined }), SECRET), options()))).toBe("audience");
  });
});

describe("verifyWithJose", () => {
  it("agrees with verifyHs256 on every token, valid or not", async () => {
    const { exp: _exp, ...noExp } = claims();
    const tokens: Record<string, string> = {
      valid: signHs256(claims(), SECRET),
      "audience array": signHs256(claims({ aud: ["x", "orders-api"] }), SECRET),
      "expired within tolerance": signHs256(claims({ exp: NOW_S - 10 }), SECRET),
      "expired beyond tolerance": signHs256(claims({ exp: NOW_S - 20 }), SECRET),
      "not yet valid": signHs256(claims({ nbf: NOW_S + 60 }), SECRET),
      "nbf within tolerance": signHs256(claims({ nbf: NOW_S + 15 }), SECRET),
      "wrong issuer": signHs256(claims({ iss: "https://evil.example" }), SECRET),
      "wrong audience": signHs256(claims({ aud: "billing-api" }), SECRET),
      "no exp": craft({ alg: "HS256" }, noExp),
      "alg none": craft({ alg: "none" }, claims()),
      "alg RS256": craft({ alg: "RS256" }, claims()),
      "alg HS512, validly signed with HMAC-SHA512": craft({ alg: "HS512" }, claims(), SECRET, "sha512"),
      "other secret": craft({ alg: "HS256" }, claims(), "other-secret"),
      malformed: "a.b.c",
    };
    const opts = options({ clockToleranceSeconds: 15 });
    const verdicts: Record<string, [boolean, boolean]> = {};
    for (const [name, token] of Object.entries(tokens)) {
      const ours = codeOf(() => verifyHs256(token, opts)) === undefined;
      const theirs = await verifyWithJose(token, opts).then(
        () => true,
        () => false,
      );
      verdicts[name] = [ours, theirs];
    }
    const accepted = ["valid", "audience array", "expired within tolerance", "nbf within tolerance"];
    for (const name of Object.keys(tokens)) expect(verdicts[name], name).toEqual(accepted.includes(name) ? [true, true] : [false, false]);
  });

  it("returns the same claims as verifyHs256", async () => {
    const token = signHs256(claims({ role: "admin" }), SECRET);
    expect(await verifyWithJose(token, options())).toEqual(verifyHs256(token, options()));
  });
});

describe("meHandler", () => {
  async function start(opts: VerifyOptions) {
    server = http.createServer(meHandler(opts));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return (headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}/me`, { headers });
  }

  it("answers 200 with the claims for a valid bearer token", async () => {
    const get = await start(options());
    const res = await get({ Authorization: `Bearer ${signHs256(claims(), SECRET)}` });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual(claims());
    const lower = await get({ Authorization: `bearer ${signHs256(claims(), SECRET)}` });
    expect(lower.status).toBe(200);
    const spaced = await get({ Authorization: `Bearer   ${signHs256(claims(), SECRET)}` });
    expect(spaced.status).toBe(200);
  });

  it("answers 401 with WWW-Authenticate: Bearer and the reason", async () => {
    const get = await start(options());
    const missing = await get();
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("Bearer");
    expect(missing.headers.get("content-type")).toBe("application/json");
    expect(await missing.json()).toEqual({ error: "missing-token" });
    const token = signHs256(claims(), SECRET);
    for (const authorization of ["Basic dXNlcjpwYXNz", `NotBearer ${token}`, `Bearer ${token} extra`]) {
      const res = await get({ Authorization: authorization });
      expect(res.status, authorization).toBe(401);
      expect(await res.json(), authorization).toEqual({ error: "missing-token" });
    }
    const expired = await get({ Authorization: `Bearer ${signHs256(claims({ exp: NOW_S - 1 }), SECRET)}` });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ error: "expired" });
    const none = await get({ Authorization: `Bearer ${craft({ alg: "none" }, claims())}` });
    expect(await none.json()).toEqual({ error: "algorithm" });
  });
});
