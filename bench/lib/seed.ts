import { createCore } from '../../src/core/index.js';
import { fieldsToColumns } from '../../src/core/integrations/integration-model.js';
import { INTEGRATION_DEFAULTS } from '../../src/core/integrations/integration-service.js';
import { deriveKey } from '../../src/lib/crypto.js';
import { newId } from '../../src/lib/ids.js';
import { openStore, type StoreOptions } from '../../src/store/database.js';
import type { IntegrationRow } from '../../src/store/tables.js';
import { benchEgress } from './egress.js';

export interface Seeded {
  organizationId: string;
  token: string;
  applicationIds: string[];
  integrationId: string;
  seconds: number;
}

const LIVE_TYPES = ['mqtt', 'websocket'];
const TYPES = ['mqtt', 'particle', 'googlePubSub', 'sqs', 'websocket', 'azureEventHub'];

/** A valid config object of each type, with a secret where the type has one. */
function typeConfig(type: string, n: number): Record<string, unknown> {
  const configs: Record<string, Record<string, unknown>> = {
    mqtt: { host: '127.0.0.1', port: 8883, protocol: 'mqtts', password: `pw-${n}` },
    particle: { accessToken: `particle-${n}` },
    googlePubSub: { projectId: 'bench', keyJson: `{"k":${n}}` },
    sqs: { queueUrl: 'http://127.0.0.1/queue', secretAccessKey: `sqs-${n}-secret` },
    websocket: { url: 'ws://127.0.0.1/socket', password: `pw-${n}` },
    azureEventHub: { hubName: 'hub', consumerGroup: 'group', connectionString: `Endpoint=sb://127.0.0.1/;Key=${n}` },
  };
  return { [`${type}Config`]: configs[type] };
}

/** Creates the tenant, `applications` applications and `perApplication` integrations in each, in batches. */
export async function seed(storeOptions: StoreOptions, secret: string, applications: number, perApplication: number): Promise<Seeded> {
  const started = performance.now();
  const store = openStore(storeOptions);
  await store.migrate();
  const core = createCore(store, secret, { egress: benchEgress() });
  const tenant = await core.setup.ensureOrganization('default');
  const system = { principal: null, source: 'system' as const };
  const applicationIds = [tenant.applicationId];
  for (let i = 1; i < applications; i++)
    applicationIds.push((await core.applications.create(system, tenant.organizationId, { name: `bench ${i}` })).id);
  const key = deriveKey(secret, 'encryption');
  const batch = 500;
  let integrationId = '';
  for (const applicationId of applicationIds) {
    for (let start = 0; start < perApplication; start += batch) {
      const rows: IntegrationRow[] = [];
      for (let n = start; n < Math.min(start + batch, perApplication); n++) {
        const now = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
        const integrationType = TYPES[n % TYPES.length];
        rows.push({
          id: newId(),
          organization_id: tenant.organizationId,
          application_id: applicationId,
          ...fieldsToColumns(key, {
            ...INTEGRATION_DEFAULTS,
            name: `integration ${String((n * 7919) % perApplication).padStart(6, '0')} ${integrationType}`,
            integrationType,
            // A live type (MQTT, WebSocket) that is enabled is connected by the server: not what is measured here.
            enabled: !LIVE_TYPES.includes(integrationType),
            attributes: {
              topics: [`topic/${n}`],
              ...typeConfig(integrationType, n),
            },
          }),
          version: 1,
          created_at: now,
          updated_at: now,
        });
      }
      await store.db.transaction().execute((trx) => trx.insertInto('integrations').values(rows).execute());
      if (!integrationId) integrationId = rows[0].id;
    }
  }
  await store.close();
  return {
    organizationId: tenant.organizationId,
    token: tenant.token,
    applicationIds,
    integrationId,
    seconds: (performance.now() - started) / 1000,
  };
}
