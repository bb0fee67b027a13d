import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError, badRequest } from '../../lib/errors.js';
import { canonicalJson, isObject, type JsonObject } from '../../lib/json.js';
import { credentialsConfig } from '../../runtime/engine/config.js';
import type { CallRecord } from '../../runtime/engine/execute.js';
import type { HttpOptions } from '../../runtime/engine/http-client.js';
import { authorizeUrl, clientSettings, type OAuthToken, oauthErrorOf, requestToken } from '../../runtime/engine/oauth-client.js';
import type { Integration } from '../integrations/integration-model.js';
import type { Actor, CoreContext } from '../shared/context.js';
import { createLeaseGuard } from '../shared/lease-guard.js';
import { type CallLog, callOwnerOf, OAUTH_RESOURCE } from './call-log-service.js';
import type { IntegratedAccount } from './integrated-account-model.js';
import type { IntegratedAccountService } from './integrated-account-service.js';

const SYSTEM: Actor = { principal: null, source: 'system' };
const STATE_LIFETIME_MS = 10 * 60_000;
/** The refresh lease outlives the token request's own timeout by this much. */
const LEASE_MARGIN_MS = 5_000;
const MAX_REMEMBERED_REFUSALS = 10_000;

export interface TokenOptions {
  /** A token this close to its expiry is refreshed before use. */
  refreshSkewMs: number;
  /** After a failed token request, the account's token requests fail fast this long, on every node. */
  refreshCooldownMs: number;
}

export const DEFAULT_TOKEN_OPTIONS: TokenOptions = { refreshSkewMs: 60_000, refreshCooldownMs: 30_000 };

function tokenOf(context: JsonObject): OAuthToken | null {
  const token = (context.oauth as { token?: unknown } | undefined)?.token;
  return isObject(token) && typeof token.access_token === 'string' ? (token as unknown as OAuthToken) : null;
}

/** Stores a new token; one from a new authorization also ends a `needs_reauth`. */
function withToken(context: JsonObject, token: OAuthToken, authorized = false): JsonObject {
  const oauth = isObject(context.oauth) ? { ...context.oauth } : {};
  if (authorized) delete oauth.needs_reauth;
  return { ...context, oauth: { ...oauth, token } };
}

/**
 * What a token request is made with: the whole context (client id and secret, refresh token, the values a
 * token URL places) but what the request itself produces (the access token and its expiry, `needs_reauth`).
 */
function credentialsFingerprint(context: JsonObject): string {
  const inputs = structuredClone(context);
  if (isObject(inputs.oauth)) {
    delete inputs.oauth.needs_reauth;
    if (isObject(inputs.oauth.token)) inputs.oauth.token = { refresh_token: inputs.oauth.token.refresh_token ?? null };
  }
  return createHash('sha256').update(canonicalJson(inputs)).digest('base64url');
}

const reauthorize = (accountId: string) => `authorize the account again through /oauth/authorize/${accountId}`;

/** The provider refused the refresh token for good (`invalid_grant`): only the user can fix it. */
const refusedGrant = (accountId: string, details?: AppError['details']) =>
  new AppError('upstream_error', `The OAuth provider no longer accepts the account's refresh token; ${reauthorize(accountId)}`, details);

/**
 * OAuth tokens of connected accounts: the authorization-code flow, refresh before expiry (or after the
 * upstream refused the token) and client credentials. One token request per account at a time across every
 * node: an in-process single flight, inside it the lease `oauth:<account id>` in the store.
 */
