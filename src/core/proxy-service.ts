import type { Principal } from '../auth/principal.js';
import { isId, newId, normalizeId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { type CallRecord, type EngineResult, execute } from '../runtime/engine/execute.js';
import type { HttpOptions } from '../runtime/engine/http-client.js';
import { findUpstreamCall, insertUpstreamCall, listUpstreamCalls } from '../store/repositories/integrated-accounts.js';
import type { UpstreamCallRow } from '../store/tables.js';
import type { createAccountTokenService } from './account-token-service.js';
import type { CoreContext } from './context.js';
import { badRequest } from './errors.js';
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

export interface UpstreamCall {
  id: string;
  integrationId: string;
  integratedAccountId: string;
  resource: string;
  method: string;
  httpMethod: string;
  path: string;
  status: number | null;
  durationMs: number;
  attempts: number;
  error: string | null;
  createdAt: string;
}

function toCall(row: UpstreamCallRow): UpstreamCall {
  return {
    id: row.id,
    integrationId: row.integration_id,
    integratedAccountId: row.integrated_account_id,
    resource: row.resource,
    method: row.method,
    httpMethod: row.http_method,
    path: row.path,
    status: row.status === null ? null : Number(row.status),
    durationMs: Number(row.duration_ms),
    attempts: Number(row.attempts),
    error: row.error,
    createdAt: row.created_at,
  };
}

const DEFAULT_AUTHORIZATION: Record<string, string> = { oauth2: 'bearer', oauth2_client_credentials: 'bearer', api_key: 'header' };

/** Runs one resource method of an integration for a connected account, and logs the upstream call. */
export function createProxyService(
  ctx: CoreContext,
  integrations: ReturnType<typeof createIntegrationService>,
  accounts: IntegratedAccountService,
  tokens: ReturnType<typeof createAccountTokenService>,
  http: () => HttpOptions,
  overrideFor: OverrideLookup = async () => null,
) {
  async function record(account: IntegratedAccount, resource: string, method: string, call: CallRecord) {
    await insertUpstreamCall(ctx.store.db, {
      id: newId(),
      organization_id: account.organizationId,
      integrated_account_id: account.id,
      integration_id: account.integrationId,
      resource,
      method,
      http_method: call.httpMethod,
      path: call.path,
      status: call.status,
      duration_ms: call.durationMs,
      attempts: call.attempts,
      error: call.error === null ? null : call.error.slice(0, 1_000),
      created_at: nowIso(),
    });
  }

  return {
    async call(principal: Principal, accountId: string, resource: string, method: string, request: ProxyRequest): Promise<EngineResult> {
      const account = await accounts.get(principal, accountId);
      const integration = await integrations.get(null, account.integrationId);
      const context = await tokens.freshContext(account, integration);
      let logged: CallRecord | null = null;
      try {
        return await execute(
          {
            config: integration.config,
            override: await overrideFor(account),
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
        if (logged) await record(account, resource, method, logged);
      }
    },

    /** The account's upstream calls, newest first. */
    async calls(principal: Principal, accountId: string, page: { beforeId: string | null; limit: number }) {
      const account = await accounts.get(principal, accountId);
      let before: { createdAt: string; id: string } | null = null;
      if (page.beforeId) {
        const row = isId(page.beforeId) ? await findUpstreamCall(ctx.store.db, account.id, normalizeId(page.beforeId)) : undefined;
        if (!row) throw badRequest('next_cursor is not a cursor this server issued');
        before = { createdAt: row.created_at, id: row.id };
      }
      const rows = await listUpstreamCalls(ctx.store.db, account.id, before, page.limit + 1);
      const items = rows.slice(0, page.limit).map(toCall);
      return { items, nextBeforeId: rows.length > page.limit ? items[items.length - 1].id : null };
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
