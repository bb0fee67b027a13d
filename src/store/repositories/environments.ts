import type { Executor } from '../executor.js';
import { afterKey, type KeysetPage } from '../keyset.js';

/** One keyset page (by creation) of an organization's applications, or just the token's; one extra row. */
export function listEnvironments(db: Executor, scope: { organizationId: string; applicationId: string | null }, page: KeysetPage) {
  let query = db.selectFrom('applications').selectAll().where('organization_id', '=', scope.organizationId);
  if (scope.applicationId) query = query.where('id', '=', scope.applicationId);
  const after = page.after;
  if (after) query = query.where((eb) => afterKey(eb, after));
  return query
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
}
