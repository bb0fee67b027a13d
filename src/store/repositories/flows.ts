import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import { COMMON_COLUMNS, columnOf, fetchPage, type ListFilter, likeLower, type PageRequest } from '../paging.js';
import type { FlowRow, FlowTable } from '../tables.js';
import { deleteWorkflowLogs } from './workflow-logs.js';

const COLUMNS = { ...COMMON_COLUMNS };

export function insertFlow(db: Executor, row: FlowRow) {
  return db.insertInto('flows').values(row).execute();
}

export function findFlow(db: Executor, id: string) {
  return db.selectFrom('flows').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Compare-and-swap on `version`; answers whether the row was updated. */
export async function updateFlowAtVersion(db: Executor, id: string, expectedVersion: number, changes: Updateable<FlowTable>) {
  const result = await db.updateTable('flows').set(changes).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteFlowRow(db: Executor, id: string) {
  await db.deleteFrom('flow_integration_triggers').where('flow_id', '=', id).execute();
  await deleteWorkflowLogs(db, [id]);
  await db.deleteFrom('flows').where('id', '=', id).execute();
}

export async function replaceFlowIntegrationTriggers(db: Executor, flowId: string, integrationIds: string[]) {
  await db.deleteFrom('flow_integration_triggers').where('flow_id', '=', flowId).execute();
  if (integrationIds.length > 0) {
    await db
      .insertInto('flow_integration_triggers')
      .values(integrationIds.map((integration_id) => ({ flow_id: flowId, integration_id })))
      .execute();
  }
}

/** Flows of an application with an integration trigger keyed to the integration. */
export function findFlowsTriggeredBy(db: Executor, applicationId: string, integrationId: string) {
  return db
    .selectFrom('flows')
    .innerJoin('flow_integration_triggers as t', 't.flow_id', 'flows.id')
    .selectAll('flows')
    .where('t.integration_id', '=', integrationId)
    .where('flows.application_id', '=', applicationId)
    .execute();
}

export function listFlows(db: Executor, applicationId: string, filter: ListFilter | null, page: PageRequest) {
  let query = db.selectFrom('flows').selectAll().where('application_id', '=', applicationId);
  if (filter) query = query.where(likeLower(columnOf(COLUMNS, filter.field), filter.pattern));
  return fetchPage(query, page, COLUMNS);
}

export async function deleteApplicationFlows(db: Executor, applicationId: string) {
  const ids = db.selectFrom('flows').select('id').where('application_id', '=', applicationId);
  await db.deleteFrom('flow_integration_triggers').where('flow_id', 'in', ids).execute();
  await deleteWorkflowLogs(
    db,
    (await ids.execute()).map((r) => r.id),
  );
  await db.deleteFrom('flows').where('application_id', '=', applicationId).execute();
}

/** Enabled integrator.io flows (organization-wide, no application): what schedules may fire. */
export function listEnabledOrganizationFlows(db: Executor) {
  return db
    .selectFrom('flows')
    .select(['id', 'organization_id', 'attributes'])
    .where('application_id', 'is', null)
    .where('enabled', '=', 1)
    .execute();
}

/** Enabled Losant workflows with a trigger of this type (a text match narrows; callers check each trigger). */
export function listEnabledWorkflowsWithTrigger(db: Executor, type: string) {
  return db
    .selectFrom('flows')
    .selectAll()
    .where('application_id', 'is not', null)
    .where('enabled', '=', 1)
    .where('triggers', 'like', `%"${type}"%`)
    .execute();
}
