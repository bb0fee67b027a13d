import type { Principal } from '../../auth/principal.js';
import { listEnvironments } from '../../store/repositories/environments.js';
import type { CoreContext } from '../shared/context.js';
import { type CursorPage, toPage } from '../shared/page.js';
import { rowToApplication } from '../tenancy/application-service.js';

/** Applications listed as Truto environments: keyset-paged by id. */
export function createEnvironmentService(ctx: CoreContext) {
  return {
    async list(principal: Principal, page: CursorPage) {
      const rows = await listEnvironments(
        ctx.store.db,
        { organizationId: principal.organizationId, applicationId: principal.applicationId },
        page,
      );
      const result = toPage(rows, page);
      return { ...result, items: result.items.map(rowToApplication) };
    },
  };
}
