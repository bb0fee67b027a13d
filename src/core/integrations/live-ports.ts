import type { LiveIntegration, LivePorts, MqttConfig, WebSocketConfig } from '../../runtime/live/ports.js';
import { findIntegration } from '../../store/repositories/integrations.js';
import type { CoreContext } from '../shared/context.js';
import { rowToIntegration } from './integration-model.js';

/** What the live connection manager reads of an integration: its config with the secrets opened. */
export function createLivePorts(ctx: CoreContext): LivePorts {
  return {
    async load(id) {
      const row = await findIntegration(ctx.store.db, id);
      if (!row || (row.integration_type !== 'mqtt' && row.integration_type !== 'websocket')) return null;
      const integration = rowToIntegration(ctx.encryptionKey, row);
      const attributes = integration.attributes;
      const live: LiveIntegration = {
        id: integration.id,
        organizationId: integration.organizationId,
        applicationId: integration.applicationId ?? '',
        type: row.integration_type,
        version: integration.version,
        enabled: integration.enabled,
        topics: Array.isArray(attributes.topics) ? attributes.topics.filter((t): t is string => typeof t === 'string') : [],
      };
      if (row.integration_type === 'mqtt') live.mqttConfig = attributes.mqttConfig as unknown as MqttConfig;
      else live.websocketConfig = attributes.websocketConfig as unknown as WebSocketConfig;
      return live;
    },
  };
}
