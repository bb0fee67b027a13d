import type { Static } from 'typebox';
import type { Integration, IntegrationFields } from '../../core/integrations/integration-model.js';
import type { JsonObject } from '../../lib/json.js';
import type { IntegrationPatch } from './schemas.js';

// Losant's PATCH rules for an integration; integrator.io's (JSON Patch) are in api/celigo/integration-patch.ts.
// Both return the fields the one core update stores (core.integrations.update).

/** Top-level fields replace what is stored; `credentialName: null` removes it. */
export function patchIntegration(current: Integration, body: Static<typeof IntegrationPatch>): IntegrationFields {
  const { name, enabled, ...rest } = body;
  const attributes: JsonObject = { ...current.attributes };
  for (const [key, value] of Object.entries(rest)) {
    if (value === null) delete attributes[key];
    else attributes[key] = value;
  }
  return { ...current, name: name ?? current.name, enabled: enabled ?? current.enabled, attributes };
}
