import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/time.js';
import { type CallRecord, type EngineCall, type EngineResult, execute } from '../runtime/engine/execute.js';
import type { HttpOptions } from '../runtime/engine/http-client.js';
import { insertUpstreamCall } from '../store/repositories/integrated-accounts.js';
import type { UpstreamCallRow } from '../store/tables.js';
import type { CoreContext } from './context.js';

/** One logged call: the engine's record of it, and whose it was. */
export interface UpstreamCall extends CallRecord {
  id: string;
  /** Null for a plain integrator.io connection. */
  integrationId: string | null;
  integratedAccountId: string;
  resource: string;
  method: string;
  createdAt: string;
}

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

/** Whose call it is: a connection (account or plain) of an organization, maybe of an integration. */
export interface CallOwner {
  organizationId: string;
  connectionId: string;
  integrationId: string | null;
}

/** Runs one engine call and writes its upstream call to the log, whether it succeeded or not. */
export async function executeLogged(ctx: CoreContext, owner: CallOwner, call: EngineCall, http: HttpOptions): Promise<EngineResult> {
  let logged: CallRecord | null = null;
  try {
    return await execute(call, http, (r) => {
      logged = r;
    });
  } finally {
    const r = logged as CallRecord | null;
    if (r) {
      await insertUpstreamCall(ctx.store.db, {
        id: newId(),
        organization_id: owner.organizationId,
        integrated_account_id: owner.connectionId,
        integration_id: owner.integrationId,
        resource: call.resource,
        method: call.method,
        http_method: r.httpMethod,
        path: r.path,
        status: r.status,
        duration_ms: r.durationMs,
        attempts: r.attempts,
        error: r.error === null ? null : r.error.slice(0, 1_000),
        created_at: nowIso(),
      });
    }
  }
}
