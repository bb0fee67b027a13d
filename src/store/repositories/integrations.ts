import type { Executor } from '../executor.js';
import { COMMON_COLUMNS, columnOf, fetchPage, type ListFilter, likeLower, type PageRequest } from '../paging.js';
import { runPrepared } from '../prepared.js';
import type { IntegrationRow, IntegrationUpdate } from '../tables.js';

const COLUMNS = { ...COMMON_COLUMNS, integrationType: 'integration_type' };

export function insertIntegration(db: Executor, row: IntegrationRow) {
  return db.insertInto('integrations').values(row).execute();
}

export async function findIntegration(db: Executor, id: string) {
  const rows = await runPrepared(db, 'findIntegration', () => db.selectFrom('integrations').selectAll().where('id', '=', id), [id]);
  return rows[0];
}

/** Compare-and-swap on `version`; answers whether the row was updated. */
export async function updateIntegrationAtVersion(
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: IntegrationUpdate,
): Promise<boolean> {
  const result = await db
    .updateTable('integrations')
    .set(changes)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the integration and its live connection status. */
export async function deleteIntegrationRow(db: Executor, id: string) {
  await db.deleteFrom('live_status').where('integration_id', '=', id).execute();
  return db.deleteFrom('integrations').where('id', '=', id).execute();
}

export async function deleteApplicationIntegrations(db: Executor, applicationId: string) {
  await db
    .deleteFrom('live_status')
    .where('integration_id', 'in', db.selectFrom('integrations').select('id').where('application_id', '=', applicationId))
    .execute();
  return db.deleteFrom('integrations').where('application_id', '=', applicationId).execute();
}

export interface IntegrationListScope {
  organizationId: string;
  /** Only this application's integrations. */
  applicationId?: string;
  /** Organization-wide integrations plus this application's (what an application token reaches). */
  reachableFrom?: string;
}

export function listIntegrations(db: Executor, scope: IntegrationListScope, filter: ListFilter | null, page: PageRequest) {
  // An application belongs to one organization: filtering on both would steer SQLite to the wrong index.
  let query =
    scope.applicationId !== undefined
      ? db.selectFrom('integrations').selectAll().where('application_id', '=', scope.applicationId)
      : db.selectFrom('integrations').selectAll().where('organization_id', '=', scope.organizationId);
  const reachableFrom = scope.reachableFrom;
  if (reachableFrom !== undefined) {
    query = query.where((eb) => eb.or([eb('application_id', 'is', null), eb('application_id', '=', reachableFrom)]));
  }
  if (filter) {
    query =
      filter.field === 'name'
        ? query.where(likeLower('name_lower', filter.pattern, true))
        : query.where(likeLower(columnOf(COLUMNS, filter.field), filter.pattern));
  }
  return fetchPage(query, page, COLUMNS);
}
