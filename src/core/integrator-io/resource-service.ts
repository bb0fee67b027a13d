import type { Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { isObject, type JsonObject } from '../../lib/json.js';
import { changedSecrets } from '../../lib/secrets.js';
import { nowIso } from '../../lib/time.js';
import type { Dialect } from '../../store/database.js';
import type { Executor } from '../../store/executor.js';
import type { PageRequest } from '../../store/paging.js';
import { deleteUpstreamCalls } from '../../store/repositories/integrated-accounts.js';
import { flowUsesResource } from '../../store/repositories/integration-flows.js';
import {
  deleteResourceRow,
  findResource,
  insertResource,
  listResources,
  type ResourceKind,
  resourceUsesConnection,
  updateResourceAtVersion,
} from '../../store/repositories/resources.js';
import type { ResourceRow } from '../../store/tables.js';
import type { CallLog } from '../connections/call-log-service.js';
import { type IntegratedAccount, isAccountRow, rowToAccount } from '../connections/integrated-account-model.js';
import type { IntegratedAccountService } from '../connections/integrated-account-service.js';
import { canReach } from '../shared/access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { egressDetail, refuseAccountBaseUrls, refuseEgressDetails } from '../shared/egress-check.js';
import { MISSED, type Missed, writeRow } from '../shared/row-write.js';
import { openSecrets, sealJson, sealReplacing } from '../shared/sealed-json.js';
import { accountConnectionDoc, accountEditFromDoc } from './connection-view.js';

export type { ResourceKind };

/** A connection, export or import. `doc` holds every field but the id and times, secrets cut out. */
export interface Resource {
  id: string;
  organizationId: string;
  kind: ResourceKind;
  name: string;
  connectionId: string | null;
  doc: JsonObject;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const LABEL: Record<ResourceKind, string> = { connection: 'Connection', export: 'Export', import: 'Import' };

export function rowToResource(row: ResourceRow): Resource {
  return {
    id: row.id,
    organizationId: row.organization_id,
    kind: row.kind as ResourceKind,
    name: row.name,
    connectionId: row.connection_id,
    doc: JSON.parse(row.attributes),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const unprocessableRef = (field: string, message: string) =>
  new AppError('unprocessable', message, [{ path: field, message, code: 'invalid_ref' }]);

/**
 * The resource if the principal reaches it (its organization, and its application for an account); 404
 * otherwise. Writers pass the store's dialect: on PostgreSQL the row is then locked for their transaction.
 */
export async function loadResource(db: Executor, principal: Principal | null, kind: ResourceKind, id: string, lockFor?: Dialect) {
  const row = isId(id) ? await findResource(db, kind, normalizeId(id), lockFor) : undefined;
  if (!row || !canReach(principal, row.organization_id, row.application_id)) throw notFound(LABEL[kind]);
  return row;
}

/** The config an account runs with (its integration's, with its environment's override), or null. */
export type AccountConfigLoader = (account: IntegratedAccount) => Promise<JsonObject | null>;

/** How a connected account is shown among integrator.io connections. */
export type AccountView = (account: IntegratedAccount) => Promise<JsonObject>;

/** The full view of accounts, reading each integration-and-environment config once per call. */
function accountViews(configOf: AccountConfigLoader): AccountView {
  const configs = new Map<string, Promise<JsonObject | null>>();
  return async (account) => {
    const cacheKey = `${account.integrationId}:${account.applicationId ?? ''}`;
    let config = configs.get(cacheKey);
    if (!config) {
      config = configOf(account);
      configs.set(cacheKey, config);
    }
    return accountConnectionDoc(account, await config);
  };
}

/** Resources as integrator.io documents: a connected account is shown as the `http` connection it is. */
export async function presentResources(key: Buffer, rows: ResourceRow[], viewOf: AccountView): Promise<Resource[]> {
  return Promise.all(
    rows.map(async (row) =>
      isAccountRow(row) ? { ...rowToResource(row), doc: await viewOf(rowToAccount(key, row)) } : rowToResource(row),
    ),
  );
}

/** Exports and imports must name a connection of the same organization that the writer reaches. */
async function connectionOf(
  db: Executor,
  dialect: Dialect,
  actor: Actor,
  organizationId: string,
  kind: ResourceKind,
  doc: JsonObject,
): Promise<string | null> {
  if (kind === 'connection') return null;
  const ref = doc._connectionId;
  // A webhook listener has no connection: records come to it.
  if (kind === 'export' && doc.adaptorType === 'WebhookExport' && ref === undefined) return null;
  if (ref === undefined) {
    throw new AppError('validation', '_connectionId is required.', [
      { path: '_connectionId', message: '_connectionId is required.', code: 'missing_required_field' },
    ]);
  }
  if (typeof ref !== 'string' || !isId(ref)) throw unprocessableRef('_connectionId', `An ${kind} needs the _id of its connection.`);
  const row = await findResource(db, 'connection', normalizeId(ref), dialect, 'share');
  if (!row || row.organization_id !== organizationId || !canReach(actor.principal, row.organization_id, row.application_id)) {
    throw unprocessableRef('_connectionId', `Connection ${ref} was not found.`);
  }
  return row.id;
}

function columns(ctx: CoreContext, kind: ResourceKind, doc: JsonObject, connectionId: string | null) {
  // A plain connection's base URI at a literal address the egress policy refuses is refused when saved.
  if (kind === 'connection') refuseEgressDetails([egressDetail(ctx.egress, 'http.baseURI', isObject(doc.http) ? doc.http.baseURI : null)]);
  const name = typeof doc.name === 'string' ? doc.name : '';
  const normalized = connectionId ? { ...doc, _connectionId: connectionId } : doc;
  return { name, doc: normalized, kind, connection_id: connectionId };
}

/** Inserts a resource inside the caller's transaction (also used by clone, template install and revert). */
export async function insertResourceIn(
  trx: Executor,
  ctx: CoreContext,
  actor: Actor,
  organizationId: string,
  kind: ResourceKind,
  doc: JsonObject,
  id = newId(),
): Promise<Resource> {
  const col = columns(ctx, kind, doc, await connectionOf(trx, ctx.store.dialect, actor, organizationId, kind, doc));
  const { plain, sealed } = sealJson(ctx.encryptionKey, col.doc);
  const now = nowIso();
  const row: ResourceRow = {
    id,
    organization_id: organizationId,
    kind,
    connection_id: col.connection_id,
    name: col.name,
    attributes: JSON.stringify(plain),
    secrets: sealed,
    version: 1,
    created_at: now,
    updated_at: now,
    application_id: null,
    integration_id: null,
    status: null,
    authentication_method: null,
  };
  await insertResource(trx, row);
  await recordAudit(trx, actor, { ...resourceTarget(row), event: 'create', before: null, after: plain });
  return rowToResource(row);
}

/**
 * Replaces a resource's document inside the caller's transaction; secrets left out are kept. MISSED when
 * the row is no longer at the version read.
 */
export async function replaceResourceIn(
  trx: Executor,
  ctx: CoreContext,
  actor: Actor,
  row: ResourceRow,
  doc: JsonObject,
): Promise<Resource | Missed> {
  const kind = row.kind as ResourceKind;
  const col = columns(ctx, kind, doc, await connectionOf(trx, ctx.store.dialect, actor, row.organization_id, kind, doc));
  const { plain, secrets, sealed } = sealReplacing(ctx.encryptionKey, col.doc, row.secrets);
  const stored = openSecrets(ctx.encryptionKey, row.secrets);
  const updatedAt = nowIso();
  const changes = {
    name: col.name,
    connection_id: col.connection_id,
    attributes: JSON.stringify(plain),
    secrets: sealed,
    version: Number(row.version) + 1,
    updated_at: updatedAt,
  };
  if (!(await updateResourceAtVersion(trx, row.id, Number(row.version), changes))) return MISSED;
  await recordAudit(trx, actor, {
    ...resourceTarget(row),
    event: 'update',
    before: JSON.parse(row.attributes),
    after: plain,
    changedSecrets: changedSecrets(stored, secrets),
  });
  return rowToResource({ ...row, ...changes });
}

// integrator.io resources are organization-wide: their events name no application or integration.
const resourceTarget = (row: ResourceRow) => auditTarget(row.kind, row, { applicationId: null, integrationId: null });

/** integrator.io connections, exports and imports; a connection that is a connected account goes through the account service. */
export function createResourceService(
  ctx: CoreContext,
  accounts: IntegratedAccountService,
  configOf: AccountConfigLoader,
  callLog: CallLog,
) {
  const present = (rows: ResourceRow[]) => presentResources(ctx.encryptionKey, rows, accountViews(configOf));

  const service = {
    present,

    create(actor: Actor, organizationId: string, kind: ResourceKind, doc: JsonObject): Promise<Resource> {
      return transaction(ctx, (trx) => insertResourceIn(trx, ctx, actor, organizationId, kind, doc));
    },

    async get(principal: Principal, kind: ResourceKind, id: string): Promise<Resource> {
      return (await present([await loadResource(ctx.store.db, principal, kind, id)]))[0];
    },

    async list(principal: Principal, kind: ResourceKind, page: PageRequest) {
      const result = await listResources(ctx.store.db, principal.organizationId, kind, null, page, principal.applicationId);
      return { total: result.total, items: await present(result.rows) };
    },

    async replace(actor: Actor, kind: ResourceKind, id: string, doc: JsonObject): Promise<Resource> {
      const row = await loadResource(ctx.store.db, actor.principal, kind, id);
      if (isAccountRow(row)) {
        const config = await configOf(rowToAccount(ctx.encryptionKey, row));
        await accounts.edit(actor, row.id, (current) => {
          const edit = accountEditFromDoc(current, accountConnectionDoc(current, config), doc);
          if (edit) refuseAccountBaseUrls(ctx.egress, config, edit.context);
          return edit;
        });
        return service.get(actor.principal as Principal, kind, row.id);
      }
      return writeRow(ctx, {
        table: 'resources',
        id,
        label: LABEL[kind].toLowerCase(),
        load: (trx) => loadResource(trx, actor.principal, kind, id),
        versionOf: (current) => Number(current.version),
        apply: (trx, current) => replaceResourceIn(trx, ctx, actor, current, doc),
      });
    },

    /**
     * A read-modify-write of the integrator.io document (JSON Patch): `change` sees the document as GET
     * shows it (no secrets; stored ones are kept), in one transaction for a plain resource.
     */
    async edit(actor: Actor, kind: ResourceKind, id: string, change: (doc: JsonObject) => JsonObject): Promise<Resource> {
      const found = await loadResource(ctx.store.db, actor.principal, kind, id);
      if (isAccountRow(found)) {
        const [view] = await present([found]);
        return service.replace(actor, kind, id, change({ ...view.doc, name: view.name }));
      }
      return writeRow(ctx, {
        table: 'resources',
        id,
        label: LABEL[kind].toLowerCase(),
        load: (trx) => loadResource(trx, actor.principal, kind, id),
        versionOf: (current) => Number(current.version),
        apply: (trx, row) => {
          const current = rowToResource(row);
          return replaceResourceIn(trx, ctx, actor, row, change({ ...current.doc, name: current.name }));
        },
      });
    },

    /** Refused while something uses the resource: exports and imports use connections; flows use both. */
    async delete(actor: Actor, kind: ResourceKind, id: string): Promise<void> {
      const found = await loadResource(ctx.store.db, actor.principal, kind, id);
      // A connected account goes with its call log, as DELETE /integrated-account/{id} does.
      if (isAccountRow(found)) return accounts.delete(actor, found.id);
      // A plain connection's pings are logged too; they go with it.
      if (kind === 'connection') await callLog.flush();
      await transaction(ctx, async (trx) => {
        const row = await loadResource(trx, actor.principal, kind, id, ctx.store.dialect);
        const used = kind === 'connection' ? await resourceUsesConnection(trx, row.id) : await flowUsesResource(trx, row.id);
        if (used) {
          const by = kind === 'connection' ? 'an export or import' : 'a flow';
          throw new AppError('conflict', `${LABEL[kind]} ${row.id} is used by ${by}; remove that reference first.`);
        }
        if (kind === 'connection') await deleteUpstreamCalls(trx, row.id);
        await deleteResourceRow(trx, row.id);
        await recordAudit(trx, actor, { ...resourceTarget(row), event: 'delete', before: JSON.parse(row.attributes), after: null });
      });
    },
  };
  return service;
}
