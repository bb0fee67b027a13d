import type { Executor } from '../executor.js';
import { afterKey, type KeysetPage, mergeBranches } from '../keyset.js';

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

const SHARED = ['allow', 'ask'];

/**
 * One keyset page in creation order of what a team sees: its own integrations and other teams'
 * organization-wide ones shared with `allow` or `ask`. Each branch walks its own index, (organization_id,
 * created_at, id) or (sharing, created_at, id), for at most `limit + 1` rows; the branches are merged.
 */
export function listCatalog(db: Executor, scope: CatalogScope, filter: CatalogFilter, page: KeysetPage) {
  const branch = (mine: boolean, sharing?: string) => {
    let query = db.selectFrom('integrations').selectAll();
    if (mine) {
      query = query.where('organization_id', '=', scope.organizationId);
      const applicationId = scope.applicationId;
      if (applicationId) query = query.where((eb) => eb.or([eb('application_id', 'is', null), eb('application_id', '=', applicationId)]));
    } else {
      query = query.where('organization_id', '!=', scope.organizationId).where('application_id', 'is', null);
    }
    if (sharing !== undefined) query = query.where('sharing', '=', sharing);
    if (filter.name !== undefined) query = query.where('name', '=', filter.name);
    if (filter.category !== undefined) query = query.where('category', '=', filter.category);
    if (filter.ids !== undefined) query = query.where('id', 'in', filter.ids.length > 0 ? filter.ids : ['']);
    const after = page.after;
    if (after) query = query.where((eb) => afterKey(eb, after));
    return query
      .orderBy('created_at')
      .orderBy('id')
      .limit(page.limit + 1)
      .execute();
  };
  const shared = filter.sharing === undefined ? SHARED : SHARED.filter((s) => s === filter.sharing);
  return mergeBranches([branch(true, filter.sharing), ...shared.map((s) => branch(false, s))], page.limit);
}
