import { createHash } from 'node:crypto';
import { AppError } from '../../lib/errors.js';
import { isId, newId, normalizeId } from '../../lib/ids.js';
import { canonicalJson, type JsonObject } from '../../lib/json.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import { findIntegrationFlows } from '../../store/repositories/integration-flows.js';
import { insertIntegration } from '../../store/repositories/integrations.js';
import { findResources } from '../../store/repositories/resources.js';
import { type FlowFields, flowAuditView, rowToFlow } from '../flows/flow-model.js';
import {
  auditView,
  fieldsToColumns,
  type Integration,
  type IntegrationFields,
  rowToIntegration,
} from '../integrations/integration-model.js';
import { canReach } from '../shared/access.js';
import { auditTarget, recordAudit } from '../shared/audit-service.js';
import type { Actor, CoreContext } from '../shared/context.js';
import { accountConnectionOutline } from './connection-view.js';
import { flowRefs, insertFlowIn } from './integration-flow-service.js';
import { insertResourceIn, presentResources, type ResourceKind, rowToResource } from './resource-service.js';

/** An integration and everything it owns, secrets cut out: what revisions, templates and clones carry. */
export interface Bundle {
  integration: IntegrationFields;
  flows: { id: string; fields: FlowFields }[];
  exports: { id: string; doc: JsonObject }[];
  imports: { id: string; doc: JsonObject }[];
  connections: { id: string; doc: JsonObject }[];
}

/** What a clone or template install created, integration first (integrator.io's clone manifest). */
export type Manifest = { model: 'Integration' | 'Flow' | 'Export' | 'Import' | 'Connection'; _id: string; name: string }[];

export function registeredConnectionIds(integration: { attributes: JsonObject }): string[] {
  const ids = integration.attributes._registeredConnectionIds;
  return Array.isArray(ids) ? ids.filter((v): v is string => typeof v === 'string') : [];
}

/** `key` opens connected accounts, which are carried as the `http` connections they are. */
export async function gatherBundle(db: Executor, integration: Integration, key: Buffer): Promise<Bundle> {
  const flows = (await findIntegrationFlows(db, integration.id)).map(rowToFlow);
  const refIds = flows.flatMap((f) => flowRefs(f.attributes).map((r) => normalizeId(r.id)));
  const used = (await findResources(db, integration.organizationId, [...new Set(refIds)])).map(rowToResource);
  const connectionIds = new Set([
    ...registeredConnectionIds(integration),
    ...used.flatMap((r) => (r.connectionId ? [r.connectionId] : [])),
  ]);
  const connections = await presentResources(
    key,
    await findResources(db, integration.organizationId, [...connectionIds]),
    accountConnectionOutline,
  );
  const pick = (kind: ResourceKind, items: typeof used) =>
    items
      .filter((r) => r.kind === kind)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => ({ id: r.id, doc: r.doc }));
  const { name, description, integrationType, category, enabled, sharing, isBeta, attributes, config, settings } = integration;
  const fields = { name, description, integrationType, category, enabled, sharing, isBeta, attributes, config, settings };
  return {
    integration: auditView(fields),
    flows: flows.map((f) => ({ id: f.id, fields: flowAuditView(f) })),
    exports: pick('export', used),
    imports: pick('import', used),
    // `offline` is health, not configuration: a ping must not make a snapshot differ.
    connections: pick('connection', connections).map(({ id, doc: { offline: _health, ...doc } }) => ({ id, doc })),
  };
}

export function bundleHash(bundle: Bundle): string {
  return createHash('sha256').update(canonicalJson(bundle)).digest('hex');
}

