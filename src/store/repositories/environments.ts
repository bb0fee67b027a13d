import type { Executor } from '../executor.js';

/** One keyset page (by id) of an organization's applications, or just the token's; one extra row. */
export function listEnvironments(
  db: Executor,
  scope: { organizationId: string; applicationId: string | null },
  page: { afterId: string | null; limit: number },
) {
  let query = db.selectFrom('applications').selectAll().where('organization_id', '=', scope.organizationId);
  if (scope.applicationId) query = query.where('id', '=', scope.applicationId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
}
