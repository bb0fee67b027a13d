import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import { findApplicationByName, insertApplication } from '../../store/repositories/applications.js';
import { countOrganizations, findOrganizationByName, insertOrganization } from '../../store/repositories/organizations.js';
import type { CoreContext } from '../shared/context.js';
import { transaction } from '../shared/context.js';
import type { TokenService } from './token-service.js';

const DEFAULT_NAME = 'default';

export interface Tenant {
  organizationId: string;
  applicationId: string;
  token: string;
}

/** What `init` found or made; `token` is null when it issued none. */
export interface Setup {
  organizationId: string;
  applicationId: string;
  token: string | null;
  /** Whether this call created the organization. */
  created: boolean;
}
const SYSTEM = { principal: null, source: 'cli' } as const;

export function createSetupService(ctx: CoreContext, tokens: TokenService) {
  return {
    async isEmpty(): Promise<boolean> {
      return (await countOrganizations(ctx.store.db)) === 0;
    },

    /**
     * Creates (once) the `default` organization and application. An admin token is issued when this call
     * created the organization, or when `newToken` asks for one; a rerun otherwise issues nothing.
     */
    async init(options: { newToken?: boolean } = {}): Promise<Setup> {
      const found = await ensure(DEFAULT_NAME);
      const token = found.created || options.newToken ? await issueAdmin(found.organizationId) : null;
      return { ...found, token };
    },

    /** Finds or creates an organization and its `default` application; issues a new `all.Organization` token. */
    async ensureOrganization(name: string): Promise<Tenant> {
      const { organizationId, applicationId } = await ensure(name);
      return { organizationId, applicationId, token: await issueAdmin(organizationId) };
    },
  };

  function ensure(name: string) {
    return transaction(ctx, async (trx) => {
      const now = nowIso();
      let org = await findOrganizationByName(trx, name);
      const created = !org;
      if (!org) {
        org = { id: newId(), name, created_at: now, updated_at: now };
        await insertOrganization(trx, org);
      }
      let app = await findApplicationByName(trx, org.id, DEFAULT_NAME);
      if (!app) {
        app = { id: newId(), organization_id: org.id, name: DEFAULT_NAME, description: null, created_at: now, updated_at: now };
        await insertApplication(trx, app);
      }
      return { organizationId: org.id, applicationId: app.id, created };
    });
  }

  async function issueAdmin(organizationId: string) {
    return (await tokens.createForOrganization(SYSTEM, organizationId, { name: 'admin', scopes: ['all.Organization'] })).token;
  }
}
