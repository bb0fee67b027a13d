import type { Principal } from '../../auth/principal.js';
import { organizationScopes, scopesCover, unknownScopes } from '../../auth/scopes.js';
import { signToken } from '../../auth/tokens.js';
import { AppError, notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import type { ListFilter, PageRequest } from '../../store/paging.js';
import {
  deleteApiTokenRow,
  findApiToken,
  insertApiToken,
  listAllApiTokens,
  listApiTokens,
  updateApiToken,
} from '../../store/repositories/api-tokens.js';
import type { ApiTokenRow } from '../../store/tables.js';
import { requireApplication } from '../shared/access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { writeRow } from '../shared/row-write.js';
import type { AuthService } from './auth-service.js';

export interface ApiToken {
  id: string;
  organizationId: string;
  applicationId: string | null;
  name: string;
  description: string | null;
  scopes: string[];
  status: 'active' | 'inactive';
  expiresAt: string | null;
  creatorType: string;
  creatorId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewTokenFields {
  name: string;
  description?: string | null;
  scopes: string[];
  status?: 'active' | 'inactive';
  expiresAt?: string | null;
}

export function rowToToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    organizationId: row.organization_id,
    applicationId: row.application_id,
    name: row.name,
    description: row.description,
    scopes: JSON.parse(row.scopes),
    status: row.status as ApiToken['status'],
    expiresAt: row.expires_at,
    creatorType: row.creator_type,
    creatorId: row.creator_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const auditFields = (t: ApiToken) => ({
  name: t.name,
  description: t.description,
  scopes: t.scopes,
  status: t.status,
  expiresAt: t.expiresAt,
});

/**
 * What a new token may hold: only known scopes (400), and, when a token creates it, only what that token
 * itself grants; an application token never issues an organization scope (403). The system (CLI, first
 * start) is bounded by nothing but the known scopes.
 */
export function checkIssuable(creator: Principal | null, scopes: readonly string[]): void {
  const unknown = unknownScopes(scopes);
  if (unknown.length > 0) {
    throw new AppError(
      'validation',
      `Unknown scope ${unknown.map((s) => `"${s}"`).join(', ')}`,
      unknown.map((s) => ({ path: 'scope', message: `unknown scope "${s}"` })),
    );
  }
  if (!creator) return;
  const beyond = creator.applicationId ? organizationScopes(scopes) : [];
  if (beyond.length > 0) {
    throw new AppError('forbidden', `An application token cannot issue a token with organization scope ${beyond.join(', ')}`);
  }
  const uncovered = scopes.filter((s) => !scopesCover(creator.scopes, s));
  if (uncovered.length > 0) {
    throw new AppError('forbidden', `The access token cannot issue a token with scope ${uncovered.join(', ')}: it does not grant it`);
  }
}

/** The system manages every token; a token those of its organization, an application token its application's. */
function mayManage(principal: Principal | null, row: ApiTokenRow): boolean {
  if (!principal) return true;
  return principal.organizationId === row.organization_id && (!principal.applicationId || principal.applicationId === row.application_id);
}

export function createTokenService(ctx: CoreContext, auth: AuthService) {
  async function load(db: Executor, principal: Principal | null, applicationId: string, id: string) {
    const app = await requireApplication(db, principal, applicationId);
    const row = isId(id) ? await findApiToken(db, normalizeId(id)) : undefined;
    if (!row || row.application_id !== app.id) throw notFound('API token');
    return row;
  }

  async function issue(
    trx: Executor,
    actor: Actor,
    owner: { organizationId: string; applicationId: string | null },
    fields: NewTokenFields,
  ) {
    checkIssuable(actor.principal, fields.scopes);
    if (fields.expiresAt && Date.parse(fields.expiresAt) <= Date.now()) {
      throw new AppError('validation', 'expirationDate must be in the future');
    }
    const now = nowIso();
    const row: ApiTokenRow = {
      id: newId(),
      organization_id: owner.organizationId,
      application_id: owner.applicationId,
      name: fields.name,
      description: fields.description ?? null,
      scopes: JSON.stringify(fields.scopes),
      status: fields.status ?? 'active',
      expires_at: fields.expiresAt ? new Date(fields.expiresAt).toISOString() : null,
      creator_type: actor.principal ? 'apiToken' : 'user',
      creator_id: actor.principal?.tokenId ?? null,
      created_at: now,
      updated_at: now,
    };
    await insertApiToken(trx, row);
    const token = rowToToken(row);
    await recordAudit(trx, actor, {
      ...auditTarget('apiToken', row),
      event: 'create',
      before: null,
      after: auditFields(token),
    });
    const jwt = await signToken(ctx.signingKey, {
      tokenId: row.id,
      organizationId: row.organization_id,
      applicationId: row.application_id,
      scopes: fields.scopes,
      expiresAt: row.expires_at,
    });
    return { ...token, token: jwt };
  }

  async function remove(trx: Executor, actor: Actor, row: ApiTokenRow) {
    const before = rowToToken(row);
    await deleteApiTokenRow(trx, before.id);
    await recordAudit(trx, actor, {
      ...auditTarget('apiToken', before),
      event: 'delete',
      before: auditFields(before),
      after: null,
    });
    return before.id;
  }

  return {
    /** Issues a token; the JWT is returned here only and never stored. */
    async createForApplication(actor: Actor, applicationId: string, fields: NewTokenFields) {
      return transaction(ctx, async (trx) => {
        const app = await requireApplication(trx, actor.principal, applicationId);
        return issue(trx, actor, { organizationId: app.organization_id, applicationId: app.id }, fields);
      });
    },

    async createForOrganization(actor: Actor, organizationId: string, fields: NewTokenFields) {
      return transaction(ctx, (trx) => issue(trx, actor, { organizationId, applicationId: null }, fields));
    },

    async get(principal: Principal, applicationId: string, id: string) {
      return rowToToken(await load(ctx.store.db, principal, applicationId, id));
    },

    async list(principal: Principal, applicationId: string, filter: ListFilter | null, page: PageRequest) {
      const app = await requireApplication(ctx.store.db, principal, applicationId);
      const result = await listApiTokens(ctx.store.db, app.id, filter, page);
      return { total: result.total, items: result.rows.map(rowToToken) };
    },

    /** Only name, description and status change; scope and expiration are fixed at creation. */
    async update(actor: Actor, applicationId: string, id: string, changes: Partial<Pick<ApiToken, 'name' | 'description' | 'status'>>) {
      const updated = await writeRow(ctx, {
        table: 'api_tokens',
        id,
        label: 'API token',
        load: (trx) => load(trx, actor.principal, applicationId, id),
        apply: async (trx, row) => {
          const before = rowToToken(row);
          const after = { ...before, ...changes, updatedAt: nowIso() };
          await updateApiToken(trx, before.id, {
            name: after.name,
            description: after.description,
            status: after.status,
            updated_at: after.updatedAt,
          });
          await recordAudit(trx, actor, {
            ...auditTarget('apiToken', before),
            event: 'update',
            before: auditFields(before),
            after: auditFields(after),
          });
          return after;
        },
      });
      auth.forget(updated.id);
      return updated;
    },

    async delete(actor: Actor, applicationId: string, id: string) {
      const deletedId = await transaction(ctx, async (trx) => remove(trx, actor, await load(trx, actor.principal, applicationId, id)));
      auth.forget(deletedId);
    },

    /** Every token the actor reaches (the system: all of them), organization tokens included. */
    async listAll(actor: Actor) {
      const rows = await listAllApiTokens(ctx.store.db);
      return rows.filter((r) => mayManage(actor.principal, r)).map(rowToToken);
    },

    /** Deletes a token by id alone, whoever owns it: the way to revoke an organization token. */
    async revoke(actor: Actor, id: string) {
      const deletedId = await transaction(ctx, async (trx) => {
        const row = isId(id) ? await findApiToken(trx, normalizeId(id)) : undefined;
        if (!row || !mayManage(actor.principal, row)) throw notFound('API token');
        return remove(trx, actor, row);
      });
      auth.forget(deletedId);
      return deletedId;
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
