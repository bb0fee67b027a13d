import type { Flow } from '../../core/flows/flow-model.js';
import type { Integration, IntegrationFields } from '../../core/integrations/integration-model.js';
import { INTEGRATION_DEFAULTS } from '../../core/integrations/integration-service.js';
import type { Resource } from '../../core/integrator-io/resource-service.js';
import type { Revision } from '../../core/integrator-io/revision-service.js';
import type { Share } from '../../core/integrator-io/share-service.js';
import type { AuditRecord } from '../../core/shared/audit-service.js';
import { newId } from '../../lib/ids.js';
import type { JsonObject } from '../../lib/json.js';
import { INTEGRATION_ATTRIBUTES, READ_ONLY } from './schemas.js';

const SERVER_SET = ['_registeredConnectionIds', '_sourceId'];

export function toCeligoIntegration(integration: Integration) {
  const a = integration.attributes;
  const kept = Object.fromEntries([...INTEGRATION_ATTRIBUTES, ...SERVER_SET].filter((k) => a[k] !== undefined).map((k) => [k, a[k]]));
  return {
    _id: integration.id,
    name: integration.name,
    ...(integration.description !== null ? { description: integration.description } : {}),
    sandbox: false,
    install: [],
    installSteps: [],
    uninstallSteps: [],
    flowGroupings: [],
    _registeredConnectionIds: [] as string[],
    ...kept,
    settings: integration.settings,
    createdAt: integration.createdAt,
    lastModified: integration.updatedAt,
  };
}

/** Flow groupings get their `_id` from the server (a PUT with `{name}` adds one). */
function withGroupingIds(value: unknown) {
  return Array.isArray(value)
    ? value.map((g: JsonObject) => ({ _id: newId(), ...g, ...(g._id ? { _id: String(g._id).toLowerCase() } : {}) }))
    : value;
}

/**
 * A POST or PUT body over an integration: the integrator.io fields are replaced whole, server-set ones
 * are kept, and what other surfaces store (Losant's topics, Truto's config) is left alone.
 */
export function fieldsFromBody(body: JsonObject, current?: Integration): IntegrationFields {
  const base: IntegrationFields = current ?? { ...INTEGRATION_DEFAULTS, name: '' };
  const attributes: JsonObject = { ...base.attributes };
  for (const key of INTEGRATION_ATTRIBUTES) {
    if (body[key] === undefined) delete attributes[key];
    else attributes[key] = body[key];
  }
  for (const key of ['flowGroupings', 'apiGroupings']) if (attributes[key]) attributes[key] = withGroupingIds(attributes[key]);
  return {
    ...base,
    name: String(body.name),
    description: typeof body.description === 'string' ? body.description : null,
    settings: (body.settings as JsonObject | undefined) ?? {},
    attributes,
  };
}

/** A request body without the fields the server sets. */
export function docOf(body: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(body).filter(([k]) => !READ_ONLY.includes(k)));
}

export function toCeligoResource(resource: Resource) {
  return { ...resource.doc, _id: resource.id, name: resource.name, createdAt: resource.createdAt, lastModified: resource.updatedAt };
}

export function toCeligoFlow(flow: Flow) {
  return {
    ...flow.attributes,
    _id: flow.id,
    name: flow.name,
    ...(flow.description !== null ? { description: flow.description } : {}),
    disabled: !flow.enabled,
    ...(flow.integrationId ? { _integrationId: flow.integrationId } : {}),
    createdAt: flow.createdAt,
    lastModified: flow.updatedAt,
  };
}

export function toCeligoShare(share: Share) {
  return {
    _id: share.id,
    _integrationId: share.integrationId,
    accessLevel: share.accessLevel,
    accepted: share.accepted,
    disabled: share.disabled,
    sharedWithUser: { email: share.email },
    createdAt: share.createdAt,
    lastModified: share.updatedAt,
  };
}

export function toCeligoRevision(revision: Revision) {
  return {
    _id: revision.id,
    _integrationId: revision.integrationId,
    type: revision.type,
    status: revision.status,
    ...(revision.description !== null ? { description: revision.description } : {}),
    ...(revision.byId ? { _byUserId: revision.byId } : {}),
    beforeRevisionHash: revision.contentHash,
    ...(revision.revertedTo ? { _revertedToRevisionId: revision.revertedTo } : {}),
    createdAt: revision.createdAt,
  };
}

/** Audit sources are lowercase in integrator.io; every Junction surface is an API, the CLI is the system. */
const SOURCES: Record<string, string> = { losant: 'api', celigo: 'api', truto: 'api', cli: 'system', system: 'system' };

export function toCeligoAudit(record: AuditRecord) {
  return {
    _id: record.id,
    resourceType: record.resourceType,
    _resourceId: record.resourceId,
    event: record.event,
    source: SOURCES[record.source] ?? 'api',
    surface: record.source,
    time: record.time,
    ...(record.actorId ? { _byUserId: record.actorId } : {}),
    fieldChanges: record.fieldChanges,
  };
}
