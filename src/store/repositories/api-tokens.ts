import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import { COMMON_COLUMNS, columnOf, fetchPage, type ListFilter, likeLower, type PageRequest } from '../paging.js';
import { runPrepared } from '../prepared.js';
import type { ApiTokenRow, ApiTokenTable } from '../tables.js';

const COLUMNS = { ...COMMON_COLUMNS, status: 'status', expiresAt: 'expires_at' };

export function insertApiToken(db: Executor, row: ApiTokenRow) {
  return db.insertInto('api_tokens').values(row).execute();
}

export async function findApiToken(db: Executor, id: string) {
  const rows = await runPrepared(db, 'findApiToken', () => db.selectFrom('api_tokens').selectAll().where('id', '=', id), [id]);
  return rows[0];
}

export function updateApiToken(db: Executor, id: string, changes: Updateable<ApiTokenTable>) {
  return db.updateTable('api_tokens').set(changes).where('id', '=', id).execute();
}

export function deleteApiTokenRow(db: Executor, id: string) {
  return db.deleteFrom('api_tokens').where('id', '=', id).execute();
}

export function deleteApplicationTokens(db: Executor, applicationId: string) {
  return db.deleteFrom('api_tokens').where('application_id', '=', applicationId).execute();
}

export function listApiTokens(db: Executor, applicationId: string, filter: ListFilter | null, page: PageRequest) {
  let query = db.selectFrom('api_tokens').selectAll().where('application_id', '=', applicationId);
  if (filter) query = query.where(likeLower(columnOf(COLUMNS, filter.field), filter.pattern));
  return fetchPage(query, page, COLUMNS);
}

/** Every token of the store, organization tokens included, oldest first (the operator's list). */
export function listAllApiTokens(db: Executor) {
  return db.selectFrom('api_tokens').selectAll().orderBy('created_at').orderBy('id').execute();
}
