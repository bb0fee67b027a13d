import type { Principal } from '../../auth/principal.js';
import { canReach } from '../shared/access.js';
import type { Sharing } from './integration-model.js';

/** How a caller relates to an integration: its owner, another team it is shared with, or neither. */
export type Viewer = 'owner' | 'guest';

/**
 * `allow` and `ask` integrations are seen by every other team; `deny` ones only by their owner. Only
 * organization-wide integrations are shared: one made inside an application belongs to that application.
 */
export function viewerOf(
  principal: Principal,
  integration: { organizationId: string; applicationId: string | null; sharing: Sharing },
): Viewer | null {
  if (canReach(principal, integration.organizationId, integration.applicationId)) return 'owner';
  const shared = integration.sharing === 'allow' || integration.sharing === 'ask';
  if (shared && integration.organizationId !== principal.organizationId && integration.applicationId === null) return 'guest';
  return null;
}

/** The owner's and `allow` installs take effect at once; an `ask` install waits for the owner's approval. */
export function installStatus(viewer: Viewer, sharing: Sharing): 'active' | 'pending' {
  return viewer === 'owner' || sharing === 'allow' ? 'active' : 'pending';
}

export function canInstallDirectly(viewer: Viewer, sharing: Sharing): boolean {
  return installStatus(viewer, sharing) === 'active';
}