export function createAccountTokenService(
  ctx: CoreContext,
  accounts: IntegratedAccountService,
  http: () => HttpOptions,
  options: TokenOptions,
  callLog: CallLog,
) {
  const inFlight = new Map<string, Promise<JsonObject>>();
  /** Accounts whose renewed token was refused too, with the credentials it was renewed with. */
  const renewalsRefusedUntil = new Map<string, { until: number; inputs: string }>();
  const leases = createLeaseGuard(ctx);

  const stale = (token: OAuthToken | null) =>
    !token || (token.expires_at !== undefined && Date.parse(token.expires_at) - options.refreshSkewMs <= Date.now());

  function credentialsOf(integration: Integration, method: string) {
    const credentials = credentialsConfig(integration.config, method);
    if (!credentials) throw new AppError('bad_request', `The integration has no ${method} credentials config`);
    return credentials.config ?? {};
  }

  /** One token request, written to the account's call log whatever its outcome. */
  async function tokenRequest(account: IntegratedAccount, integration: Integration, params: JsonObject, refresh: boolean) {
    const settings = clientSettings(credentialsOf(integration, account.authenticationMethod as string), account.context);
    const extra = settings.config[params.grant_type === 'refresh_token' ? 'refreshParams' : 'tokenParams'];
    let logged: CallRecord | null = null;
    try {
      return await requestToken(settings, { ...(isObject(extra) ? extra : {}), ...params }, refresh, http(), (r) => {
        logged = r;
      });
    } finally {
      if (logged) callLog.record(callOwnerOf(account), OAUTH_RESOURCE, String(params.grant_type), logged, account.context);
    }
  }

  async function refresh(current: IntegratedAccount, integration: Integration): Promise<OAuthToken> {
    const token = tokenOf(current.context);
    if (!token?.refresh_token) {
      throw new AppError(
        'upstream_error',
        `The account's OAuth token has expired and there is no refresh token; ${reauthorize(current.id)}`,
      );
    }
    try {
      const next = await tokenRequest(current, integration, { grant_type: 'refresh_token', refresh_token: token.refresh_token }, true);
      // Providers may omit the refresh token when it does not rotate: keep the one we have.
      next.refresh_token ??= token.refresh_token;
      return next;
    } catch (error) {
      if (oauthErrorOf(error) !== 'invalid_grant') throw error;
      await accounts.update(SYSTEM, current.id, (latest) => {
        const oauth = isObject(latest.context.oauth) ? latest.context.oauth : {};
        return { ...latest.context, oauth: { ...oauth, needs_reauth: true } };
      });
      throw refusedGrant(current.id, (error as AppError).details);
    }
  }

  /**
   * Gets a usable token under the account's lease. `rejected` is an access token the upstream refused:
   * it counts as stale even before its expiry. The account is re-read before and after locking, so a
   * token another caller or node fetched meanwhile is reused.
   */
  function renew(accountId: string, integration: Integration, rejected: string | null): Promise<JsonObject> {
    // The guard always calls `settled` before `work`, so `work` sees the account as read under the lease.
    let current: IntegratedAccount | undefined;
    const ttlMs = http().timeoutMs + LEASE_MARGIN_MS;
    return leases.run(
      `oauth:${accountId}`,
      { ttlMs, cooldownMs: options.refreshCooldownMs },
      {
        settled: async () => {
          current = await accounts.get(null, accountId);
          if (current.status === 'needs_reauth') throw refusedGrant(accountId);
          const token = tokenOf(current.context);
          return stale(token) || token?.access_token === rejected ? null : current.context;
        },
        work: async () => {
          const account = current as IntegratedAccount;
          const next =
            account.authenticationMethod === 'oauth2_client_credentials'
              ? await tokenRequest(account, integration, { grant_type: 'client_credentials' }, false)
              : await refresh(account, integration);
          return (await accounts.update(SYSTEM, accountId, (latest) => withToken(latest.context, next))).context;
        },
        // New credentials or settings (through PATCH or PUT) end a cool-down; other writes (status, name) do not.
        inputs: () => credentialsFingerprint(current?.context ?? {}),
      },
    );
  }

  const sign = (payload: string) => createHmac('sha256', ctx.signingKey).update(payload).digest('base64url');

  return {
    /**
     * The account's context with a usable token (fetched or refreshed if needed). With `rejected` (the
     * access token an upstream answered 401 to), a new token is fetched even if that one has not expired.
     */
    async freshContext(account: IntegratedAccount, integration: Integration, rejected: string | null = null): Promise<JsonObject> {
      const method = account.authenticationMethod;
      if (method !== 'oauth2' && method !== 'oauth2_client_credentials') return account.context;
      const token = tokenOf(account.context);
      if (!rejected && !stale(token)) return account.context;
      if (method === 'oauth2' && !token)
        throw new AppError('bad_request', 'The account is not authorized yet: send the user to /oauth/authorize first');
      const key = `${account.id}:${rejected ?? ''}`;
      let flight = inFlight.get(key);
      if (!flight) {
        flight = renew(account.id, integration, rejected).finally(() => inFlight.delete(key));
        inFlight.set(key, flight);
      }
      return flight;
    },

    /** Whether a new token can be had without the user: client credentials, or an oauth2 refresh token. */
    renewable(account: IntegratedAccount, context: JsonObject): boolean {
      const refused = renewalsRefusedUntil.get(account.id);
      if (refused && refused.until > Date.now() && refused.inputs === credentialsFingerprint(context)) return false;
      const method = account.authenticationMethod;
      return method === 'oauth2_client_credentials' || (method === 'oauth2' && typeof tokenOf(context)?.refresh_token === 'string');
    },

    /**
     * The upstream refused a freshly renewed token too (a scope or audience problem, not an old token):
     * for the cool-down, 401s are answered as they are instead of renewing on every call (per node).
     */
    renewalDidNotHelp(account: IntegratedAccount, context: JsonObject): void {
      if (renewalsRefusedUntil.size >= MAX_REMEMBERED_REFUSALS) renewalsRefusedUntil.clear();
      renewalsRefusedUntil.set(account.id, { until: Date.now() + options.refreshCooldownMs, inputs: credentialsFingerprint(context) });
    },

    accessToken: (context: JsonObject) => tokenOf(context)?.access_token ?? null,

    /** The provider's consent URL, with a signed, expiring `state` bound to the account and redirect URI. */
    authorizationUrl(account: IntegratedAccount, integration: Integration, redirectUri: string): string {
      if (account.authenticationMethod !== 'oauth2') throw badRequest('The account does not use the oauth2 credentials format');
      const payload = Buffer.from(
        JSON.stringify({ a: account.id, r: redirectUri, e: Date.now() + STATE_LIFETIME_MS, n: randomBytes(8).toString('hex') }),
      ).toString('base64url');
      return authorizeUrl(
        clientSettings(credentialsOf(integration, 'oauth2'), account.context),
        redirectUri,
        `${payload}.${sign(payload)}`,
      );
    },

    /** Checks a `state` and returns the account id and redirect URI it was issued for. */
    verifyState(state: string): { accountId: string; redirectUri: string } {
      const [payload, signature] = state.split('.');
      const expected = payload ? Buffer.from(sign(payload)) : null;
      if (
        !payload ||
        !signature ||
        !expected ||
        expected.length !== signature.length ||
        !timingSafeEqual(expected, Buffer.from(signature))
      ) {
        throw badRequest('The OAuth state is not one this server issued');
      }
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { a: string; r: string; e: number };
      if (claims.e < Date.now()) throw badRequest('The OAuth state has expired; start the authorization again');
      return { accountId: claims.a, redirectUri: claims.r };
    },

    /** Exchanges an authorization code and stores the token on the account (active again if it needed it). */
    async completeAuthorization(account: IntegratedAccount, integration: Integration, code: string, redirectUri: string) {
      if (account.authenticationMethod !== 'oauth2') throw badRequest('The account does not use the oauth2 credentials format');
      const token = await tokenRequest(account, integration, { grant_type: 'authorization_code', code, redirect_uri: redirectUri }, false);
      const updated = await accounts.update({ principal: null, source: 'truto' }, account.id, (latest) =>
        withToken(latest.context, token, true),
      );
      await leases.clearCooldown(`oauth:${account.id}`);
      return updated;
    },
  };
}
