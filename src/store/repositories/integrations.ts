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

/** What stamps the integration's state (version, time) and who may reach it: no JSON columns read. */
export async function findIntegrationStamp(db: Executor, id: string) {
  const rows = await runPrepared(
    db,
    'findIntegrationStamp',
    () =>
      db
        .selectFrom('integrations')
        .select(['version', 'updated_at', 'organization_id', 'application_id', 'integration_type'])
        .where('id', '=', id),
    [id],
  );
  return rows[0];
}

/** The stamp of an integration of this application, with the application's organization, in one query. */
export async function findApplicationIntegrationStamp(db: Executor, applicationId: string, id: string) {
  const rows = await runPrepared(
    db,
    'findApplicationIntegrationStamp',
    () =>
      db
        .selectFrom('integrations as i')
        .innerJoin('applications as a', 'a.id', 'i.application_id')
        .select([
          'i.version',
          'i.updated_at',
          'i.organization_id',
          'i.integration_type',
          'a.organization_id as application_organization_id',
        ])
        .where('a.id', '=', applicationId)
        .where('i.id', '=', id),
    [applicationId, id],
  );
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

function listQuery(db: Executor, scope: IntegrationListScope, filter: ListFilter | null) {
  // An application belongs to one organization: filtering on both would steer SQLite to the wrong index.
  let query =
    scope.applicationId !== undefined
      ? db.selectFrom('integrations').where('application_id', '=', scope.applicationId)
      : db.selectFrom('integrations').where('organization_id', '=', scope.organizationId);
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
  return query;
}

export function listIntegrations(db: Executor, scope: IntegrationListScope, filter: ListFilter | null, page: PageRequest) {
  return fetchPage(listQuery(db, scope, filter).selectAll(), page, COLUMNS);
}

/**
 * A page of stamps only (no JSON columns): a surface with the rows' bodies encoded reads no more. An
 * unfiltered application list takes `knownTotal` from `findApplicationIntegrationCount`.
 */
export function listIntegrationStamps(
  db: Executor,
  scope: IntegrationListScope,
  filter: ListFilter | null,
  page: PageRequest,
  knownTotal?: number,
) {
  return fetchPage(listQuery(db, scope, filter).select(['id', 'version', 'updated_at', 'integration_type']), page, COLUMNS, knownTotal);
}

/**
 * The application's organization with its integrations' count and generation (kept by migration 0012's
 * triggers in every writing transaction), in one query; no row when the application does not exist.
 */
export async function findApplicationIntegrationCount(db: Executor, applicationId: string) {
  const rows = await runPrepared(
    db,
    'findApplicationIntegrationCount',
    () =>
      db
        .selectFrom('applications as a')
        .leftJoin('integration_counts as c', 'c.application_id', 'a.id')
        .select(['a.organization_id', 'c.total', 'c.generation'])
        .where('a.id', '=', applicationId),
    [applicationId],
  );
  const row = rows[0];
  return row && { organizationId: row.organization_id, total: Number(row.total ?? 0), generation: Number(row.generation ?? 0) };
}

/** Whole rows by id, in no particular order. */
export function findIntegrations(db: Executor, ids: string[]) {
  return ids.length === 0 ? Promise.resolve([]) : db.selectFrom('integrations').selectAll().where('id', 'in', ids).execute();
}
