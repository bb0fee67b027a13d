import type { Principal } from '../auth/principal.js';
import { type CallRecord, type EngineResult, execute } from '../runtime/engine/execute.js';
import type { HttpOptions, UpstreamFailure } from '../runtime/engine/http-client.js';
import type { createAccountTokenService } from './account-token-service.js';
import type { CallLog } from './call-log.js';
import type { IntegratedAccount } from './integrated-account-model.js';
import type { IntegratedAccountService } from './integrated-account-service.js';
import type { JsonObject } from './integration-model.js';
import type { createIntegrationService } from './integration-service.js';

export interface ProxyRequest {
  id?: string;
  query: JsonObject;
  body?: unknown;
  cursor?: string | null;
  limit?: number;
}

/** The environment override of an account's integration; none until installations exist. */
export type OverrideLookup = (account: IntegratedAccount) => Promise<JsonObject | null>;

const DEFAULT_AUTHORIZATION: Record<string, string> = { oauth2: 'bearer', oauth2_client_credentials: 'bearer', api_key: 'header' };

/** Runs one resource method of an integration for a connected account, and logs the upstream call. */
export function createProxyService(
  integrations: ReturnType<typeof createIntegrationService>,
  accounts: IntegratedAccountService,
  tokens: ReturnType<typeof createAccountTokenService>,
  http: () => HttpOptions,
  callLog: CallLog,
  overrideFor: OverrideLookup = async () => null,
) {
  return {
    /**
     * Runs the call with a usable token. When the upstream answers 401 to an OAuth token that can be
     * renewed without the user, the token is renewed (even before its expiry) and the call repeated once.
     */
    async call(principal: Principal, accountId: string, resource: string, method: string, request: ProxyRequest): Promise<EngineResult> {
      const account = await accounts.get(principal, accountId);
      const integration = await integrations.get(null, account.integrationId);
      const override = await overrideFor(account);
      const run = async (context: JsonObject) => {
        let logged: CallRecord | null = null;
        try {
          return await execute(
            {
              config: integration.config,
              override,
              resource,
              method,
              id: request.id,
              query: request.query,
              body: request.body,
              context,
              cursor: request.cursor ?? null,
              limit: request.limit,
              defaultAuthorization: DEFAULT_AUTHORIZATION[account.authenticationMethod ?? ''] ?? null,
            },
            http(),
            (r) => {
              logged = r;
            },
          );
        } finally {
          if (logged) callLog.record(account, resource, method, logged);
        }
      };
      const context = await tokens.freshContext(account, integration);
      try {
        return await run(context);
      } catch (error) {
        if ((error as UpstreamFailure).upstreamStatus !== 401 || !tokens.renewable(account, context)) throw error;
        return run(await tokens.freshContext(account, integration, tokens.accessToken(context)));
      }
    },

    /** The account's upstream calls, newest first. */
    async calls(principal: Principal, accountId: string, page: { beforeId: string | null; limit: number }) {
      return callLog.list((await accounts.get(principal, accountId)).id, page);
    },

    async authorizationUrl(principal: Principal, accountId: string, redirectUri: string): Promise<string> {
      const account = await accounts.get(principal, accountId);
      return tokens.authorizationUrl(account, await integrations.get(null, account.integrationId), redirectUri);
    },

    async completeAuthorization(state: string, code: string): Promise<IntegratedAccount> {
      const { accountId, redirectUri } = tokens.verifyState(state);
      const account = await accounts.get(null, accountId);
      return tokens.completeAuthorization(account, await integrations.get(null, account.integrationId), code, redirectUri);
    },
  };
}
