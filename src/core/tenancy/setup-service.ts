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
const SYSTEM = { principal: null, source: 'cli' } as const;

export function createSetupService(ctx: CoreContext, tokens: TokenService) {
  return {
    async isEmpty(): Promise<boolean> {
      return (await countOrganizations(ctx.store.db)) === 0;
    },

    /** Creates (once) the `default` organization and application, and issues a new organization token. */
    init(): Promise<Tenant> {
      return this.ensureOrganization(DEFAULT_NAME);
    },

    /** Finds or creates an organization and its `default` application; issues a new `all.Organization` token. */
    async ensureOrganization(name: string): Promise<Tenant> {
      const { organizationId, applicationId } = await transaction(ctx, async (trx) => {
        const now = nowIso();
        let org = await findOrganizationByName(trx, name);
        if (!org) {
          org = { id: newId(), name, created_at: now, updated_at: now };
          await insertOrganization(trx, org);
        }
        let app = await findApplicationByName(trx, org.id, DEFAULT_NAME);
        if (!app) {
          app = { id: newId(), organization_id: org.id, name: DEFAULT_NAME, description: null, created_at: now, updated_at: now };
          await insertApplication(trx, app);
        }
        return { organizationId: org.id, applicationId: app.id };
      });
      const issued = await tokens.createForOrganization(SYSTEM, organizationId, {
        name: 'admin',
        scopes: ['all.Organization'],
      });
      return { organizationId, applicationId, token: issued.token };
    },
  };
}
