import type { Principal } from '../../auth/principal.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { ListFilter, PageRequest } from '../../store/paging.js';
import { deleteApplicationTokens } from '../../store/repositories/api-tokens.js';
import { deleteApplicationRow, insertApplication, listApplications, updateApplication } from '../../store/repositories/applications.js';
import { deleteApplicationFlows } from '../../store/repositories/flows.js';
import { deleteApplicationIntegrations } from '../../store/repositories/integrations.js';
import type { ApplicationRow } from '../../store/tables.js';
import { requireApplication } from '../shared/access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { writeRow } from '../shared/row-write.js';

export interface Application {
  id: string;
  organizationId: string;
  name: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export function rowToApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const auditFields = (a: Pick<Application, 'name' | 'description'>) => ({ name: a.name, description: a.description });

export function createApplicationService(ctx: CoreContext) {
  return {
    async create(actor: Actor, organizationId: string, fields: { name: string; description?: string | null }) {
      return transaction(ctx, async (trx) => {
        const now = nowIso();
        const row: ApplicationRow = {
          id: newId(),
          organization_id: organizationId,
          name: fields.name,
          description: fields.description ?? null,
          created_at: now,
          updated_at: now,
        };
        await insertApplication(trx, row);
        await recordAudit(trx, actor, {
          ...auditTarget('application', row, { applicationId: row.id }),
          event: 'create',
          before: null,
          after: auditFields(row),
        });
        return rowToApplication(row);
      });
    },

    async get(principal: Principal, id: string) {
      return rowToApplication(await requireApplication(ctx.store.db, principal, id));
    },

    async list(principal: Principal, filter: ListFilter | null, page: PageRequest) {
      const result = await listApplications(
        ctx.store.db,
        { organizationId: principal.organizationId, applicationId: principal.applicationId },
        filter,
        page,
      );
      return { total: result.total, items: result.rows.map(rowToApplication) };
    },

    async update(actor: Actor, id: string, changes: { name?: string; description?: string | null }): Promise<Application> {
      return writeRow(ctx, {
        table: 'applications',
        id,
        label: 'application',
        load: (trx) => requireApplication(trx, actor.principal, id),
        apply: async (trx, row) => {
          const before = rowToApplication(row);
          const after = { ...before, ...changes, updatedAt: nowIso() };
          await updateApplication(trx, before.id, { name: after.name, description: after.description, updated_at: after.updatedAt });
          await recordAudit(trx, actor, {
            ...auditTarget('application', before, { applicationId: before.id }),
            event: 'update',
            before: auditFields(before),
            after: auditFields(after),
          });
          return after;
        },
      });
    },

    /** Removes the application with its integrations, flows and tokens. */
    async delete(actor: Actor, id: string) {
      await transaction(ctx, async (trx) => {
        const before = rowToApplication(await requireApplication(trx, actor.principal, id));
        await deleteApplicationFlows(trx, before.id);
        await deleteApplicationIntegrations(trx, before.id);
        await deleteApplicationTokens(trx, before.id);
        await deleteApplicationRow(trx, before.id);
        await recordAudit(trx, actor, {
          ...auditTarget('application', before, { applicationId: before.id }),
          event: 'delete',
          before: auditFields(before),
          after: null,
        });
      });
    },
  };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
