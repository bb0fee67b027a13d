import type { Updateable } from 'kysely';
import type { Executor } from '../executor.js';
import { afterKey, type KeysetPage, mergeBranches } from '../keyset.js';
import { runPrepared } from '../prepared.js';
import type { InstallationRow, InstallationTable } from '../tables.js';

export function insertInstallation(db: Executor, row: InstallationRow) {
  return db.insertInto('installations').values(row).execute();
}

export function findInstallation(db: Executor, id: string) {
  return db.selectFrom('installations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Read on every proxied call of an environment's account, so compiled once. */
export async function findInstallationOf(db: Executor, integrationId: string, applicationId: string) {
  const rows = await runPrepared(
    db,
    'findInstallationOf',
    () =>
      db.selectFrom('installations').selectAll().where('integration_id', '=', integrationId).where('application_id', '=', applicationId),
    [integrationId, applicationId],
  );
  return rows[0];
}

export function updateInstallation(db: Executor, id: string, changes: Updateable<InstallationTable>) {
  return db.updateTable('installations').set(changes).where('id', '=', id).execute();
}

export function deleteInstallationRow(db: Executor, id: string) {
  return db.deleteFrom('installations').where('id', '=', id).execute();
}

/** Whose installations a caller sees: its environments' and, as the owner, those of its integrations. */
export interface InstallationScope {
  organizationId: string;
  /** Only this environment (application tokens). */
  applicationId: string | null;
}

/**
 * One keyset page in creation order of the installs in scope: the caller's environments' (by environment or
 * organization index) and other teams' installs of the caller's integrations (by owner index), merged.
 */
export function listInstallations(db: Executor, scope: InstallationScope, filter: { integrationId?: string }, page: KeysetPage) {
  const branch = (mine: boolean) => {
    let query = db.selectFrom('installations').selectAll();
    if (!mine) {
      query = query.where('owner_organization_id', '=', scope.organizationId).where('organization_id', '!=', scope.organizationId);
    } else if (scope.applicationId) {
      query = query.where('application_id', '=', scope.applicationId);
    } else {
      query = query.where('organization_id', '=', scope.organizationId);
    }
    if (filter.integrationId) query = query.where('integration_id', '=', filter.integrationId);
    const after = page.after;
    if (after) query = query.where((eb) => afterKey(eb, after));
    return query
      .orderBy('created_at')
      .orderBy('id')
      .limit(page.limit + 1)
      .execute();
  };
  return mergeBranches([branch(true), branch(false)], page.limit);
}

/** The active installations of these integrations in environments of one organization (or one environment). */
export function activeInstallationsOf(db: Executor, integrationIds: string[], scope: InstallationScope) {
  if (integrationIds.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('installations')
    .select(['integration_id', 'application_id'])
    .where('integration_id', 'in', integrationIds)
    .where('status', '=', 'active')
    .where('organization_id', '=', scope.organizationId);
  if (scope.applicationId) query = query.where('application_id', '=', scope.applicationId);
  return query.orderBy('application_id').execute();
}
