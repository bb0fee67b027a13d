import type { Principal } from '../../auth/principal.js';
import { notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import type { ListFilter, PageRequest } from '../../store/paging.js';
import { deleteFlowRow, findFlowsTriggeredBy } from '../../store/repositories/flows.js';
import {
  deleteIntegrationRow,
  findApplicationIntegrationCount,
  findApplicationIntegrationLocked,
  findApplicationIntegrationStamp,
  findIntegration,
  findIntegrationLocked,
  findIntegrationStamp,
  findIntegrations,
  insertIntegration,
  listIntegrationStamps,
  listIntegrations,
  liveStatusOfStamp,
  type StampLiveColumns,
  updateIntegrationAudited,
} from '../../store/repositories/integrations.js';
import { findLiveStatuses } from '../../store/repositories/live-status.js';
import type { LiveStatusRow } from '../../store/tables.js';
import { flowAuditView, rowToFlow } from '../flows/flow-model.js';
import { requireApplication } from '../shared/access.js';
import { auditEventRow, auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { MISSED, writeRow } from '../shared/row-write.js';
import { mayReachIntegration } from './integration-access.js';
import {
  auditChange,
  auditView,
  fieldsToColumns,
  type Integration,
  type IntegrationFields,
  integrationWrite,
  keepStoredSecrets,
  rowToIntegration,
} from './integration-model.js';
import { isLiveType, withStatus } from './live-status.js';
import { checkTypeConfigs } from './type-configs.js';

export const INTEGRATION_DEFAULTS: Omit<IntegrationFields, 'name'> = {
  description: null,
  integrationType: null,
  category: null,
  enabled: true,
  sharing: 'deny',
  isBeta: false,
  attributes: {},
  config: {},
  settings: {},
};

/** The audit event of an integration update: secret-free before/after views and the secret paths that changed. */
export function auditIntegrationUpdate(
  trx: Executor,
  actor: Actor,
  row: { id: string; organization_id: string; application_id: string | null },
  current: IntegrationFields,
  next: IntegrationFields,
) {
  return recordAudit(trx, actor, {
    ...auditTarget('integration', row, { integrationId: row.id }),
    event: 'update',
    ...auditChange(current, next),
  });
}

/** One stored state of an integration: every write bumps both. */
export interface Stamp {
  id: string;
  version: number;
  updatedAt: string;
  /** A live integration's status row, which changes apart from its version ('' for other types). */
  status: string;
}

/** What identifies one state of a live status row. */
function statusKeyOf(row: LiveStatusRow | undefined): string {
  if (!row) return '-';
  return [row.updated_at, row.connected_at, row.disconnected_at, row.error, row.last_keep_alive_at, row.next_attempt_at].join('|');
}

/** What `listState` read of an application: its integrations' count and change generation. */
export interface ApplicationListState {
  applicationId: string;
  organizationId: string;
  total: number;
  generation: number;
}

export interface UpdateOptions {
  /** Refuse the write unless the stored version equals this one. */
  expectedVersion?: number;
  /** Only reach integrations of this application (Losant paths carry one). */
  applicationId?: string;
}

export interface IntegrationHooks {
  /** A live (MQTT/WebSocket) integration was created, changed or deleted here; called after the commit. */
  liveChanged?(integrationId: string): void;
}

export function createIntegrationService(ctx: CoreContext, hooks: IntegrationHooks = {}) {
  const key = ctx.encryptionKey;
  const changed = (integration: { id: string; integrationType: string | null }) => {
    if (isLiveType(integration.integrationType)) hooks.liveChanged?.(integration.id);
  };
  const shown = async (integration: Integration) => (await withStatus(ctx.store.db, [integration]))[0];

  /** The row the principal may reach; `locked` reads it with its row lock (a write's transaction). */
  async function load(db: Executor, principal: Principal | null, id: string, applicationId?: string, locked = false) {
    const app = applicationId === undefined ? null : await requireApplication(db, principal, applicationId);
    const find = locked
      ? (integrationId: string) => findIntegrationLocked(db, ctx.store.dialect, integrationId)
      : findIntegration.bind(null, db);
    const row = isId(id) ? await find(normalizeId(id)) : undefined;
    if (!row || !mayReachIntegration(principal, row)) throw notFound('Integration');
    if (app && row.application_id !== app.id) throw notFound('Integration');
    return row;
  }

  /**
   * `load` for a write, locking the row: with an application, its check and the row are one query when
   * both pass; anything else takes `load`'s steps, which give the exact refusal.
   */
  async function loadLocked(db: Executor, principal: Principal | null, id: string, applicationId?: string) {
    if (applicationId !== undefined && isId(applicationId) && isId(id)) {
      const appId = normalizeId(applicationId);
      const found = await findApplicationIntegrationLocked(db, ctx.store.dialect, appId, normalizeId(id));
      if (found) {
        const { application_organization_id: appOrganizationId, ...row } = found;
        const appReachable =
          (!principal?.applicationId || principal.applicationId === appId) &&
          (!principal || appOrganizationId === principal.organizationId);
        if (appReachable && mayReachIntegration(principal, row)) return row;
      }
    }
    return load(db, principal, id, applicationId, true);
  }

  return {
    async create(actor: Actor, owner: { organizationId: string; applicationId: string | null }, written: IntegrationFields) {
      const fields = keepStoredSecrets(written, null);
      checkTypeConfigs(fields.integrationType, fields.attributes);
      const created = await transaction(ctx, async (trx) => {
        const app = owner.applicationId ? await requireApplication(trx, actor.principal, owner.applicationId) : null;
        const now = nowIso();
        const row = {
          id: newId(),
          organization_id: owner.organizationId,
          application_id: app?.id ?? null,
          ...fieldsToColumns(key, fields),
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await insertIntegration(trx, row);
        await recordAudit(trx, actor, {
          ...auditTarget('integration', row, { integrationId: row.id }),
          event: 'create',
          before: null,
          after: auditView(fields),
        });
        return rowToIntegration(key, row);
      });
      changed(created);
      return shown(created);
    },

    async get(principal: Principal | null, id: string, applicationId?: string): Promise<Integration> {
      return shown(rowToIntegration(key, await load(ctx.store.db, principal, id, applicationId)));
    },

    /**
     * The integration's current stamp when the caller may reach it, read in one query without the JSON
     * columns (and, for a live type, its status row); undefined otherwise (`get` then gives the exact
     * refusal). A surface's encoded body for this stamp is the answer `get` would give.
     */
    async stampOf(principal: Principal, id: string, applicationId?: string): Promise<Stamp | undefined> {
      if (!isId(id)) return undefined;
      const integrationId = normalizeId(id);
      let row: ({ version: number | string; updated_at: string; integration_type: string | null } & StampLiveColumns) | undefined;
      if (applicationId === undefined) {
        const found = await findIntegrationStamp(ctx.store.db, integrationId);
        if (found && mayReachIntegration(principal, found)) row = found;
      } else {
        if (!isId(applicationId)) return undefined;
        const appId = normalizeId(applicationId);
        if (principal.applicationId && principal.applicationId !== appId) return undefined;
        const found = await findApplicationIntegrationStamp(ctx.store.db, appId, integrationId);
        const sameOrganization =
          found?.application_organization_id === principal.organizationId && found.organization_id === principal.organizationId;
        if (found && sameOrganization) row = found;
      }
      if (!row) return undefined;
      const status = isLiveType(row.integration_type) ? statusKeyOf(liveStatusOfStamp(row)) : '';
      return { id: integrationId, version: Number(row.version), updatedAt: row.updated_at, status };
    },

    async listInApplication(principal: Principal, applicationId: string, filter: ListFilter | null, page: PageRequest) {
      const app = await requireApplication(ctx.store.db, principal, applicationId);
      const result = await listIntegrations(ctx.store.db, { organizationId: app.organization_id, applicationId: app.id }, filter, page);
      const items = await withStatus(
        ctx.store.db,
        result.rows.map((r) => rowToIntegration(key, r)),
      );
      return { total: result.total, items };
    },

    /**
     * The application's integration count and generation (one query), refused as `requireApplication`
     * refuses. The same generation means the same integrations and statuses: a list page encoded under
     * it is still the answer.
     */
    async listState(principal: Principal, applicationId: string): Promise<ApplicationListState> {
      const id = isId(applicationId) ? normalizeId(applicationId) : undefined;
      const reachable = id !== undefined && (!principal.applicationId || principal.applicationId === id);
      const found = reachable ? await findApplicationIntegrationCount(ctx.store.db, id) : undefined;
      if (!id || !found || found.organizationId !== principal.organizationId) throw notFound('Application');
      return { applicationId: id, ...found };
    },

    /**
     * A page like `listInApplication`'s as stamps, for an application `listState` let the caller reach:
     * `known` says which stamps the caller has a body for; only the others are read whole and decoded.
     */
    async listStampedInApplication(
      state: ApplicationListState,
      filter: ListFilter | null,
      page: PageRequest,
      known: (stamp: Stamp) => boolean,
    ) {
      const app = { id: state.applicationId };
      const scope = { organizationId: state.organizationId, applicationId: app.id };
      const result = await listIntegrationStamps(ctx.store.db, scope, filter, page, filter ? undefined : state.total);
      const live = result.rows.filter((row) => isLiveType(row.integration_type)).map((row) => row.id);
      const statuses = await findLiveStatuses(ctx.store.db, live);
      const stamps: Stamp[] = result.rows.map((row) => ({
        id: row.id,
        version: Number(row.version),
        updatedAt: row.updated_at,
        status: isLiveType(row.integration_type) ? statusKeyOf(statuses.get(row.id)) : '',
      }));
      const missing = new Set(stamps.filter((stamp) => !known(stamp)).map((stamp) => stamp.id));
      const rows = (await findIntegrations(ctx.store.db, [...missing])).filter((row) => row.application_id === app.id);
      const decoded = new Map<string, Integration>();
      for (const integration of await withStatus(
        ctx.store.db,
        rows.map((row) => rowToIntegration(key, row)),
      ))
        decoded.set(integration.id, integration);
      // A row written between the two reads is answered as it is now; it is kept only under a stamp that matches.
      const items = stamps.flatMap((stamp): Array<{ stamp: Stamp | null; integration: Integration | undefined }> => {
        const integration = decoded.get(stamp.id);
        if (integration) {
          const same = integration.version === stamp.version && integration.updatedAt === stamp.updatedAt;
          return [{ stamp: same ? stamp : null, integration }];
        }
        return missing.has(stamp.id) ? [] : [{ stamp, integration: undefined }];
      });
      return { total: result.total, items };
    },

    /** Every integration of the principal's organization that it can reach, whichever surface made it. */
    async listInOrganization(principal: Principal, filter: ListFilter | null, page: PageRequest) {
      const scope = {
        organizationId: principal.organizationId,
        ...(principal.applicationId ? { reachableFrom: principal.applicationId } : {}),
      };
      const result = await listIntegrations(ctx.store.db, scope, filter, page);
      return { total: result.total, items: result.rows.map((r) => rowToIntegration(key, r)) };
    },

    /**
     * Applies `mutate` to the current state and stores the result with its audit event and version bump
     * in one transaction. Without `expectedVersion`, a concurrent writer causes a re-read and retry.
     */
    async update(
      actor: Actor,
      id: string,
      mutate: (current: Integration) => IntegrationFields,
      options: UpdateOptions = {},
    ): Promise<Integration> {
      const updated = await writeRow(ctx, {
        table: 'integrations',
        id,
        label: 'integration',
        load: (trx) => loadLocked(trx, actor.principal, id, options.applicationId),
        locksRow: true,
        versionOf: (row) => Number(row.version),
        expectedVersion: options.expectedVersion,
        apply: async (trx, row) => {
          const current = rowToIntegration(key, row);
          const next = keepStoredSecrets(mutate(current), current);
          checkTypeConfigs(next.integrationType, next.attributes, current.attributes);
          const updatedAt = nowIso();
          const version = current.version + 1;
          const write = integrationWrite(key, row, current, next);
          const audit = auditEventRow(actor, {
            ...auditTarget('integration', row, { integrationId: row.id }),
            event: 'update',
            ...write.audit,
          });
          const changes = { ...write.columns, version, updated_at: updatedAt };
          if (!(await updateIntegrationAudited(trx, ctx.store.dialect, row.id, current.version, changes, audit))) return MISSED;
          return { ...current, ...next, version, updatedAt };
        },
      });
      changed(updated);
      return shown(updated);
    },

    /** Deletes the integration and, when asked, every flow of its application that it triggers. */
    async delete(actor: Actor, id: string, options: { applicationId?: string; includeWorkflows?: boolean } = {}) {
      let deleted: { id: string; integrationType: string | null } | null = null;
      const result = await transaction(ctx, async (trx) => {
        const row = await load(trx, actor.principal, id, options.applicationId);
        const deletedFlows: string[] = [];
        if (options.includeWorkflows && row.application_id) {
          for (const flowRow of await findFlowsTriggeredBy(trx, row.application_id, row.id)) {
            await deleteFlowRow(trx, flowRow.id);
            deletedFlows.push(flowRow.id);
            await recordAudit(trx, actor, {
              ...auditTarget('flow', flowRow),
              event: 'delete',
              before: flowAuditView(rowToFlow(flowRow)),
              after: null,
            });
          }
        }
        await deleteIntegrationRow(trx, row.id);
        await recordAudit(trx, actor, {
          ...auditTarget('integration', row, { integrationId: row.id }),
          event: 'delete',
          before: auditView(rowToIntegration(key, row)),
          after: null,
        });
        deleted = { id: row.id, integrationType: row.integration_type };
        return { deletedFlows };
      });
      if (deleted) changed(deleted);
      return result;
    },
  };
}

export type IntegrationService = ReturnType<typeof createIntegrationService>;