export async function insertIntegrationIn(
  trx: Executor,
  ctx: CoreContext,
  actor: Actor,
  organizationId: string,
  fields: IntegrationFields,
) {
  const now = nowIso();
  const row = {
    id: newId(),
    organization_id: organizationId,
    application_id: null,
    ...fieldsToColumns(ctx.encryptionKey, fields),
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await insertIntegration(trx, row);
  await recordAudit(trx, actor, {
    ...auditTarget('integration', row, { integrationId: row.id }),
    event: 'create',
    before: null,
    after: auditView(fields),
  });
  return rowToIntegration(ctx.encryptionKey, row);
}

/** Points a flow's export and import ids at their copies. */
export function remapFlowRefs(attributes: JsonObject, ids: Map<string, string>): JsonObject {
  const swap = (v: unknown) => (typeof v === 'string' ? (ids.get(normalizeId(v)) ?? v) : v);
  const each = (value: unknown, fields: string[]) =>
    Array.isArray(value)
      ? value.map((item) => {
          if (typeof item !== 'object' || item === null) return item;
          const copy = { ...(item as JsonObject) };
          for (const f of fields) if (f in copy) copy[f] = swap(copy[f]);
          return copy;
        })
      : value;
  const out: JsonObject = { ...attributes };
  if ('pageGenerators' in out) out.pageGenerators = each(out.pageGenerators, ['_exportId']);
  if ('pageProcessors' in out) out.pageProcessors = each(out.pageProcessors, ['_exportId', '_importId']);
  for (const f of ['_exportId', '_importId']) if (f in out) out[f] = swap(out[f]);
  return out;
}

export interface CopyOptions {
  name: string;
  /** Old connection id → connection to use. Without a map, the bundle's connections are created anew. */
  connectionMap: Record<string, string> | null;
  attributes?: JsonObject;
}

/** Creates a new integration from a bundle, with new ids throughout, inside the caller's transaction. */
export async function copyBundle(
  trx: Executor,
  ctx: CoreContext,
  actor: Actor,
  organizationId: string,
  bundle: Bundle,
  options: CopyOptions,
) {
  const manifest: Manifest = [];
  const connections = new Map<string, string>();
  const created: Manifest = [];
  for (const connection of bundle.connections) {
    if (options.connectionMap) {
      const target = options.connectionMap[connection.id];
      if (typeof target !== 'string' || !isId(target)) {
        const message = `connectionMap must map connection ${connection.id} to a connection (map it to itself to reuse it).`;
        throw new AppError('bad_request', message, [{ path: 'connectionMap', message, code: 'invalid_connectionMap' }]);
      }
      const found = await findResources(trx, organizationId, [normalizeId(target)]);
      if (found[0]?.kind !== 'connection' || !canReach(actor.principal, found[0].organization_id, found[0].application_id)) {
        const message = `Connection ${target} in connectionMap was not found.`;
        throw new AppError('bad_request', message, [{ path: `connectionMap.${connection.id}`, message, code: 'invalid_connectionMap' }]);
      }
      connections.set(connection.id, found[0].id);
    } else {
      // A template carries no credentials: its connections start offline until they are given some.
      const copy = await insertResourceIn(trx, ctx, actor, organizationId, 'connection', { ...connection.doc, offline: true });
      connections.set(connection.id, copy.id);
      created.push({ model: 'Connection', _id: copy.id, name: copy.name });
    }
  }
  const ids = new Map<string, string>();
  const steps: Manifest = [];
  for (const [kind, items] of [
    ['export', bundle.exports],
    ['import', bundle.imports],
  ] as const) {
    for (const item of items) {
      const connectionId = typeof item.doc._connectionId === 'string' ? connections.get(item.doc._connectionId) : undefined;
      const copy = await insertResourceIn(trx, ctx, actor, organizationId, kind, {
        ...item.doc,
        _connectionId: connectionId ?? item.doc._connectionId,
      });
      ids.set(item.id, copy.id);
      steps.push({ model: kind === 'export' ? 'Export' : 'Import', _id: copy.id, name: copy.name });
    }
  }
  const registered = registeredConnectionIds(bundle.integration).flatMap((id) => connections.get(id) ?? []);
  const integration = await insertIntegrationIn(trx, ctx, actor, organizationId, {
    ...bundle.integration,
    name: options.name,
    attributes: { ...bundle.integration.attributes, ...options.attributes, _registeredConnectionIds: [...new Set(registered)] },
  });
  manifest.push({ model: 'Integration', _id: integration.id, name: integration.name });
  for (const flow of bundle.flows) {
    const fields = { ...flow.fields, integrationId: integration.id, attributes: remapFlowRefs(flow.fields.attributes, ids) };
    const copy = await insertFlowIn(trx, actor, organizationId, fields);
    manifest.push({ model: 'Flow', _id: copy.id, name: copy.name });
  }
  return [...manifest, ...steps, ...created];
}
