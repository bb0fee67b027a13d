import { diffFields, type FieldChange } from '../../lib/diff.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Executor } from '../../store/executor.js';
import { insertAuditEvent, listAuditEvents } from '../../store/repositories/audit-events.js';
import type { AuditEventRow } from '../../store/tables.js';
import type { Actor, CoreContext } from './context.js';

/** `run` and `cancel` are jobs' (integrator.io flow runs). */
export type AuditEvent = 'create' | 'update' | 'delete' | 'run' | 'cancel';

export interface AuditEntry {
  organizationId: string;
  applicationId: string | null;
  integrationId: string | null;
  resourceType: string;
  resourceId: string;
  event: AuditEvent;
  /** Secret-free views of the resource before and after (null when created or deleted). */
  before: unknown;
  after: unknown;
  /** Paths of secret fields that changed; recorded without their values. */
  changedSecrets?: string[];
}

export async function recordAudit(trx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
  // A deletion records no field changes: the resource itself is gone.
  const changes: FieldChange[] = entry.event === 'delete' ? [] : diffFields(entry.before ?? {}, entry.after ?? {});
  for (const path of entry.changedSecrets ?? []) {
    changes.push({ fieldPath: path, oldValue: '[redacted]', newValue: '[redacted]' });
  }
  await insertAuditEvent(trx, {
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
  });
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
