import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import { runPrepared } from '../prepared.js';
import type { ResourceRow, ResourceTable, UpstreamCallRow } from '../tables.js';

/** Connected accounts are the `resources` connections that belong to an integration. */
function accounts(db: Executor) {
  return db.selectFrom('resources').selectAll().where('kind', '=', 'connection').where('integration_id', 'is not', null);
}

/** Read on every proxied call, so compiled once; the parameters are `accounts`' kind, then the id. */
export async function findIntegratedAccount(db: Executor, id: string) {
  const rows = await runPrepared(db, 'findIntegratedAccount', () => accounts(db).where('id', '=', id), ['connection', id]);
  return rows[0];
}

/** An account row with what a proxied call checks beside it: its integration's stamp, its environment's install. */
export type ProxyTargetRow = ResourceRow & {
  integration_version: number | null;
  integration_updated_at: string | null;
  install_override: string | null;
  install_secrets: string | null;
  install_status: string | null;
  install_is_enabled: number | boolean | null;
};

/** `findIntegratedAccount` joined with the rest of a proxied call's state: one read instead of three. */
export async function findProxyTarget(db: Executor, id: string): Promise<ProxyTargetRow | undefined> {
  const rows = await runPrepared(
    db,
    'findProxyTarget',
    () =>
      db
        .selectFrom('resources as r')
        .leftJoin('integrations as i', 'i.id', 'r.integration_id')
        .leftJoin('installations as n', (join) =>
          join.onRef('n.integration_id', '=', 'r.integration_id').onRef('n.application_id', '=', 'r.application_id'),
        )
        .selectAll('r')
        .select([
          'i.version as integration_version',
          'i.updated_at as integration_updated_at',
          'n.override as install_override',
          'n.secrets as install_secrets',
          'n.status as install_status',
          'n.is_enabled as install_is_enabled',
        ])
        .where('r.kind', '=', 'connection')
        .where('r.integration_id', 'is not', null)
        .where('r.id', '=', id),
    ['connection', id],
  );
  return rows[0] as ProxyTargetRow | undefined;
}

/** Compare-and-swap on `version`; false when another writer got there first. */
export async function updateIntegratedAccountAtVersion(
  db: Executor,
  id: string,
  version: number,
  changes: Omit<Updateable<ResourceTable>, 'id' | 'organization_id' | 'created_at' | 'kind'>,
): Promise<boolean> {
  const result = await db
    .updateTable('resources')
    .set(changes)
    .where('id', '=', id)
    .where('integration_id', 'is not', null)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function deleteIntegratedAccountRow(db: Executor, id: string) {
  return db.deleteFrom('resources').where('id', '=', id).where('integration_id', 'is not', null).execute();
}

export interface AccountListQuery {
  organizationId: string;
  applicationId: string | null;
  integrationId: string | null;
  /** Rows created after this (created_at, id) position. */
  after: { createdAt: string; id: string } | null;
  limit: number;
}

export function listIntegratedAccounts(db: Executor, q: AccountListQuery) {
  // (integration_id, created_at, id) or (organization_id, kind, created_at, id) serves either filter.
  let query = accounts(db).where('organization_id', '=', q.organizationId);
  if (q.integrationId !== null) query = query.where('integration_id', '=', q.integrationId);
  // An application sees its own accounts and the organization-wide ones (as GET by id and /v1/connections do).
  const applicationId = q.applicationId;
  if (applicationId) query = query.where((eb) => eb.or([eb('application_id', '=', applicationId), eb('application_id', 'is', null)]));
  if (q.after) {
    const { createdAt, id } = q.after;
    query = query.where((eb) => eb.or([eb('created_at', '>', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)])]));
  }
  return query.orderBy('created_at').orderBy('id').limit(q.limit).execute();
}

export function insertUpstreamCalls(db: Executor, rows: UpstreamCallRow[]) {
  return db.insertInto('upstream_calls').values(rows).execute();
}

/** Newest first. */
export function listUpstreamCalls(db: Executor, accountId: string, before: { createdAt: string; id: string } | null, limit: number) {
  let query = db.selectFrom('upstream_calls').selectAll().where('integrated_account_id', '=', accountId);
  if (before) {
    const { createdAt, id } = before;
    query = query.where((eb) => eb.or([eb('created_at', '<', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '<', id)])]));
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export function deleteUpstreamCalls(db: Executor, accountId: string) {
  return db.deleteFrom('upstream_calls').where('integrated_account_id', '=', accountId).execute();
}

export function findUpstreamCall(db: Executor, accountId: string, id: string) {
  return db.selectFrom('upstream_calls').selectAll().where('id', '=', id).where('integrated_account_id', '=', accountId).executeTakeFirst();
}
