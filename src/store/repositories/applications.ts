import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import { COMMON_COLUMNS, columnOf, fetchPage, type ListFilter, likeLower, type PageRequest } from '../paging.js';
import { runPrepared } from '../prepared.js';
import type { ApplicationRow, ApplicationTable } from '../tables.js';

const COLUMNS = { ...COMMON_COLUMNS };

export function insertApplication(db: Executor, row: ApplicationRow) {
  return db.insertInto('applications').values(row).execute();
}

export async function findApplication(db: Executor, id: string) {
  const rows = await runPrepared(db, 'findApplication', () => db.selectFrom('applications').selectAll().where('id', '=', id), [id]);
  return rows[0];
}

export function findApplicationByName(db: Executor, organizationId: string, name: string) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('name', '=', name)
    .orderBy('id')
    .executeTakeFirst();
}

export function updateApplication(db: Executor, id: string, changes: Updateable<ApplicationTable>) {
  return db.updateTable('applications').set(changes).where('id', '=', id).execute();
}

export function deleteApplicationRow(db: Executor, id: string) {
  return db.deleteFrom('applications').where('id', '=', id).execute();
}

export function listApplications(
  db: Executor,
  scope: { organizationId: string; applicationId: string | null },
  filter: ListFilter | null,
  page: PageRequest,
) {
  let query = db.selectFrom('applications').selectAll().where('organization_id', '=', scope.organizationId);
  if (scope.applicationId) query = query.where('id', '=', scope.applicationId);
  if (filter) query = query.where(likeLower(columnOf(COLUMNS, filter.field), filter.pattern));
  return fetchPage(query, page, COLUMNS);
}
