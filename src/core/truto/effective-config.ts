import { type JsonObject, overlay } from '../../lib/json.js';
import type { IntegrationService } from '../integrations/integration-service.js';
import type { InstallationService } from './environment-integration-service.js';

/** The integration and environment (if any) a connected account belongs to. */
export interface AccountPlace {
  integrationId: string;
  applicationId: string | null;
}

/**
 * What the runtime calls with: the integration's config with the active install's override of the
 * account's environment laid over it (Truto's effective config).
 */
export function createEffectiveConfig(integrations: IntegrationService, installations: InstallationService) {
  const overrideFor = (account: AccountPlace): Promise<JsonObject | null> =>
    account.applicationId ? installations.overrideFor(account.integrationId, account.applicationId) : Promise.resolve(null);

  return {
    overrideFor,
    /** Null when the integration is gone. */
    async configOf(account: AccountPlace): Promise<JsonObject | null> {
      const integration = await integrations.get(null, account.integrationId).catch(() => null);
      if (!integration) return null;
      return (overlay(integration.config, (await overrideFor(account)) ?? undefined) ?? {}) as JsonObject;
    },
  };
}
