import type { Principal } from '../../auth/principal.js';
import { AppError } from '../../lib/errors.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import type { EngineResult } from '../../runtime/engine/execute.js';
import type { HttpOptions, UpstreamFailure } from '../../runtime/engine/http-client.js';
import { resolve } from '../../runtime/engine/placeholders.js';
import type { Integration } from '../integrations/integration-model.js';
import type { createIntegrationService } from '../integrations/integration-service.js';
import type { createAccountTokenService } from './account-token-service.js';
import { type CallLog, callOwnerOf } from './call-log-service.js';
import { defaultAuthorizationOf, type IntegratedAccount } from './integrated-account-model.js';
import type { InstallState, IntegratedAccountService } from './integrated-account-service.js';

export interface ProxyRequest {
  id?: string;
  query: JsonObject;
  body?: unknown;
  cursor?: string | null;
  limit?: number;
}

/** The environment override of an account's integration; none until installations exist. */
export type OverrideLookup = (account: IntegratedAccount) => Promise<JsonObject | null>;

/** The override an install read with its account lays over the integration's config. */
export type InstallOverride = (install: InstallState | null) => JsonObject | null;

const MAX_INTEGRATIONS = 1_000;

/** The config of the first `request` step of `actions.validation` (`{steps}` or the older flat step). */
function validationStep(config: JsonObject): JsonObject | null {
  const actions = isObject(config.actions) ? config.actions : {};
  const action = actions.validation;
  if (!isObject(action)) return null;
  const steps = Array.isArray(action.steps) ? action.steps : [action];
  const step = steps.find((s): s is JsonObject => isObject(s) && s.type === 'request' && isObject(s.config));
  return step ? (step.config as JsonObject) : null;
}

/** Runs one resource method of an integration for a connected account, and logs the upstream call. */
export function createProxyService(
  integrations: ReturnType<typeof createIntegrationService>,
  accounts: IntegratedAccountService,
  tokens: ReturnType<typeof createAccountTokenService>,
  http: () => HttpOptions,
  callLog: CallLog,
  overrideFor: OverrideLookup = async () => null,
  installOverride: InstallOverride = () => null,
) {
  // Integrations as last read, each used while the stamp read with an account (same query) still matches it.
  const integrationsRead = new Map<string, Integration>();

  async function integrationAt(id: string, stamp: { version: number; updatedAt: string } | null): Promise<Integration> {
    const known = integrationsRead.get(id);
    if (stamp && known && known.version === stamp.version && known.updatedAt === stamp.updatedAt) return known;
    const integration = await integrations.get(null, id);
    if (integrationsRead.size >= MAX_INTEGRATIONS) integrationsRead.clear();
    integrationsRead.set(id, integration);
    return integration;
  }

  /**
   * One method of the account's integration with a usable token; `config` replaces the integration's (a
   * ping's validation step). When the upstream answers 401 to an OAuth token that can be renewed without
   * the user, the token is renewed (even before its expiry) and the call repeated once.
   */
  async function run(
    account: IntegratedAccount,
    integration: Integration,
    resource: string,
    method: string,
    request: ProxyRequest,
    config?: JsonObject,
    flowStep?: { jobId: string; context: JsonObject },
    knownOverride?: JsonObject | null,
  ): Promise<EngineResult> {
    const override = knownOverride === undefined ? await overrideFor(account) : knownOverride;
    const attempt = (fresh: JsonObject) => {
      const context = flowStep ? { ...fresh, _step: flowStep.context } : fresh;
      return callLog.execute(
        { ...callOwnerOf(account), jobId: flowStep?.jobId ?? null },
        {
          config: config ?? integration.config,
          override,
          resource,
          method,
          id: request.id,
          query: request.query,
          body: request.body,
          context,
          cursor: request.cursor ?? null,
          limit: request.limit,
          defaultAuthorization: defaultAuthorizationOf(account),
          anyStatus: flowStep !== undefined,
        },
        http(),
      );
    };
    const context = await tokens.freshContext(account, integration);
    try {
      return await attempt(context);
    } catch (error) {
      if ((error as UpstreamFailure).upstreamStatus !== 401 || !tokens.renewable(account, context)) throw error;
      try {
        return await attempt(await tokens.freshContext(account, integration, tokens.accessToken(context)));
      } catch (repeated) {
        if ((repeated as UpstreamFailure).upstreamStatus === 401) tokens.renewalDidNotHelp(account, context);
        throw repeated;
      }
    }
  }

  return {
    /** `principal` null: the caller was authenticated otherwise (an MCP server's token for this account). */
    async call(
      principal: Principal | null,
      accountId: string,
      resource: string,
      method: string,
      request: ProxyRequest,
    ): Promise<EngineResult> {
      const { account, integration, install } = await accounts.getForProxy(principal, accountId);
      const override = account.applicationId ? installOverride(install) : null;
      return run(
        account,
        await integrationAt(account.integrationId, integration),
        resource,
        method,
        request,
        undefined,
        undefined,
        override,
      );
    },

    /**
     * Checks an account against its upstream: the integration's `actions.validation` request step when it
     * has one, else one page of the first resource's `list`.
     */
    async validate(account: IntegratedAccount): Promise<EngineResult> {
      const integration = await integrations.get(null, account.integrationId);
      const step = validationStep(integration.config);
      if (step) {
        // The step runs as a method of its own; the integration-level settings (base_url, auth…) still apply.
        const config = { ...integration.config, resources: { actions: { validation: { method: 'get', ...step } } } };
        return run(account, integration, 'actions', 'validation', { query: {}, limit: 1 }, config);
      }
      const resources = isObject(integration.config.resources) ? integration.config.resources : {};
      const listed = Object.keys(resources).find((name) => isObject(resources[name]) && isObject((resources[name] as JsonObject).list));
      if (!listed) {
        throw new AppError('unprocessable', 'The integration has no validation action and no resource with a list method to ping.', [
          { path: '_integrationId', message: 'The integration has nothing a ping can call.', code: 'ping_not_supported' },
        ]);
      }
      return run(account, integration, listed, 'list', { query: {}, limit: 1 });
    },

    /**
     * One request of an integrator.io flow step through the account's integration (its base URL and
     * authorization, a fresh token): `method` places the step's URI and headers from `context._step`.
     */
    async flowStep(
      account: IntegratedAccount,
      method: JsonObject,
      step: { jobId: string; context: JsonObject },
      body: unknown,
    ): Promise<EngineResult> {
      const integration = await integrations.get(null, account.integrationId);
      const uri = String(step.context.uri ?? '');
      if (/^https?:\/\//i.test(uri)) {
        // A next-page URL the upstream handed out gets the account's credentials: only on its own origin.
        const base = resolve(String(integration.config.base_url ?? ''), { context: account.context });
        const origin = (text: unknown) => {
          try {
            return new URL(String(text)).origin;
          } catch {
            return null;
          }
        };
        if (origin(uri) === null || origin(uri) !== origin(base)) {
          throw new AppError('unprocessable', `The step's URL is not on the origin of the account's integration.`);
        }
      }
      const config = { ...integration.config, resources: { flow: { step: method } } };
      return run(account, integration, 'flow', 'step', { query: {}, body }, config, step);
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
