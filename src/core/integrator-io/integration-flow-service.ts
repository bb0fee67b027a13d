import type { Principal } from '../../auth/principal.js';
import { notFound } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import type { JsonObject } from '../../lib/json.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import type { PageRequest } from '../../store/paging.js';
import { deleteFlowRow, findFlow, insertFlow, updateFlowAtVersion } from '../../store/repositories/flows.js';
import { listOrganizationFlows, replaceFlowResourceRefs } from '../../store/repositories/integration-flows.js';
import { findResources } from '../../store/repositories/resources.js';
import type { FlowRow } from '../../store/tables.js';
import { type Flow, type FlowFields, flowAuditView, flowFieldsToColumns, rowToFlow } from '../flows/flow-model.js';
import { findReachableIntegration } from '../integrations/integration-access.js';
import { canReach } from '../shared/access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import { type Actor, type CoreContext, transaction } from '../shared/context.js';
import { MISSED, type Missed, writeRow } from '../shared/row-write.js';
import { unprocessableRef } from './resource-service.js';

/** An export or import a flow names, with where (`pageProcessors.1._importId`). */
export interface FlowRef {
  kind: 'export' | 'import';
  id: string;
  field: string;
}

const list = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'object' && v !== null) : []);

/** The exports and imports an integrator.io flow document uses (page generators, page processors, legacy top-level ids). */
export function flowRefs(doc: JsonObject): FlowRef[] {
  const refs: FlowRef[] = [];
  const add = (kind: 'export' | 'import', id: unknown, field: string) => {
    if (id !== undefined && id !== null) refs.push({ kind, id: String(id), field });
  };
  list(doc.pageGenerators).forEach((pg, i) => {
    add('export', pg._exportId, `pageGenerators.${i}._exportId`);
  });
  list(doc.pageProcessors).forEach((pp, i) => {
    if (pp.type === 'import' || (pp.type === undefined && pp._importId)) add('import', pp._importId, `pageProcessors.${i}._importId`);
    else add('export', pp._exportId, `pageProcessors.${i}._exportId`);
  });
  add('export', doc._exportId, '_exportId');
  add('import', doc._importId, '_importId');
  return refs;
}

/** integrator.io flow document → the shared flow model (`disabled` is the inverse of `enabled`). */
export function docToFlowFields(doc: JsonObject): FlowFields {
  const { name, description, disabled, _integrationId, ...attributes } = doc;
  return {
    name: typeof name === 'string' ? name : '',
    description: typeof description === 'string' ? description : null,
    enabled: disabled !== true,
    triggers: [],
    nodes: [],
    integrationId: typeof _integrationId === 'string' ? normalizeId(_integrationId) : null,
    attributes,
  };
}

/** Checks the flow's integration and resources belong to the organization; ids are normalised in place. */
async function checkFlow(db: Executor, principal: Principal | null, organizationId: string, fields: FlowFields): Promise<string[]> {
  if (fields.integrationId !== null) {
    const integration = await findReachableIntegration(db, principal, fields.integrationId);
    if (!integration || integration.organization_id !== organizationId) {
      throw unprocessableRef('_integrationId', `Integration ${fields.integrationId} was not found.`);
    }
  }
  const refs = flowRefs(fields.attributes);
  for (const ref of refs) if (!isId(ref.id)) throw unprocessableRef(ref.field, 'Please provide a valid _id.');
  const found = new Map(
    (
      await findResources(
        db,
        organizationId,
        refs.map((r) => normalizeId(r.id)),
      )
    ).map((r) => [r.id, r.kind]),
  );
  for (const ref of refs) {
    if (found.get(normalizeId(ref.id)) !== ref.kind) throw unprocessableRef(ref.field, `The ${ref.kind} ${ref.id} was not found.`);
  }
  return [...new Set(refs.map((r) => normalizeId(r.id)))];
}

