import type { Executor } from '../executor.js';
import { COMMON_COLUMNS, fetchPage, type PageRequest } from '../paging.js';

export interface AuditPageQuery {
  organizationId: string;
  integrationId?: string;
  from?: string;
  to?: string;
  /** Application tokens see organization-wide events and their own application's. */
  reachableFrom?: string;
}

/** A page of audit events (newest first when the page request says so), filtered by time. */
export function pageAuditEvents(db: Executor, q: AuditPageQuery, page: PageRequest) {
  let query = db.selectFrom('audit_events').selectAll();
  query = q.integrationId ? query.where('integration_id', '=', q.integrationId) : query.where('organization_id', '=', q.organizationId);
  if (q.integrationId) query = query.where('organization_id', '=', q.organizationId);
  const app = q.reachableFrom;
  if (app) query = query.where((eb) => eb.or([eb('application_id', 'is', null), eb('application_id', '=', app)]));
  if (q.from) query = query.where('time', '>=', q.from);
  if (q.to) query = query.where('time', '<=', q.to);
  return fetchPage(query, page, { ...COMMON_COLUMNS, time: 'time' });
}
