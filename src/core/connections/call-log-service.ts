import { badRequest } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { scrubSecrets } from '../../lib/secrets.js';
import { isRowRefused } from '../../lib/store-unavailable.js';
import { nowIso } from '../../lib/time.js';
import { type CallRecord, type EngineCall, type EngineResult, execute } from '../../runtime/engine/execute.js';
import type { HttpOptions } from '../../runtime/engine/http-client.js';
import { findUpstreamCall, insertUpstreamCalls, listUpstreamCalls } from '../../store/repositories/integrated-accounts.js';
import type { UpstreamCallRow } from '../../store/tables.js';
import type { CoreContext } from '../shared/context.js';

/** One line of an account's call log: proxied calls and token requests alike. */
export interface UpstreamCall extends CallRecord {
  id: string;
  /** Null for a plain integrator.io connection. */
  integrationId: string | null;
  integratedAccountId: string;
  jobId: string | null;
  resource: string;
  method: string;
  createdAt: string;
}

/** Token requests are logged under this resource name, with the grant type as the method. */
export const OAUTH_RESOURCE = '_oauth';

/** Whose call it is: a connection (account or plain) of an organization, maybe of an integration. */
export interface CallOwner {
  organizationId: string;
  connectionId: string;
  integrationId: string | null;
  /** The flow run the call was made for. */
  jobId?: string | null;
}

export const callOwnerOf = (account: { id: string; organizationId: string; integrationId: string }): CallOwner => ({
  organizationId: account.organizationId,
  connectionId: account.id,
  integrationId: account.integrationId,
});

function toCall(row: UpstreamCallRow): UpstreamCall {
  return {
    id: row.id,
    integrationId: row.integration_id,
    integratedAccountId: row.integrated_account_id,
    jobId: row.job_id,
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

/** Text as both stores take it: no NUL character (PostgreSQL refuses it), at most `max` characters. */
const storable = (text: string, max: number) => text.replaceAll('\u0000', '').slice(0, max);

/** Rows wait this long to be written together: one transaction for many calls instead of one each. */
const FLUSH_DELAY_MS = 25;
const FLUSH_BATCH = 200;
/** A store that takes no writes is asked again this much later, not every flush delay. */
const RETRY_DELAY_MS = 1_000;
/** While the store refuses writes, at most this many rows wait; older ones are dropped. */
const MAX_PENDING = 10_000;

/**
 * The log of upstream calls. Writes are buffered briefly and flushed in batches, off the caller's
 * response path; reads (and `flush`, called at shutdown) write what is pending first.
 */
export function createCallLog(ctx: CoreContext) {
  let pending: UpstreamCallRow[] = [];
  let timer: NodeJS.Timeout | null = null;
  let flushing: Promise<void> = Promise.resolve();
  let failing = false;

  /**
   * Writes one batch and answers the rows to try again later. When the store refuses a row for what it
   * holds, rows go one by one and the refused ones are dropped, so one bad row holds up nothing; any
   * other failure (the store away, full, read-only) keeps them all.
   */
  async function writeBatch(batch: UpstreamCallRow[]): Promise<UpstreamCallRow[]> {
    try {
      await insertUpstreamCalls(ctx.store.db, batch);
      return [];
    } catch (error) {
      if (!isRowRefused(error)) return batch;
    }
    let dropped = 0;
    for (const [i, row] of batch.entries()) {
      try {
        await insertUpstreamCalls(ctx.store.db, [row]);
      } catch (error) {
        if (!isRowRefused(error)) return batch.slice(i);
        dropped++;
        if (dropped === 1) process.emitWarning(`upstream call log: the store refused a row; dropped (${String(error)})`);
      }
    }
    return [];
  }

  async function writePending(): Promise<void> {
    while (pending.length > 0) {
      const batch = pending.slice(0, FLUSH_BATCH);
      pending = pending.slice(batch.length);
      const retry = await writeBatch(batch);
      if (retry.length === 0) {
        failing = false;
        continue;
      }
      pending = [...retry, ...pending].slice(-MAX_PENDING);
      if (!failing) process.emitWarning(`upstream call log: the store takes no writes just now, ${pending.length} rows kept for retry`);
      failing = true;
      schedule(RETRY_DELAY_MS);
      return;
    }
  }

  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    flushing = flushing.then(writePending);
    return flushing;
  }

  function schedule(delayMs = FLUSH_DELAY_MS) {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delayMs);
    timer.unref();
  }

  const log = {
    /**
     * The record holds no query string, header or body; secret values of `context` that a config placed
     * in the path (or an upstream echoed in its error) are masked, so no credential reaches the log.
     */
    record(owner: CallOwner, resource: string, method: string, call: CallRecord, context: unknown = {}): void {
      const integration = owner.integrationId ?? 'none';
      if (resource === OAUTH_RESOURCE) {
        const failed = call.status === null || call.status >= 400 || call.error !== null;
        ctx.store.metrics.tokenRequest(integration, method, failed);
      } else ctx.store.metrics.upstreamCall(integration, call.status, call.durationMs);
      pending.push({
        id: newId(),
        organization_id: owner.organizationId,
        integrated_account_id: owner.connectionId,
        integration_id: owner.integrationId,
        resource: storable(resource, 255),
        method: storable(method, 255),
        http_method: storable(call.httpMethod, 16),
        path: storable(scrubSecrets(call.path, context), 2_000),
        status: call.status,
        duration_ms: call.durationMs,
        attempts: call.attempts,
        error: call.error === null ? null : storable(scrubSecrets(call.error, context), 1_000),
        created_at: nowIso(),
        job_id: owner.jobId ?? null,
      });
      if (pending.length >= FLUSH_BATCH) void flush();
      else schedule();
    },

    /** Runs one engine call and logs its upstream call, whether it succeeded or not. */
    async execute(owner: CallOwner, call: EngineCall, http: HttpOptions): Promise<EngineResult> {
      let logged: CallRecord | null = null;
      try {
        return await execute(call, http, (r) => {
          logged = r;
        });
      } finally {
        if (logged) log.record(owner, call.resource, call.method, logged, call.context);
      }
    },

    flush,

    /** An account's calls, newest first, continued before the last id of the previous page. */
    async list(accountId: string, page: { beforeId: string | null; limit: number }) {
      await flush();
      let before: { createdAt: string; id: string } | null = null;
      if (page.beforeId) {
        const row = isId(page.beforeId) ? await findUpstreamCall(ctx.store.db, accountId, normalizeId(page.beforeId)) : undefined;
        if (!row) throw badRequest('next_cursor is not a cursor this server issued');
        before = { createdAt: row.created_at, id: row.id };
      }
      const rows = await listUpstreamCalls(ctx.store.db, accountId, before, page.limit + 1);
      const items = rows.slice(0, page.limit).map(toCall);
      return { items, nextBeforeId: rows.length > page.limit ? items[items.length - 1].id : null };
    },
  };
  return log;
}

export type CallLog = ReturnType<typeof createCallLog>;
