import { diffFields, type FieldChange } from '../../lib/diff.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import { insertAuditEvent, listAuditEvents } from '../../store/repositories/audit-events.js';
import type { AuditEventRow } from '../../store/tables.js';
import type { Actor, CoreContext } from './context.js';

/** `run` and `cancel` are jobs' (integrator.io flow runs). */
export type AuditEvent = 'create' | 'update' | 'delete' | 'run' | 'cancel';

/** What an audit event is about: the resource and the tenant (organization, application, integration) it sits in. */
export interface AuditTarget {
  organizationId: string;
  applicationId: string | null;
  integrationId: string | null;
  resourceType: string;
  resourceId: string;
}

/** A stored row or a core model: its id and its tenant fields, in either spelling. */
type Owned = { id: string } & (
  | { organization_id: string; application_id?: string | null; integration_id?: string | null }
  | { organizationId: string; applicationId?: string | null; integrationId?: string | null }
);

/** The one audit-target builder: the resource's own id and tenant fields, unless `ids` says otherwise. */
export function auditTarget(resourceType: string, resource: Owned, ids: Partial<Omit<AuditTarget, 'resourceType'>> = {}): AuditTarget {
  const own =
    'organization_id' in resource
      ? { organizationId: resource.organization_id, applicationId: resource.application_id, integrationId: resource.integration_id }
      : { organizationId: resource.organizationId, applicationId: resource.applicationId, integrationId: resource.integrationId };
  return {
    organizationId: ids.organizationId ?? own.organizationId,
    applicationId: 'applicationId' in ids ? (ids.applicationId ?? null) : (own.applicationId ?? null),
    integrationId: 'integrationId' in ids ? (ids.integrationId ?? null) : (own.integrationId ?? null),
    resourceType,
    resourceId: ids.resourceId ?? resource.id,
  };
}

export interface AuditEntry extends AuditTarget {
  event: AuditEvent;
  /** Secret-free views of the resource before and after (null when created or deleted). */
  before: unknown;
  after: unknown;
  /** Paths of secret fields that changed; recorded without their values. */
  changedSecrets?: string[];
}

export async function recordAudit(trx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(trx, auditEventRow(actor, entry));
}

/** The stored audit event of a change, for a statement that writes it with the change itself. */
export function auditEventRow(actor: Actor, entry: AuditEntry): AuditEventRow {
  // A deletion records no field changes: the resource itself is gone.
  const changes: FieldChange[] = entry.event === 'delete' ? [] : diffFields(entry.before ?? {}, entry.after ?? {});
  for (const path of entry.changedSecrets ?? []) {
    changes.push({ fieldPath: path, oldValue: '[redacted]', newValue: '[redacted]' });
  }
  return {
    id: newId(),
    organization_id: entry.organizationId,
    application_id: entry.applicationId,
    integration_id: entry.integrationId,
    resource_type: entry.resourceType,
    resource_id: entry.resourceId,
    event: entry.event,
    source: actor.source,
    actor_type: actor.principal ? 'apiToken' : 'system',
    actor_id: actor.principal?.tokenId ?? null,
    field_changes: JSON.stringify(changes),
    time: nowIso(),
  };
}

export interface AuditRecord {
  id: string;
  organizationId: string;
  applicationId: string | null;
  integrationId: string | null;
  resourceType: string;
  resourceId: string;
  event: string;
  source: string;
  actorType: string;
  actorId: string | null;
  time: string;
  fieldChanges: FieldChange[];
}

export function rowToAuditRecord(row: AuditEventRow): AuditRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    applicationId: row.application_id,
    integrationId: row.integration_id,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    event: row.event,
    source: row.source,
    actorType: row.actor_type,
    actorId: row.actor_id,
    time: row.time,
    fieldChanges: JSON.parse(row.field_changes),
  };
}

export function createAuditService(ctx: CoreContext) {
  return {
    async list(q: Parameters<typeof listAuditEvents>[1]): Promise<AuditRecord[]> {
      return (await listAuditEvents(ctx.store.db, q)).map(rowToAuditRecord);
    },
  };
}
