import { CompiledQuery } from 'kysely';
import type { Dialect } from '../database.js';
import type { Executor } from '../executor.js';
import { COMMON_COLUMNS, columnOf, fetchPage, type ListFilter, likeLower, type PageRequest } from '../paging.js';
import { preparedText, runPrepared, runPreparedRemembered, runPreparedWrite } from '../prepared.js';
import type { AuditEventRow, IntegrationRow, IntegrationUpdate, LiveStatusRow } from '../tables.js';
import { AUDIT_EVENT_COLUMNS, auditEventValues, insertAuditEvent } from './audit-events.js';

const COLUMNS = { ...COMMON_COLUMNS, integrationType: 'integration_type' };

export function insertIntegration(db: Executor, row: IntegrationRow) {
  return db.insertInto('integrations').values(row).execute();
}

export async function findIntegration(db: Executor, id: string) {
  const rows = await runPrepared(db, 'findIntegration', () => db.selectFrom('integrations').selectAll().where('id', '=', id), [id]);
  return rows[0];
}

/** A live integration's status columns, read with its stamp (all null when it has no status row). */
const LIVE_STATUS_OF_STAMP = [
  'l.integration_id as live_integration_id',
  'l.connected_at as live_connected_at',
  'l.disconnected_at as live_disconnected_at',
  'l.error as live_error',
  'l.last_keep_alive_at as live_last_keep_alive_at',
  'l.next_attempt_at as live_next_attempt_at',
  'l.updated_at as live_updated_at',
] as const;

export type StampLiveColumns = { [K in keyof LiveStatusRow as `live_${K}`]: LiveStatusRow[K] | null };

/** The live status row a stamp read carried, if any. */
export function liveStatusOfStamp(row: StampLiveColumns): LiveStatusRow | undefined {
  if (row.live_integration_id === null || row.live_updated_at === null) return undefined;
  return {
    integration_id: row.live_integration_id,
    connected_at: row.live_connected_at,
    disconnected_at: row.live_disconnected_at,
    error: row.live_error,
    last_keep_alive_at: row.live_last_keep_alive_at,
    next_attempt_at: row.live_next_attempt_at,
    updated_at: row.live_updated_at,
  };
}

/** What stamps the integration's state (version, time, live status) and who may reach it: no JSON columns read. */
export async function findIntegrationStamp(db: Executor, id: string) {
  const rows = await runPreparedRemembered(
    db,
    'findIntegrationStamp',
    () =>
      db
        .selectFrom('integrations as i')
        .leftJoin('live_status as l', 'l.integration_id', 'i.id')
        .select(['i.version', 'i.updated_at', 'i.organization_id', 'i.application_id', 'i.integration_type', ...LIVE_STATUS_OF_STAMP])
        .where('i.id', '=', id),
    [id],
  );
  return rows[0];
}

/** The stamp of an integration of this application, with the application's organization, in one query. */
export async function findApplicationIntegrationStamp(db: Executor, applicationId: string, id: string) {
  const rows = await runPreparedRemembered(
    db,
    'findApplicationIntegrationStamp',
    () =>
      db
        .selectFrom('integrations as i')
        .innerJoin('applications as a', 'a.id', 'i.application_id')
        .leftJoin('live_status as l', 'l.integration_id', 'i.id')
        .select([
          'i.version',
          'i.updated_at',
          'i.organization_id',
          'i.integration_type',
          'a.organization_id as application_organization_id',
          ...LIVE_STATUS_OF_STAMP,
        ])
        .where('a.id', '=', applicationId)
        .where('i.id', '=', id),
    [applicationId, id],
  );
  return rows[0];
}

/** Compare-and-swap on `version`; answers whether the row was updated. */
/** The columns an update sets, in order (Kysely skips undefined values, so do the parameters). */
const columnsOf = (changes: IntegrationUpdate) =>
  (Object.keys(changes) as Array<keyof IntegrationUpdate>).filter((column) => changes[column] !== undefined);

/** Stores `changes` if the row is still at `expectedVersion`; false when it is not (the caller re-reads). */
export async function updateIntegrationAtVersion(
  db: Executor,
  id: string,
  expectedVersion: number,
  changes: IntegrationUpdate,
): Promise<boolean> {
  const columns = columnsOf(changes);
  const updated = await runPreparedWrite(
    db,
    `updateIntegrationAtVersion:${columns.join(',')}`,
    () => db.updateTable('integrations').set(changes).where('id', '=', id).where('version', '=', expectedVersion),
    [...columns.map((column) => changes[column]), id, expectedVersion],
  );
  return updated === 1;
}

/**
 * `updateIntegrationAtVersion` with the write's audit event, recorded only when the row was stored: one
 * statement on PostgreSQL (one round trip), two prepared ones on SQLite.
 */
export async function updateIntegrationAudited(
  db: Executor,
  dialect: Dialect,
  id: string,
  expectedVersion: number,
  changes: IntegrationUpdate,
  audit: AuditEventRow,
): Promise<boolean> {
  if (dialect !== 'postgres') {
    if (!(await updateIntegrationAtVersion(db, id, expectedVersion, changes))) return false;
    await insertAuditEvent(db, audit);
    return true;
  }
  const columns = columnsOf(changes);
  const text = preparedText(`postgres:updateIntegrationAudited:${columns.join(',')}`, () => {
    const set = columns.map((column, i) => `"${column}" = $${i + 1}`).join(', ');
    const n = columns.length;
    const auditParameters = AUDIT_EVENT_COLUMNS.map((_, i) => `$${n + 3 + i}`).join(', ');
    return (
      `with updated as (update "integrations" set ${set} where "id" = $${n + 1} and "version" = $${n + 2} returning "id") ` +
      `insert into "audit_events" (${AUDIT_EVENT_COLUMNS.map((column) => `"${column}"`).join(', ')}) ` +
      `select ${auditParameters} from updated returning "id"`
    );
  });
  const parameters = [...columns.map((column) => changes[column]), id, expectedVersion, ...auditEventValues(audit)];
  const result = await db.executeQuery(CompiledQuery.raw(text, parameters));
  return result.rows.length === 1;
}

/**
 * The integration if it belongs to this application, with the application's organization, read with the
 * integration's lock (as `findIntegrationLocked`): one query for a write's application check and row.
 */
export async function findApplicationIntegrationLocked(db: Executor, dialect: Dialect, applicationId: string, id: string) {
  const text = preparedText(`${dialect}:findApplicationIntegrationLocked`, () => {
    const select =
      'select "integrations".*, "applications"."organization_id" as "application_organization_id" from "integrations" ' +
      'join "applications" on "applications"."id" = "integrations"."application_id" where "integrations"."id" = ? and "applications"."id" = ?';
    return dialect === 'postgres' ? `${select.replace('= ?', '= $1').replace('= ?', '= $2')} for no key update of "integrations"` : select;
  });
  const rows = (
    await db.executeQuery<IntegrationRow & { application_organization_id: string }>(CompiledQuery.raw(text, [id, applicationId]))
  ).rows;
  return rows[0];
}

/** Reads the integration and locks it until the transaction ends (PostgreSQL `FOR NO KEY UPDATE`, as `lockRow`). */
export async function findIntegrationLocked(db: Executor, dialect: Dialect, id: string) {
  if (dialect !== 'postgres') return findIntegration(db, id);
  const rows = await runPrepared(
    db,
    'findIntegrationLocked',
    () => db.selectFrom('integrations').selectAll().where('id', '=', id).forNoKeyUpdate(),
    [id],
  );
  return rows[0];
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
  const rows = await runPreparedRemembered(
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
