import type { Updateable } from 'kysely';
import type { Dialect } from '../database.js';
import type { Executor } from '../executor.js';
import { fetchPage, type PageRequest } from '../paging.js';
import type { ResourceRow, ResourceTable } from '../tables.js';

export type ResourceKind = 'connection' | 'export' | 'import';

export function insertResource(db: Executor, row: ResourceRow) {
  return db.insertInto('resources').values(row).execute();
}

/**
 * With `lockFor: 'postgres'` the row stays locked until the transaction ends: `update` for writers of
 * the row (they queue), `share` for writers of rows that point at it (it cannot go away meanwhile).
 */
export function findResource(db: Executor, kind: ResourceKind, id: string, lockFor?: Dialect, mode: 'update' | 'share' = 'update') {
  const query = db.selectFrom('resources').selectAll().where('id', '=', id).where('kind', '=', kind);
  if (lockFor !== 'postgres') return query.executeTakeFirst();
  return (mode === 'share' ? query.forShare() : query.forUpdate()).executeTakeFirst();
}

export function findResources(db: Executor, organizationId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as ResourceRow[]);
  return db.selectFrom('resources').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids).execute();
}

/** Compare-and-swap on `version`; answers whether the row was updated. */
export async function updateResourceAtVersion(db: Executor, id: string, expectedVersion: number, changes: Updateable<ResourceTable>) {
  const result = await db
    .updateTable('resources')
    .set(changes)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function deleteResourceRow(db: Executor, id: string) {
  return db.deleteFrom('resources').where('id', '=', id).execute();
}

export async function resourceUsesConnection(db: Executor, connectionId: string): Promise<boolean> {
  const row = await db.selectFrom('resources').select('id').where('connection_id', '=', connectionId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * A page of the organization's resources of one kind, or only of `ids` when given; with an application,
 * only the organization-wide ones and that application's (connected accounts belong to one).
 */
export function listResources(
  db: Executor,
  organizationId: string,
  kind: ResourceKind,
  ids: string[] | null,
  page: PageRequest,
  applicationId: string | null = null,
) {
  let query = db.selectFrom('resources').selectAll().where('organization_id', '=', organizationId).where('kind', '=', kind);
  if (ids) query = ids.length > 0 ? query.where('id', 'in', ids) : query.where('id', '=', '');
  if (applicationId) query = query.where((eb) => eb.or([eb('application_id', 'is', null), eb('application_id', '=', applicationId)]));
  return fetchPage(query, page);
}