export async function insertFlowIn(trx: Executor, actor: Actor, organizationId: string, fields: FlowFields, id = newId()) {
  const refs = await checkFlow(trx, actor.principal, organizationId, fields);
  const now = nowIso();
  const row: FlowRow = {
    id,
    organization_id: organizationId,
    application_id: null,
    ...flowFieldsToColumns(fields),
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await insertFlow(trx, row);
  await replaceFlowResourceRefs(trx, row.id, refs);
  await recordAudit(trx, actor, {
    ...auditTarget('flow', row, { applicationId: null }),
    event: 'create',
    before: null,
    after: flowAuditView(fields),
  });
  return rowToFlow(row);
}

/** Replaces a flow read in the caller's transaction; MISSED when it is no longer at the version read. */
export async function replaceFlowIn(trx: Executor, actor: Actor, current: Flow, next: FlowFields): Promise<Flow | Missed> {
  const refs = await checkFlow(trx, actor.principal, current.organizationId, next);
  const updatedAt = nowIso();
  const columns = { ...flowFieldsToColumns(next), version: current.version + 1, updated_at: updatedAt };
  if (!(await updateFlowAtVersion(trx, current.id, current.version, columns))) return MISSED;
  await replaceFlowResourceRefs(trx, current.id, refs);
  const target = auditTarget('flow', current, { applicationId: null, integrationId: next.integrationId ?? current.integrationId });
  await recordAudit(trx, actor, { ...target, event: 'update', before: flowAuditView(current), after: flowAuditView(next) });
  return { ...current, ...next, version: current.version + 1, updatedAt };
}

export async function deleteFlowIn(trx: Executor, actor: Actor, flow: Flow) {
  await deleteFlowRow(trx, flow.id);
  await replaceFlowResourceRefs(trx, flow.id, []);
  const target = auditTarget('flow', flow, { applicationId: null });
  await recordAudit(trx, actor, { ...target, event: 'delete', before: flowAuditView(flow), after: null });
}

/** integrator.io flows: organization-wide (no application), standalone or in an integration. */
export function createIntegrationFlowService(ctx: CoreContext) {
  async function load(db: Executor, principal: Principal | null, id: string): Promise<Flow> {
    const row = isId(id) ? await findFlow(db, normalizeId(id)) : undefined;
    if (!row || row.application_id !== null || !canReach(principal, row.organization_id, null)) throw notFound('Flow');
    return rowToFlow(row);
  }

  return {
    create(actor: Actor, organizationId: string, doc: JsonObject): Promise<Flow> {
      return transaction(ctx, (trx) => insertFlowIn(trx, actor, organizationId, docToFlowFields(doc)));
    },

    get(principal: Principal, id: string): Promise<Flow> {
      return load(ctx.store.db, principal, id);
    },

    async list(principal: Principal, integrationId: string | null, page: PageRequest) {
      const result = await listOrganizationFlows(ctx.store.db, principal.organizationId, integrationId, page);
      return { total: result.total, items: result.rows.map(rowToFlow) };
    },

    replace(actor: Actor, id: string, doc: JsonObject): Promise<Flow> {
      return writeRow(ctx, {
        table: 'flows',
        id,
        label: 'flow',
        load: (trx) => load(trx, actor.principal, id),
        versionOf: (flow) => flow.version,
        apply: (trx, flow) => replaceFlowIn(trx, actor, flow, docToFlowFields(doc)),
      });
    },

    /** A read-modify-write of the flow's integrator.io document in one transaction (JSON Patch). */
    edit(actor: Actor, id: string, change: (doc: JsonObject) => JsonObject): Promise<Flow> {
      const docOf = (current: Flow): JsonObject => ({
        ...current.attributes,
        name: current.name,
        ...(current.description !== null ? { description: current.description } : {}),
        disabled: !current.enabled,
        ...(current.integrationId ? { _integrationId: current.integrationId } : {}),
      });
      return writeRow(ctx, {
        table: 'flows',
        id,
        label: 'flow',
        load: (trx) => load(trx, actor.principal, id),
        versionOf: (flow) => flow.version,
        apply: (trx, flow) => replaceFlowIn(trx, actor, flow, docToFlowFields(change(docOf(flow)))),
      });
    },

    delete(actor: Actor, id: string): Promise<void> {
      return transaction(ctx, async (trx) => deleteFlowIn(trx, actor, await load(trx, actor.principal, id)));
    },
  };
}
