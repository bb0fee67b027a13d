import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { credentialsConfig, isObject } from '../runtime/engine/config.js';
import type { HttpOptions } from '../runtime/engine/http-client.js';
import { authorizeUrl, clientSettings, type OAuthToken, requestToken } from '../runtime/engine/oauth-client.js';
import type { IntegratedAccount } from './connection-model.js';
import type { Actor, CoreContext } from './context.js';
import { AppError, badRequest } from './errors.js';
import type { IntegratedAccountService } from './integrated-account-service.js';
import type { Integration, JsonObject } from './integration-model.js';

const SYSTEM: Actor = { principal: null, source: 'system' };
const STATE_LIFETIME_MS = 10 * 60_000;

export interface TokenOptions {
  /** A token this close to its expiry is refreshed before use. */
  refreshSkewMs: number;
}

function tokenOf(context: JsonObject): OAuthToken | null {
  const token = (context.oauth as { token?: unknown } | undefined)?.token;
  return isObject(token) && typeof token.access_token === 'string' ? (token as unknown as OAuthToken) : null;
}

function withToken(context: JsonObject, token: OAuthToken): JsonObject {
  const oauth = isObject(context.oauth) ? context.oauth : {};
  return { ...context, oauth: { ...oauth, token } };
}

/**
 * OAuth tokens of connected accounts: the authorization-code flow, refresh before expiry and client
 * credentials. One token request per account at a time on this node, however many calls wait for it.
 */
export function createAccountTokenService(
  ctx: CoreContext,
  accounts: IntegratedAccountService,
  http: () => HttpOptions,
  options: TokenOptions,
) {
  const inFlight = new Map<string, Promise<JsonObject>>();

  const stale = (token: OAuthToken | null) =>
    !token || (token.expires_at !== undefined && Date.parse(token.expires_at) - options.refreshSkewMs <= Date.now());

  function credentialsOf(integration: Integration, method: string) {
    const credentials = credentialsConfig(integration.config, method);
    if (!credentials) throw new AppError('bad_request', `The integration has no ${method} credentials config`);
    return credentials.config ?? {};
  }

  /** Re-reads the account inside the flight: a caller that loaded it before another refresh finished gets that token. */
  async function renew(account: IntegratedAccount, integration: Integration): Promise<JsonObject> {
    const current = await accounts.get(null, account.id);
    const token = tokenOf(current.context);
    if (!stale(token)) return current.context;
    const method = current.authenticationMethod as string;
    const settings = clientSettings(credentialsOf(integration, method), current.context);
    let next: OAuthToken;
    if (method === 'oauth2_client_credentials') {
      const tokenParams = isObject(settings.config.tokenParams) ? settings.config.tokenParams : {};
      next = await requestToken(settings, { ...tokenParams, grant_type: 'client_credentials' }, false, http());
    } else {
      if (!token?.refresh_token) {
        throw new AppError('upstream_error', "The account's OAuth token has expired and there is no refresh token; authorize it again");
      }
      const refreshParams = isObject(settings.config.refreshParams) ? settings.config.refreshParams : {};
      next = await requestToken(
        settings,
        { ...refreshParams, grant_type: 'refresh_token', refresh_token: token.refresh_token },
        true,
        http(),
      );
      // Providers may omit the refresh token when it does not rotate: keep the one we have.
      next.refresh_token ??= token.refresh_token;
    }
    const updated = await accounts.update(SYSTEM, account.id, (latest) => withToken(latest.context, next));
    return updated.context;
  }

  const sign = (payload: string) => createHmac('sha256', ctx.signingKey).update(payload).digest('base64url');

  return {
    /** The account's context with a usable token (fetched or refreshed if needed). */
    async freshContext(account: IntegratedAccount, integration: Integration): Promise<JsonObject> {
      const method = account.authenticationMethod;
      if (method !== 'oauth2' && method !== 'oauth2_client_credentials') return account.context;
      const token = tokenOf(account.context);
      if (!stale(token)) return account.context;
      if (method === 'oauth2' && !token)
        throw new AppError('bad_request', 'The account is not authorized yet: send the user to /oauth/authorize first');
      let flight = inFlight.get(account.id);
      if (!flight) {
        flight = renew(account, integration).finally(() => inFlight.delete(account.id));
        inFlight.set(account.id, flight);
      }
      return flight;
    },

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

    /** Exchanges an authorization code and stores the token on the account. */
    async completeAuthorization(account: IntegratedAccount, integration: Integration, code: string, redirectUri: string) {
      const settings = clientSettings(credentialsOf(integration, 'oauth2'), account.context);
      const tokenParams = isObject(settings.config.tokenParams) ? settings.config.tokenParams : {};
      const token = await requestToken(
        settings,
        { ...tokenParams, grant_type: 'authorization_code', code, redirect_uri: redirectUri },
        false,
        http(),
      );
      return accounts.update({ principal: null, source: 'truto' }, account.id, (latest) => withToken(latest.context, token));
    },
  };
}
