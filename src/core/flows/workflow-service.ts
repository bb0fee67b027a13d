import type { Principal } from '../../auth/principal.js';
import { notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import type { ListFilter, PageRequest } from '../../store/paging.js';
import {
  deleteFlowRow,
  findFlow,
  insertFlow,
  listFlows,
  replaceFlowIntegrationTriggers,
  updateFlowAtVersion,
} from '../../store/repositories/flows.js';
import { requireApplication } from '../shared/access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { MISSED, writeRow } from '../shared/row-write.js';
import { type Flow, type FlowFields, flowAuditView, flowFieldsToColumns, rowToFlow, triggeredIntegrationIds } from './flow-model.js';

/** `changed`: a workflow was created, changed or deleted (after its commit); the workflow runner reloads. */
export function createFlowService(ctx: CoreContext, hooks: { changed?: () => void } = {}) {
  const changed = <T>(result: T): T => {
    hooks.changed?.();
    return result;
  };

  async function load(db: Executor, principal: Principal | null, applicationId: string, id: string) {
    const app = await requireApplication(db, principal, applicationId);
    const row = isId(id) ? await findFlow(db, normalizeId(id)) : undefined;
    if (!row || row.application_id !== app.id) throw notFound('Flow');
    return row;
  }

  return {
    async create(actor: Actor, applicationId: string, fields: FlowFields): Promise<Flow> {
      const created = await transaction(ctx, async (trx) => {
        const app = await requireApplication(trx, actor.principal, applicationId);
        const now = nowIso();
        const row = {
          id: newId(),
          organization_id: app.organization_id,
          application_id: app.id,
          ...flowFieldsToColumns(fields),
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await insertFlow(trx, row);
        await replaceFlowIntegrationTriggers(trx, row.id, triggeredIntegrationIds(fields.triggers));
        await recordAudit(trx, actor, {
          ...auditTarget('flow', row),
          event: 'create',
          before: null,
          after: flowAuditView(fields),
        });
        return rowToFlow(row);
      });
      return changed(created);
    },

    async get(principal: Principal, applicationId: string, id: string): Promise<Flow> {
      return rowToFlow(await load(ctx.store.db, principal, applicationId, id));
    },

    async list(principal: Principal, applicationId: string, filter: ListFilter | null, page: PageRequest) {
      const app = await requireApplication(ctx.store.db, principal, applicationId);
      const result = await listFlows(ctx.store.db, app.id, filter, page);
      return { total: result.total, items: result.rows.map(rowToFlow) };
    },

    async update(actor: Actor, applicationId: string, id: string, mutate: (current: Flow) => FlowFields): Promise<Flow> {
      const updated = await writeRow(ctx, {
        table: 'flows',
        id,
        label: 'workflow',
        load: (trx) => load(trx, actor.principal, applicationId, id),
        versionOf: (row) => Number(row.version),
        apply: async (trx, row) => {
          const current = rowToFlow(row);
          const next = mutate(current);
          const updatedAt = nowIso();
          const columns = { ...flowFieldsToColumns(next), version: current.version + 1, updated_at: updatedAt };
          if (!(await updateFlowAtVersion(trx, current.id, current.version, columns))) return MISSED;
          await replaceFlowIntegrationTriggers(trx, current.id, triggeredIntegrationIds(next.triggers));
          await recordAudit(trx, actor, {
            ...auditTarget('flow', current, { integrationId: next.integrationId }),
            event: 'update',
            before: flowAuditView(current),
            after: flowAuditView(next),
          });
          return { ...current, ...next, version: current.version + 1, updatedAt };
        },
      });
      return changed(updated);
    },

    async delete(actor: Actor, applicationId: string, id: string): Promise<void> {
      await transaction(ctx, async (trx) => {
        const current = rowToFlow(await load(trx, actor.principal, applicationId, id));
        await deleteFlowRow(trx, current.id);
        await recordAudit(trx, actor, {
          ...auditTarget('flow', current),
          event: 'delete',
          before: flowAuditView(current),
          after: null,
        });
      });
      changed(undefined);
    },
  };
}

export type FlowService = ReturnType<typeof createFlowService>;
