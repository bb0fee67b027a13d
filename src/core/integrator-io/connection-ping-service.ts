import { AppError } from '../../lib/errors.js';
import { nowIso } from '../../lib/time.js';
import type { HttpOptions } from '../../runtime/engine/http-client.js';
import { updateResourceAtVersion } from '../../store/repositories/resources.js';
import type { CallLog } from '../connections/call-log-service.js';
import { isAccountRow } from '../connections/integrated-account-model.js';
import type { IntegratedAccountService } from '../connections/integrated-account-service.js';
import type { createProxyService } from '../connections/proxy-service.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import type { Actor, CoreContext } from '../shared/context.js';
import { MISSED, writeRow } from '../shared/row-write.js';
import { openJson } from '../shared/sealed-json.js';
import { httpPingCall } from './http-connection-ping.js';
import { loadResource } from './resource-service.js';

export interface PingAnswer {
  code: 200;
  message: string;
  offline: false;
}

/** The upstream's refusal in integrator.io's terms: one error naming what the upstream said. */
function pingFailure(error: AppError): AppError {
  return new AppError(error.code, `The connection is offline: ${error.message.replace(/\.$/, '')}.`);
}

/**
 * `POST /v1/connections/{id}/ping`: a plain `http` connection is called through the engine from its own
 * `http` block; a connected account runs its integration's validation. A failure marks it offline, a
 * success online again; every upstream call is in the call log.
 */
export function createConnectionPingService(
  ctx: CoreContext,
  accounts: IntegratedAccountService,
  proxy: ReturnType<typeof createProxyService>,
  http: () => HttpOptions,
  callLog: CallLog,
) {
  /** Stores a plain connection's `offline` (one audited write) when it changes. */
  async function setOffline(actor: Actor, id: string, offline: boolean) {
    await writeRow(ctx, {
      table: 'resources',
      id,
      label: 'connection',
      load: (trx) => loadResource(trx, actor.principal, 'connection', id),
      versionOf: (row) => Number(row.version),
      apply: async (trx, row) => {
        const before = JSON.parse(row.attributes);
        if (Boolean(before.offline) === offline) return;
        const after = { ...before, offline };
        const changes = { attributes: JSON.stringify(after), version: Number(row.version) + 1, updated_at: nowIso() };
        if (!(await updateResourceAtVersion(trx, row.id, Number(row.version), changes))) return MISSED;
        await recordAudit(trx, actor, {
          ...auditTarget('connection', row, { applicationId: null, integrationId: null }),
          event: 'update',
          before,
          after,
        });
      },
    });
  }

  async function attempt(run: () => Promise<unknown>, mark: (ok: boolean) => Promise<unknown>): Promise<PingAnswer> {
    try {
      await run();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // What stops a ping before it reaches the upstream (nothing to call, a config it cannot use, an
      // integration that is gone, an account not authorized yet, an address the egress policy refuses) says
      // nothing about the connection's health.
      if (error.code === 'unprocessable' || error.code === 'egress_refused') throw error;
      if (error.code === 'bad_request' || error.code === 'not_found') {
        throw new AppError('unprocessable', error.message, [{ path: '_id', message: error.message, code: 'ping_not_supported' }]);
      }
      await mark(false);
      throw pingFailure(error);
    }
    await mark(true);
    return { code: 200, message: 'The connection is online.', offline: false };
  }

  return {
    async ping(actor: Actor, id: string): Promise<PingAnswer> {
      const row = await loadResource(ctx.store.db, actor.principal, 'connection', id);
      if (isAccountRow(row)) {
        const account = await accounts.get(actor.principal, row.id);
        return attempt(
          () => proxy.validate(account),
          (ok) => accounts.markPinged(actor, row.id, ok),
        );
      }
      // Checked before anything is sent: a connection Junction cannot ping is not marked offline.
      const call = httpPingCall(openJson(ctx.encryptionKey, row.attributes, row.secrets));
      return attempt(
        () => callLog.execute({ organizationId: row.organization_id, connectionId: row.id, integrationId: null }, call, http()),
        (ok) => setOffline(actor, row.id, !ok),
      );
    },
  };
}
