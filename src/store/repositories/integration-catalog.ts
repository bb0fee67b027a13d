import type { Executor } from '../executor.js';
import { afterKey, type KeysetPage } from '../keyset.js';

export interface CatalogScope {
  organizationId: string;
  /** For application tokens: the organization's own integrations are those of this application or org-wide. */
  applicationId: string | null;
}

export interface CatalogFilter {
  name?: string;
  category?: string;
  sharing?: string;
  ids?: string[];
}

/**
 * One keyset page (by creation) of what a team sees: its own integrations and other teams' org-wide ones shared
 * with `allow` or `ask`. Fetches one extra row to tell whether more follow.
 */
export function listCatalog(db: Executor, scope: CatalogScope, filter: CatalogFilter, page: KeysetPage) {
  let query = db
    .selectFrom('integrations')
    .selectAll()
    .where((eb) => {
      const own = [eb('organization_id', '=', scope.organizationId)];
      if (scope.applicationId) own.push(eb.or([eb('application_id', 'is', null), eb('application_id', '=', scope.applicationId)]));
      return eb.or([
        eb.and(own),
        eb.and([
          eb('sharing', 'in', ['allow', 'ask']),
          eb('organization_id', '!=', scope.organizationId),
          eb('application_id', 'is', null),
        ]),
      ]);
    });
  if (filter.name !== undefined) query = query.where('name', '=', filter.name);
  if (filter.category !== undefined) query = query.where('category', '=', filter.category);
  if (filter.sharing !== undefined) query = query.where('sharing', '=', filter.sharing);
  if (filter.ids !== undefined) query = query.where('id', 'in', filter.ids.length > 0 ? filter.ids : ['']);
  const after = page.after;
  if (after) query = query.where((eb) => afterKey(eb, after));
  return query
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
}
