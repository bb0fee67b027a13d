import type { Executor } from '../executor.js';
import { fetchPage, type PageRequest } from '../paging.js';

/** Organization-wide flows (no application): integrator.io flows, standalone or in an integration. */
export function listOrganizationFlows(db: Executor, organizationId: string, integrationId: string | null, page: PageRequest) {
  let query = db.selectFrom('flows').selectAll().where('organization_id', '=', organizationId).where('application_id', 'is', null);
  if (integrationId) query = query.where('integration_id', '=', integrationId);
  return fetchPage(query, page);
}

export function findIntegrationFlows(db: Executor, integrationId: string) {
  return db.selectFrom('flows').selectAll().where('integration_id', '=', integrationId).orderBy('created_at').orderBy('id').execute();
}

export async function replaceFlowResourceRefs(db: Executor, flowId: string, resourceIds: string[]) {
  await db.deleteFrom('flow_resource_refs').where('flow_id', '=', flowId).execute();
  if (resourceIds.length > 0) {
    await db
      .insertInto('flow_resource_refs')
      .values(resourceIds.map((resource_id) => ({ flow_id: flowId, resource_id })))
      .execute();
  }
}

export async function flowUsesResource(db: Executor, resourceId: string): Promise<boolean> {
  const row = await db.selectFrom('flow_resource_refs').select('flow_id').where('resource_id', '=', resourceId).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The ids of the flows that use an export or import. */
export async function flowsUsingResource(db: Executor, resourceId: string): Promise<string[]> {
  const rows = await db.selectFrom('flow_resource_refs').select('flow_id').where('resource_id', '=', resourceId).execute();
  return rows.map((r) => r.flow_id);
}
