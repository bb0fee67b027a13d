import type { Principal } from '../../auth/principal.js';
import { notFound } from '../../lib/errors.js';
import { isId, normalizeId } from '../../lib/ids.js';
import type { Executor } from '../../store/executor.js';
import { findIntegration } from '../../store/repositories/integrations.js';
import type { IntegrationRow } from '../../store/tables.js';
import { canReach } from '../shared/access.js';

/**
 * The one reach check for integrations: may this caller reach this integration? Its organization's
 * tokens may, an application token only when the integration is organization-wide or its own; the system
 * (no principal) always.
 */
export function mayReachIntegration(principal: Principal | null, row: { organization_id: string; application_id: string | null }) {
  return canReach(principal, row.organization_id, row.application_id);
}

/** The integration's row if the caller may reach it; undefined for a malformed, unknown or unreachable id. */
export async function findReachableIntegration(db: Executor, principal: Principal | null, id: string): Promise<IntegrationRow | undefined> {
  const row = isId(id) ? await findIntegration(db, normalizeId(id)) : undefined;
  return row && mayReachIntegration(principal, row) ? row : undefined;
}

/** The integration's row if the caller may reach it; otherwise 404, so other tenants' ids reveal nothing. */
export async function requireIntegration(db: Executor, principal: Principal | null, id: string): Promise<IntegrationRow> {
  const row = await findReachableIntegration(db, principal, id);
  if (!row) throw notFound('Integration');
  return row;
}
