import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import type { PageRequest } from '../../store/paging.js';
import { deleteShareRow, findShare, findShareByEmail, insertShare, listShares, updateShare } from '../../store/repositories/shares.js';
import type { ShareRow } from '../../store/tables.js';
import { requireIntegration } from '../integrations/integration-access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { writeRow } from '../shared/row-write.js';

export type AccessLevel = 'manage' | 'monitor';

/** A user invited to an integration (integrator.io `ashares`). */
export interface Share {
  id: string;
  integrationId: string;
  email: string;
  accessLevel: AccessLevel;
  accepted: boolean;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

function rowToShare(row: ShareRow): Share {
  return {
    id: row.id,
    integrationId: row.integration_id,
    email: row.email,
    accessLevel: row.access_level as AccessLevel,
    accepted: Boolean(row.accepted),
    disabled: Boolean(row.disabled),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const view = (s: Share) => ({ email: s.email, accessLevel: s.accessLevel, accepted: s.accepted, disabled: s.disabled });

export function createShareService(ctx: CoreContext) {
  /** The share and its integration, both reachable by the principal; 404 otherwise. */
  async function load(db: Executor, principal: Principal | null, id: string) {
    const row = isId(id) ? await findShare(db, normalizeId(id)) : undefined;
    if (!row) throw notFound('Share');
    const integration = await requireIntegration(db, principal, row.integration_id).catch(() => {
      throw notFound('Share');
    });
    return { row, integration };
  }

  function audit(trx: Executor, actor: Actor, row: ShareRow, event: 'create' | 'update' | 'delete', before: unknown, after: unknown) {
    return recordAudit(trx, actor, { ...auditTarget('ashare', row, { applicationId: null }), event, before, after });
  }

  return {
    invite(actor: Actor, integrationId: string, input: { email: string; accessLevel: AccessLevel }): Promise<Share> {
      return transaction(ctx, async (trx) => {
        const integration = await requireIntegration(trx, actor.principal, integrationId);
        const email = input.email.trim().toLowerCase();
        if (await findShareByEmail(trx, integration.id, email)) {
          throw new AppError('conflict', `${email} is already invited to this integration`);
        }
        const now = nowIso();
        const row: ShareRow = {
          id: newId(),
          organization_id: integration.organization_id,
          integration_id: integration.id,
          email,
          access_level: input.accessLevel,
          accepted: 0,
          disabled: 0,
          created_at: now,
          updated_at: now,
        };
        await insertShare(trx, row);
        const share = rowToShare(row);
        await audit(trx, actor, row, 'create', null, view(share));
        return share;
      });
    },

    async list(principal: Principal, integrationId: string, page: PageRequest) {
      const integration = await requireIntegration(ctx.store.db, principal, integrationId);
      const result = await listShares(ctx.store.db, integration.id, page);
      return { total: result.total, items: result.rows.map(rowToShare) };
    },

    async get(principal: Principal, id: string): Promise<Share> {
      return rowToShare((await load(ctx.store.db, principal, id)).row);
    },

    update(actor: Actor, id: string, input: { accessLevel?: AccessLevel; disabled?: boolean }): Promise<Share> {
      return writeRow(ctx, {
        table: 'shares',
        id,
        label: 'share',
        load: async (trx) => (await load(trx, actor.principal, id)).row,
        apply: async (trx, row) => {
          const before = rowToShare(row);
          const changes = {
            access_level: input.accessLevel ?? row.access_level,
            disabled: input.disabled === undefined ? row.disabled : input.disabled ? 1 : 0,
            updated_at: nowIso(),
          };
          await updateShare(trx, row.id, changes);
          const after = rowToShare({ ...row, ...changes });
          await audit(trx, actor, row, 'update', view(before), view(after));
          return after;
        },
      });
    },

    delete(actor: Actor, id: string): Promise<void> {
      return transaction(ctx, async (trx) => {
        const { row } = await load(trx, actor.principal, id);
        await deleteShareRow(trx, row.id);
        await audit(trx, actor, row, 'delete', view(rowToShare(row)), null);
      });
    },
  };
}
