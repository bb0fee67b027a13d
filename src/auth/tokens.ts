import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'junction';

export interface TokenClaims {
  tokenId: string;
  organizationId: string;
  applicationId: string | null;
  scopes: readonly string[];
  expiresAt: string | null;
}

export async function signToken(key: Uint8Array, claims: TokenClaims): Promise<string> {
  const jwt = new SignJWT({ org: claims.organizationId, app: claims.applicationId ?? undefined, scope: claims.scopes })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setJti(claims.tokenId)
    .setSubject(claims.applicationId ?? claims.organizationId)
    .setIssuedAt();
  if (claims.expiresAt) jwt.setExpirationTime(Math.floor(Date.parse(claims.expiresAt) / 1000));
  return jwt.sign(key);
}

/** Verifies signature, algorithm, issuer and expiry; returns the token id, or null when anything is off. */
export async function verifyToken(key: Uint8Array, token: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer: ISSUER });
    return typeof payload.jti === 'string' ? payload.jti : null;
  } catch {
    return null;
  }
}
