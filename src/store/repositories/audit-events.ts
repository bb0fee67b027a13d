import type { Executor } from '../executor.js';
import { runPreparedWrite } from '../prepared.js';
import type { AuditEventRow } from '../tables.js';

/** Every column of an audit event, in the order prepared statements take them. */
export const AUDIT_EVENT_COLUMNS = [
  'id',
  'organization_id',
  'application_id',
  'integration_id',
  'resource_type',
  'resource_id',
  'event',
  'source',
  'actor_type',
  'actor_id',
  'field_changes',
  'time',
] as const satisfies ReadonlyArray<keyof AuditEventRow>;

export const auditEventValues = (row: AuditEventRow) => AUDIT_EVENT_COLUMNS.map((column) => row[column]);

export async function insertAuditEvent(db: Executor, row: AuditEventRow): Promise<void> {
  // Built once, from the columns in their order: the parameters follow it.
  const ordered = () => Object.fromEntries(AUDIT_EVENT_COLUMNS.map((column) => [column, row[column]])) as AuditEventRow;
  await runPreparedWrite(db, 'insertAuditEvent', () => db.insertInto('audit_events').values(ordered()), auditEventValues(row));
}

export interface AuditQuery {
  organizationId: string;
  integrationId?: string;
  resourceId?: string;
  from?: string;
  to?: string;
  limit: number;
}

export function listAuditEvents(db: Executor, q: AuditQuery) {
  let query = db.selectFrom('audit_events').selectAll().where('organization_id', '=', q.organizationId);
  if (q.integrationId) query = query.where('integration_id', '=', q.integrationId);
  if (q.resourceId) query = query.where('resource_id', '=', q.resourceId);
  if (q.from) query = query.where('time', '>=', q.from);
  if (q.to) query = query.where('time', '<=', q.to);
  return query.orderBy('time', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
}
