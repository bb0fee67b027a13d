import type { Principal } from '../../auth/principal.js';
import { notFound } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import type { Executor } from '../../store/executor.js';
import { findApplication } from '../../store/repositories/applications.js';
import type { ApplicationRow } from '../../store/tables.js';

/** The application if the principal may reach it; otherwise 404, so other tenants' ids reveal nothing. */
export async function requireApplication(db: Executor, principal: Principal | null, applicationId: string): Promise<ApplicationRow> {
  if (!isId(applicationId)) throw notFound('Application');
  const id = normalizeId(applicationId);
  if (principal?.applicationId && principal.applicationId !== id) throw notFound('Application');
  const app = await findApplication(db, id);
  if (!app || (principal && app.organization_id !== principal.organizationId)) throw notFound('Application');
  return app;
}

/**
 * Whether a principal may reach a resource of this organization and (maybe) application. Organization-wide
 * resources (no application) are shared by all of the organization's applications.
 */
export function canReach(principal: Principal | null, organizationId: string, applicationId: string | null): boolean {
  if (!principal) return true;
  if (principal.organizationId !== organizationId) return false;
  return !principal.applicationId || !applicationId || principal.applicationId === applicationId;
}
