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
