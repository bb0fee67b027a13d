import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import type { CallRecord } from '../runtime/engine/execute.js';
import type { Executor } from '../store/executor.js';
import { insertUpstreamCall } from '../store/repositories/integrated-accounts.js';
import type { UpstreamCallRow } from '../store/tables.js';
import type { IntegratedAccount } from './integrated-account-model.js';

/** One line of an account's call log: proxied calls and token requests alike. */
export interface UpstreamCall extends CallRecord {
  id: string;
  integrationId: string;
  integratedAccountId: string;
  resource: string;
  method: string;
  createdAt: string;
}

/** Token requests are logged under this resource name, with the grant type as the method. */
export const OAUTH_RESOURCE = '_oauth';

export function toCall(row: UpstreamCallRow): UpstreamCall {
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

type AccountRef = Pick<IntegratedAccount, 'id' | 'organizationId' | 'integrationId'>;

/** Writes one call; the record holds no query string, header or body, so no credential reaches the log. */
export async function recordUpstreamCall(db: Executor, account: AccountRef, resource: string, method: string, call: CallRecord) {
  await insertUpstreamCall(db, {
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
