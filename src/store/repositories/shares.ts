import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import { fetchPage, type PageRequest } from '../paging.js';
import type { ShareRow, ShareTable } from '../tables.js';

export function insertShare(db: Executor, row: ShareRow) {
  return db.insertInto('shares').values(row).execute();
}

export function findShare(db: Executor, id: string) {
  return db.selectFrom('shares').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findShareByEmail(db: Executor, integrationId: string, email: string) {
  return db.selectFrom('shares').selectAll().where('integration_id', '=', integrationId).where('email', '=', email).executeTakeFirst();
}

export function updateShare(db: Executor, id: string, changes: Updateable<ShareTable>) {
  return db.updateTable('shares').set(changes).where('id', '=', id).execute();
}

export function deleteShareRow(db: Executor, id: string) {
  return db.deleteFrom('shares').where('id', '=', id).execute();
}

export function deleteIntegrationShares(db: Executor, integrationId: string) {
  return db.deleteFrom('shares').where('integration_id', '=', integrationId).execute();
}

export function listShares(db: Executor, integrationId: string, page: PageRequest) {
  return fetchPage(db.selectFrom('shares').selectAll().where('integration_id', '=', integrationId), page);
}
