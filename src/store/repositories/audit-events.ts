import type { Executor } from '../executor.js';
import type { AuditEventRow } from '../tables.js';

export function insertAuditEvent(db: Executor, row: AuditEventRow) {
  return db.insertInto('audit_events').values(row).execute();
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
