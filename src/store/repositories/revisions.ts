import type { Executor } from '../executor.js';
import { fetchPage, type PageRequest } from '../paging.js';
import type { RevisionRow } from '../tables.js';

export function insertRevision(db: Executor, row: RevisionRow) {
  return db.insertInto('revisions').values(row).execute();
}

export function findRevision(db: Executor, integrationId: string, id: string) {
  return db.selectFrom('revisions').selectAll().where('integration_id', '=', integrationId).where('id', '=', id).executeTakeFirst();
}

export function latestRevision(db: Executor, integrationId: string) {
  return db
    .selectFrom('revisions')
    .selectAll()
    .where('integration_id', '=', integrationId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The revision made just before this one, if any. */
export function previousRevision(db: Executor, row: RevisionRow) {
  return db
    .selectFrom('revisions')
    .selectAll()
    .where('integration_id', '=', row.integration_id)
    .where((eb) => eb.or([eb('created_at', '<', row.created_at), eb.and([eb('created_at', '=', row.created_at), eb('id', '<', row.id)])]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function listRevisions(db: Executor, integrationId: string, page: PageRequest) {
  return fetchPage(db.selectFrom('revisions').selectAll().where('integration_id', '=', integrationId), page);
}

export function deleteIntegrationRevisions(db: Executor, integrationId: string) {
  return db.deleteFrom('revisions').where('integration_id', '=', integrationId).execute();
}
