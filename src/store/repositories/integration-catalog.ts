import { sql } from 'kysely';
import type { Dialect } from '../database.js';
import type { Executor } from '../executor.js';
import { afterKey, type KeysetPage, mergeBranches } from '../keyset.js';
import { runPreparedRemembered } from '../prepared.js';

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

/** What a team's view of one integration depends on, read in one query (see `findCatalogViewState`). */
export interface CatalogViewStateRow {
  version: number | string;
  updated_at: string;
  organization_id: string;
  application_id: string | null;
  sharing: string;
  team_name: string;
  team_created_at: string;
  team_updated_at: string;
  /** The application ids of the scope's active installs, comma-separated, in no particular order. */
  installed: string | null;
  /** The organization of the environment asked about (null: none asked, or no such application). */
  environment_organization_id: string | null;
}

/**
 * The integration's stamp and sharing, its team's shown fields, the scope's active installs of it and the
 * asked environment's organization, in one query: everything a team's view of it shows besides the stored
 * JSON, which its version names.
 */
export async function findCatalogViewState(
  db: Executor,
  dialect: Dialect,
  id: string,
  scope: CatalogScope,
  environmentId: string | null,
): Promise<CatalogViewStateRow | undefined> {
  const build = (organizationId: string, applicationId: string | null, environment: string | null, integrationId: string) => {
    const installed = sql`select ${dialect === 'postgres' ? sql`string_agg(s.application_id, ',')` : sql`group_concat(s.application_id, ',')`}
      from installations s where s.integration_id = i.id and s.status = 'active' and s.organization_id = ${organizationId}
      ${applicationId === null ? sql`` : sql`and s.application_id = ${applicationId}`}`;
    return sql<CatalogViewStateRow>`select i.version, i.updated_at, i.organization_id, i.application_id, i.sharing,
      o.name as team_name, o.created_at as team_created_at, o.updated_at as team_updated_at,
      (${installed}) as installed,
      (select e.organization_id from applications e where e.id = ${environment}) as environment_organization_id
      from integrations i inner join organizations o on o.id = i.organization_id where i.id = ${integrationId}`;
  };
  const parameters = [scope.organizationId, ...(scope.applicationId === null ? [] : [scope.applicationId]), environmentId, id];
  const name = scope.applicationId === null ? 'findCatalogViewState' : 'findCatalogViewStateInApplication';
  const placeholders = () => build('', scope.applicationId === null ? null : '', null, '').compile(db);
  const rows = await runPreparedRemembered(db, name, () => ({ compile: placeholders }), parameters);
  return rows[0];
}
