import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Inbound webhook verification primitives, shared by every contract that receives webhooks (integrator.io
 * listener exports, Truto's inbound webhooks): comparisons in constant time, HMAC over the raw body.
 */

/** Constant-time equality of two strings (different lengths are unequal without leaking where). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) {
    timingSafeEqual(left, left);
    return false;
  }
  return timingSafeEqual(left, right);
}

export const HMAC_ALGORITHMS = ['sha1', 'sha256', 'sha384', 'sha512'] as const;
export type HmacAlgorithm = (typeof HMAC_ALGORITHMS)[number];

export function hmac(algorithm: HmacAlgorithm, key: string, raw: Buffer, encoding: 'hex' | 'base64'): string {
  return createHmac(algorithm, key).update(raw).digest(encoding);
}

/**
 * Whether `signature` is the HMAC of the raw body. A `<algorithm>=` prefix (GitHub's `sha256=…`) is
 * accepted; hex compares case-insensitively.
 */
export function verifyHmac(
  algorithm: HmacAlgorithm,
  key: string,
  raw: Buffer,
  signature: string | undefined,
  encoding: 'hex' | 'base64' = 'hex',
): boolean {
  if (!signature || !key) return false;
  const given = signature.trim().replace(new RegExp(`^${algorithm}=`, 'i'), '');
  const expected = hmac(algorithm, key, raw, encoding);
  return encoding === 'hex' ? safeEqual(given.toLowerCase(), expected) : safeEqual(given, expected);
}

/** HTTP Basic credentials against the expected user and password. */
export function verifyBasic(authorization: string | undefined, username: string, password: string): boolean {
  const match = /^Basic\s+(.+)$/i.exec(authorization ?? '');
  if (!match) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const at = decoded.indexOf(':');
  if (at < 0) return false;
  // Both compared, so a wrong user name takes as long as a wrong password.
  const user = safeEqual(decoded.slice(0, at), username);
  const pass = safeEqual(decoded.slice(at + 1), password);
  return user && pass && username !== '';
}

/** A shared token (bearer-style or wherever the sender puts it). */
export function verifyToken(given: unknown, expected: string): boolean {
  return typeof given === 'string' && expected !== '' && safeEqual(given, expected);
}

/** The hex HMAC-SHA256 an outbound delivery is signed with (`X-Truto-Signature: format=sha256,v=<this>`). */
export function signDelivery(secret: string, raw: Buffer | string): string {
  return createHmac('sha256', secret).update(raw).digest('hex');
}

/**
 * One inbound check, whichever contract configured it (integrator.io listener exports, Truto's
 * `signature_verification`): each contract turns its own config into one of these.
 */
export type InboundCheck =
  | { kind: 'hmac'; algorithm: HmacAlgorithm; key: string; signed: Buffer; signature: string | undefined; encoding: 'hex' | 'base64' }
  | { kind: 'basic'; authorization: string | undefined; username: string; password: string }
  | { kind: 'token'; given: unknown; expected: string }
  | { kind: 'jwt'; token: string | undefined; key: JwtKey; issuer?: string; audience?: string };

export type JwtKey =
  | { algorithm: 'HS256'; secret: string }
  | { algorithm: 'RS256'; publicKey: string }
  | { algorithm: 'RS256'; jwksUrl: string; fetch?: typeof fetch };

/** Whether the request passes the check; never throws for a bad signature or token. */
export async function passes(check: InboundCheck): Promise<boolean> {
  switch (check.kind) {
    case 'hmac':
      return (
        HMAC_ALGORITHMS.includes(check.algorithm) && verifyHmac(check.algorithm, check.key, check.signed, check.signature, check.encoding)
      );
    case 'basic':
      return verifyBasic(check.authorization, check.username, check.password);
    case 'token':
      return verifyToken(check.given, check.expected);
    case 'jwt':
      return verifyJwt(check.token, check.key, check);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: jose's remote key set type is loaded on demand
const remoteKeySets = new Map<string, any>();

async function verifyJwt(token: string | undefined, key: JwtKey, claims: { issuer?: string; audience?: string }): Promise<boolean> {
  if (!token) return false;
  const jose = await import('jose');
  const options = {
    algorithms: [key.algorithm],
    ...(claims.issuer ? { issuer: claims.issuer } : {}),
    ...(claims.audience ? { audience: claims.audience } : {}),
  };
  try {
    if ('secret' in key) {
      if (!key.secret) return false;
      await jose.jwtVerify(token, new TextEncoder().encode(key.secret), options);
    } else if ('publicKey' in key) {
      await jose.jwtVerify(token, await jose.importSPKI(key.publicKey, 'RS256'), options);
    } else {
      let set = remoteKeySets.get(key.jwksUrl);
      if (!set) {
        set = jose.createRemoteJWKSet(new URL(key.jwksUrl), key.fetch ? { [jose.customFetch]: key.fetch } : {});
        if (remoteKeySets.size > 500) remoteKeySets.clear();
        remoteKeySets.set(key.jwksUrl, set);
      }
      await jose.jwtVerify(token, set, options);
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * A signed timestamp (seconds, milliseconds or ISO text) no further than `windowMs` from now: an older
 * signed request replayed later is refused.
 */
export function freshTimestamp(value: string | undefined, windowMs: number, now = Date.now()): boolean {
  if (!value) return false;
  const numeric = Number(value);
  const at = Number.isFinite(numeric) ? (numeric > 1e12 ? numeric : numeric * 1000) : Date.parse(value);
  return Number.isFinite(at) && Math.abs(now - at) <= windowMs;
}
