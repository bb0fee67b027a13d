import type { Principal } from '../../auth/principal.js';
import { verifyToken } from '../../auth/tokens.js';
import { AppError } from '../../lib/errors.js';
import { findApiToken } from '../../store/repositories/api-tokens.js';
import type { ApiTokenRow } from '../../store/tables.js';
import type { CoreContext } from '../shared/context.js';

/** How long a token row may be served from memory; revocation on another node is seen within this. */
const TOKEN_STATE_TTL_MS = 900;
const MAX_CACHED_TOKENS = 10_000;

interface CachedToken {
  row: ApiTokenRow | undefined;
  fetchedAt: number;
  principal: Principal | null;
}

export function createAuthService(ctx: CoreContext) {
  const cache = new Map<string, CachedToken>();
  // Signature checks are the costliest step of a request; a verified token string stays verified.
  const verified = new Map<string, string>();

  async function tokenIdOf(jwt: string): Promise<string | null> {
    const known = verified.get(jwt);
    if (known) return known;
    const tokenId = await verifyToken(ctx.signingKey, jwt);
    if (tokenId) {
      if (verified.size >= MAX_CACHED_TOKENS) verified.clear();
      verified.set(jwt, tokenId);
    }
    return tokenId;
  }

  async function tokenState(tokenId: string): Promise<CachedToken> {
    const now = Date.now();
    const hit = cache.get(tokenId);
    if (hit && now - hit.fetchedAt < TOKEN_STATE_TTL_MS) return hit;
    const row = await findApiToken(ctx.store.db, tokenId);
    const principal = row
      ? {
          tokenId: row.id,
          organizationId: row.organization_id,
          applicationId: row.application_id,
          scopes: JSON.parse(row.scopes) as string[],
        }
      : null;
    const entry = { row, fetchedAt: now, principal };
    if (cache.size >= MAX_CACHED_TOKENS) cache.clear();
    cache.set(tokenId, entry);
    return entry;
  }

  // The header an already verified token came in, so a cached one needs no parsing.
  const headers = new Map<string, string>();

  /** Why a token's state refuses it, or undefined when it admits the principal. */
  function refusalOf({ row, principal }: CachedToken): string | undefined {
    if (!row || !principal) return 'Invalid access token';
    if (row.status !== 'active') return 'Access token is inactive';
    if (row.expires_at && Date.parse(row.expires_at) <= Date.now()) return 'Access token has expired';
    return undefined;
  }

  return {
    /**
     * `authenticate`'s principal without waiting, when the token is verified and its row fresh in memory
     * and valid; undefined otherwise (`authenticate` then gives the answer, or the exact refusal).
     */
    cachedPrincipal(authorization: string | undefined): Principal | undefined {
      if (authorization === undefined) return undefined;
      const tokenId = headers.get(authorization);
      if (tokenId === undefined) return undefined;
      const hit = cache.get(tokenId);
      if (hit === undefined || Date.now() - hit.fetchedAt >= TOKEN_STATE_TTL_MS || refusalOf(hit) !== undefined) return undefined;
      return hit.principal ?? undefined;
    },

    /** Resolves `Authorization: Bearer …` to a principal or throws 401. */
    async authenticate(authorization: string | undefined): Promise<Principal> {
      const match = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
      if (!match) throw new AppError('unauthorized', 'A valid api access token is required');
      const tokenId = await tokenIdOf(match[1]);
      if (!tokenId) throw new AppError('unauthorized', 'Invalid access token');
      if (!headers.has(authorization as string)) {
        if (headers.size >= MAX_CACHED_TOKENS) headers.clear();
        headers.set(authorization as string, tokenId);
      }
      const state = await tokenState(tokenId);
      const refusal = refusalOf(state);
      if (refusal !== undefined || !state.principal) throw new AppError('unauthorized', refusal ?? 'Invalid access token');
      return state.principal;
    },

    /** Called after a local token change so this node stops honouring it at once. */
    forget(tokenId: string) {
      cache.delete(tokenId);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
